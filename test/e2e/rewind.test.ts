// Rewind in the browser: the timeline under the network goes back to an earlier week and the
// whole app shows that moment; play continues from there into the same run.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, OUT_DIR } from './harness';
import { appUnderTest } from './app-under-test';

const app = appUnderTest();

type Handle = {
  seek(week: number): Promise<number>;
  frame(): { tick: number; epoch: number; finished: boolean; reforms: { tick: number }[] } | null;
  setSpeed(w: number): void;
};
const qm = (page: Page, f: (q: Handle) => unknown) =>
  page.evaluate(`(${f.toString()})(window.quasimarket)`) as Promise<unknown>;

describe('rewind', () => {
  it('goes back to an earlier week, shows it everywhere, and plays on from there', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&scale=local&seed=2&years=4');
    await qm(page, (q) => q.setSpeed(0));
    await page.waitForFunction(
      () => ((window as never as { quasimarket: Handle }).quasimarket.frame()?.tick ?? 0) > 130,
    );
    await page.click('[data-testid=pause]');
    expect(await qm(page, (q) => q.seek(40))).toBe(40);
    expect(await qm(page, (q) => q.frame()!.tick)).toBe(40);
    expect(await qm(page, (q) => q.frame()!.epoch)).toBeGreaterThan(0);
    expect(await page.inputValue('[data-testid=timeline-range]')).toBe('40');
    expect(Number(await page.getAttribute('[data-testid=clock]', 'data-week'))).toBe(40);
    // Nothing after week 40 is left in the feed.
    const feedWeeks = await page.$$eval('[data-testid=event-feed] [data-tick]', (els) =>
      els.map((e) => Number(e.getAttribute('data-tick'))),
    );
    expect(feedWeeks.every((t) => t <= 40)).toBe(true);
    // A bookmark, then away and back to it.
    await page.click('[data-testid=bookmark]');
    await qm(page, (q) => q.seek(150));
    await page.click('.qm-bookmark-go[data-week="40"]');
    await page.waitForFunction(() => (window as never as { quasimarket: Handle }).quasimarket.frame()?.tick === 40);
    await page.screenshot({ path: `${OUT_DIR}/rewind.png` });
    // Play on to the end from there.
    await page.click('[data-testid=play]');
    await page.waitForFunction(() => (window as never as { quasimarket: Handle }).quasimarket.frame()?.finished, null, {
      timeout: 120_000,
    });
    expect(errors).toEqual([]);
  });
});
