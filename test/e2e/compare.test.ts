// Compare mode in the browser: run B beside run A on the same seed, clocks in step, two
// networks drawn, charts of both, and run A byte for byte the run it would be alone.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { nonBackgroundPixels, openApp, OUT_DIR } from './harness';
import { axeProblems } from './helpers';
import { appUnderTest } from './app-under-test';
import { runToEnd } from '../../src/engine/run';

const app = appUnderTest();

type Pane = { pane: string; week: number; regime: string; metrics: Record<string, unknown> | null };
type Handle = {
  compare(spec: { kind: 'reform'; regime: string }): Promise<boolean>;
  state(): Pane[] | Pane;
  frame(): { tick: number; finished: boolean } | null;
  setSpeed(w: number): void;
};
const qm = <T>(page: Page, f: (q: Handle) => T | Promise<T>): Promise<T> =>
  page.evaluate(`(${f.toString()})(window.quasimarket)`) as Promise<T>;

describe('compare mode', () => {
  it('runs "with the reform" beside "without it", in step, and A is the run alone', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&scale=local&seed=3&years=3');
    await page.click('[data-testid=pause]');
    await page.evaluate(`window.quasimarket.seek(60)`);
    expect(await qm(page, (q) => q.compare({ kind: 'reform', regime: 'icb-2022' }))).toBe(true);
    const start = (await qm(page, (q) => q.state())) as Pane[];
    expect(start.map((p) => [p.pane, p.week])).toEqual([
      ['A', 60],
      ['B', 60],
    ]);
    expect(start[1].regime).toBe('icb-2022');
    expect(start[0].regime).toBe('ccg-2013');
    // Run A's pane is half as wide: the legend folds (and unfolds after) so A is not squeezed.
    expect(await page.locator('[data-testid=legend]').getAttribute('open')).toBeNull();
    await qm(page, (q) => q.setSpeed(0));
    await page.click('[data-testid=play]');
    await page.waitForFunction(() => (window as never as { quasimarket: Handle }).quasimarket.frame()?.finished, null, {
      timeout: 120_000,
    });
    await page.waitForTimeout(800);
    const end = (await qm(page, (q) => q.state())) as Pane[];
    expect(end.map((p) => p.week)).toEqual([156, 156]);
    // Two networks drawn, side by side.
    for (const id of ['network', 'network-b']) {
      const png = await page.locator(`[data-testid=${id}] canvas`).screenshot();
      expect(nonBackgroundPixels(png, [14, 16, 20]), id).toBeGreaterThan(2000);
    }
    expect(await page.locator('.qm-compare-chart').count()).toBeGreaterThanOrEqual(6);
    // Both panes, their captions and the charts pass axe-core as the rest of the app does.
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: `${OUT_DIR}/compare.png` });
    // Run A is byte for byte the run alone.
    const alone = runToEnd({ regime: 'ccg-2013', scale: 'local', seed: 3, years: 3 }).yearly.at(-1);
    expect(JSON.stringify(end[0].metrics)).toBe(JSON.stringify(alone));
    expect(JSON.stringify(end[1].metrics)).not.toBe(JSON.stringify(alone));
    await qm(page, (q) => (q as unknown as { stopCompare(): void }).stopCompare());
    await expect.poll(() => page.locator('[data-testid=legend]').getAttribute('open')).toBe('');
    expect(errors).toEqual([]);
  });
});
