// Builds the app once, serves it with `vite preview` on a free port and drives Debian's
// Chromium through playwright-core. Shared by the browser tests and the render benchmark.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const OUT_DIR = 'test-results';
const DIST = 'test-results/e2e-dist';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface Served {
  url: string;
  stop(): void;
}

/** `vite build` into a private folder (so a developer's dist/ is untouched). */
export function buildApp(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'],
    // Vitest sets NODE_ENV=test, which Vite would keep: build what a user gets.
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
}

/** Serves the built app with `vite preview` (building it first unless the global setup has). */
export async function buildAndServe(build = true): Promise<Served> {
  mkdirSync(OUT_DIR, { recursive: true });
  if (build && !process.env.E2E_NO_BUILD) buildApp();
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      DIST,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  let log = '';
  child.stdout?.on('data', (d) => {
    log += d;
  });
  child.stderr?.on('data', (d) => {
    log += d;
  });
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url);
      if (r.ok)
        return {
          url,
          stop: () => {
            child.kill();
          },
        };
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) throw new Error(`vite preview exited: ${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`vite preview did not answer on ${url}: ${log}`);
}

/** Marks the first-run tour as seen, so it does not cover what a test clicks. */
export const TOUR_SEEN = (): void => {
  try {
    localStorage.setItem('quasimarket.tourSeen', '1');
  } catch {
    /* an opaque origin (about:blank) has no storage */
  }
};

/**
 * The browser for the tests. Pages it opens (browser.newPage) have seen the first-run tour;
 * a test of the tour itself opens its page in a context of its own (browser.newContext()).
 */
export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    await page.addInitScript(TOUR_SEEN);
    return page;
  };
  return browser;
}

export interface OpenPage {
  page: Page;
  errors: string[];
}

/** Opens the app and waits until the first frame is drawn; collects console errors. */
export async function openApp(browser: Browser, base: string, query = '', init?: () => void): Promise<OpenPage> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  if (init) await page.addInitScript(init);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(base + query);
  await page.waitForFunction(
    () => (window as unknown as { quasimarket?: { ready: Promise<void> } }).quasimarket !== undefined,
    null,
    { timeout: 60_000 },
  );
  await page.evaluate(() => (window as unknown as { quasimarket: { ready: Promise<void> } }).quasimarket.ready);
  return { page, errors };
}

/** Pixels in a PNG that differ clearly from the background colour. */
export function nonBackgroundPixels(png: Buffer, bg: [number, number, number], tolerance = 24): number {
  const img = PNG.sync.read(png);
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    const d = Math.abs(img.data[i] - bg[0]) + Math.abs(img.data[i + 1] - bg[1]) + Math.abs(img.data[i + 2] - bg[2]);
    if (d > tolerance) n++;
  }
  return n;
}

export type QuasimarketNode = { id: string; name: string; type: string; x: number; y: number; index: number };
