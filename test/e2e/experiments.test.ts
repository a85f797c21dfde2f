// The Experiments tab in Chromium: a small ensemble of the scenario being edited runs on the
// worker pool, fan charts are drawn, the CSV it saves is `sim ensemble`'s byte for byte, the
// descriptor describes it, the experiment survives a reload (IndexedDB), and a sweep's two
// values are drawn side by side.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openApp, OUT_DIR } from './harness';
import { appUnderTest } from './app-under-test';
import { scratch, sim } from '../cli/helpers';

const app = appUnderTest();

async function runExperiment(page: Page, runs: number): Promise<void> {
  await page.fill('[data-testid=experiment-runs]', String(runs));
  await page.click('[data-testid=experiment-run]');
  await page.waitForFunction(
    () => {
      const p = document.querySelector<HTMLProgressElement>('[data-testid=experiment-progress]');
      const run = document.querySelector<HTMLButtonElement>('[data-testid=experiment-run]');
      return p !== null && p.value === p.max && p.max > 1 && run !== null && !run.disabled;
    },
    null,
    { timeout: 120_000 },
  );
}

async function saved(page: Page, testid: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testid}]`)]);
  return readFileSync((await download.path())!, 'utf8');
}

describe('Experiments tab', () => {
  it('runs an ensemble on workers, draws fans, saves the CLI’s CSV, and keeps it across a reload', async () => {
    const query = '?scenario=ccg-2013&scale=local&seed=3&years=3';
    const { page, errors } = await openApp(app.browser, app.url, query);
    await page.click('[data-testid=pause]');
    await page.click('[data-tab=experiments]');
    await expect.poll(() => page.locator('[data-testid=experiments]').isVisible()).toBe(true);
    await runExperiment(page, 4);
    expect(await page.locator('[data-testid=experiment-progress]').evaluate((p: HTMLProgressElement) => p.max)).toBe(4);
    // Six headline metrics, one fan each: a 90% band, a 50% band and a median over three years.
    const fans = page.locator('[data-testid=fan-chart]');
    expect(await fans.count()).toBe(6);
    expect(await fans.first().locator('path').count()).toBe(3);
    const d = await fans.first().locator('path').last().getAttribute('d');
    expect(d!.split('L')).toHaveLength(3);
    await fans.nth(1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT_DIR}/experiments.png` });

    const csv = await saved(page, 'experiment-csv');
    const cli = await sim(
      ['ensemble', '--scenario', 'ccg-2013', '--scale', 'local', '--seed', '3', '--years', '3', '--runs', '4', '-q'],
      scratch(),
    );
    expect(cli.code).toBe(0);
    expect(csv).toBe(cli.out);
    const pkg = JSON.parse(await saved(page, 'experiment-datapackage'));
    const r = pkg.resources[0];
    expect(r.path).toMatch(/^ccg-2013-ensemble-4-runs-.*\.csv$/);
    expect(r.bytes).toBe(Buffer.byteLength(csv));
    expect(r.schema.fields.map((f: { name: string }) => f.name)).toEqual(csv.split('\n')[0].split(','));
    expect(r.quasimarket).toMatchObject({ role: 'runs', seed: 3, scale: 'local', years: 3, runs: 4, complete: true });
    expect(r.quasimarket.software.version).toMatch(/^\d+\.\d+\.\d+/);

    // Kept in IndexedDB: after a reload the experiment is there, drawn again.
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { quasimarket?: unknown }).quasimarket !== undefined);
    await page.click('[data-tab=experiments]');
    await expect.poll(() => page.locator('[data-testid=fan-chart]').count(), { timeout: 30_000 }).toBe(6);
    expect(await saved(page, 'experiment-csv')).toBe(cli.out);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs a sweep and draws two of its values side by side', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&scale=local&seed=5&years=2');
    await page.click('[data-testid=pause]');
    await page.click('[data-tab=experiments]');
    await page.selectOption('[data-testid=experiment-kind]', 'sweep');
    await page.selectOption('[data-testid=experiment-param]', 'trust.initial');
    await page.fill('[data-testid=experiment-from]', '0.3');
    await page.fill('[data-testid=experiment-to]', '0.8');
    await page.fill('[data-testid=experiment-steps]', '2');
    await runExperiment(page, 2);
    const options = await page.locator('[data-testid=experiment-b] option').allTextContents();
    expect(options.filter((o) => /trust\.initial = 0\.8/.test(o))).toHaveLength(1);
    const b = await page
      .locator('[data-testid=experiment-b] option', { hasText: 'trust.initial = 0.8' })
      .getAttribute('value');
    await page.selectOption('[data-testid=experiment-b]', b!);
    await page.selectOption('[data-testid=experiment-metric]', 'mean_trust');
    const fans = page.locator('[data-testid=fan-chart]');
    expect(await fans.count()).toBe(2);
    expect(await fans.nth(0).getAttribute('data-metric')).toBe('mean_trust');
    // Side by side, on one scale: B (higher initial trust) sits higher than A.
    const boxes = await Promise.all([0, 1].map((i) => fans.nth(i).boundingBox()));
    expect(boxes[1]!.x).toBeGreaterThan(boxes[0]!.x + boxes[0]!.width / 2);
    expect(Math.abs(boxes[1]!.y - boxes[0]!.y)).toBeLessThan(2);
    const medianY = (i: number) =>
      fans
        .nth(i)
        .locator('path')
        .last()
        .getAttribute('d')
        .then((dd) => Number(dd!.split('L')[1].split(',')[1]));
    expect(await medianY(1)).toBeLessThan(await medianY(0));
    const csv = await saved(page, 'experiment-csv');
    const cli = await sim(
      [
        'sweep',
        '--scenario',
        'ccg-2013',
        '--seed',
        '5',
        '--years',
        '2',
        '--runs',
        '2',
        '--vary',
        'trust.initial=0.3:0.8:2',
        '-q',
      ],
      scratch(),
    );
    expect(csv).toBe(cli.out);
    await fans.nth(1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT_DIR}/experiments-sweep.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
