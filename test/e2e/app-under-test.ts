// The app built (once, by the global setup), served and a browser launched for one test file:
// call at the top of a file, read `.url` and `.browser` in its tests.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildAndServe, launch, type Served } from './harness';

export function appUnderTest(): { readonly url: string; readonly browser: Browser } {
  let served: Served | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    served = await buildAndServe(!process.env.E2E_NO_BUILD);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    served?.stop();
  });
  return {
    get url() {
      return served!.url;
    },
    get browser() {
      return browser!;
    },
  };
}
