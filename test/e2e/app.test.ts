// The live app in real Chromium: it loads and plays, draws the network, answers clicks,
// reforms, searches and reports a worker crash. Screenshots go to test-results/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { nonBackgroundPixels, openApp, OUT_DIR, type QuasimarketNode } from './harness';
import { appUnderTest } from './app-under-test';

const app = appUnderTest();

const week = async (page: Page): Promise<number> => Number(await page.getAttribute('[data-testid=clock]', 'data-week'));
const nodes = (page: Page): Promise<QuasimarketNode[]> =>
  page.evaluate(() => (window as unknown as { quasimarket: { nodes(): QuasimarketNode[] } }).quasimarket.nodes());

/** Pixels of a given colour (within a tolerance) in a PNG. */
function pixelsNear(png: Buffer, rgb: [number, number, number], tol = 40): number {
  const img = PNG.sync.read(png);
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    if (Math.abs(img.data[i] - rgb[0]) + Math.abs(img.data[i + 1] - rgb[1]) + Math.abs(img.data[i + 2] - rgb[2]) < tol)
      n++;
  }
  return n;
}

describe('live app', () => {
  it('loads and plays the default scenario with no console errors, and draws the network', async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    // Playing at once: the clock moves without any click.
    const w0 = await week(page);
    await page.waitForFunction(
      (w) => Number(document.querySelector('[data-testid=clock]')!.getAttribute('data-week')) > w,
      w0,
      { timeout: 20_000 },
    );
    await expect.poll(() => page.getAttribute('[data-testid=regime]', 'data-regime')).toBe('icb-2022');
    expect(page.url()).toContain('scenario=icb-2022');
    expect(page.url()).toContain('scale=local');
    await page.click('[data-testid=pause]');
    await page.evaluate(() => document.querySelector<HTMLElement>('.legend')!.style.setProperty('display', 'none'));
    await page.waitForTimeout(600);
    const shot = await page.locator('[data-testid=network] canvas').screenshot({ path: `${OUT_DIR}/e2e-network.png` });
    const img = PNG.sync.read(shot);
    const lit = nonBackgroundPixels(shot, [0x14, 0x17, 0x1c]);
    // Hundreds of organisations: well over 1% of the canvas is drawn on.
    expect(lit / (img.width * img.height)).toBeGreaterThan(0.01);
    // Commissioners (orange squares) and acute trusts (sky blue) are both visible.
    expect(pixelsNear(shot, [0xe6, 0x9f, 0x00])).toBeGreaterThan(20);
    expect(pixelsNear(shot, [0x56, 0xb4, 0xe9])).toBeGreaterThan(20);
    const list = await nodes(page);
    expect(list.some((n) => n.type === 'commissioner')).toBe(true);
    expect(list.some((n) => n.type === 'practice')).toBe(true);
    // Drawing happens off the main thread (the preview server sends COOP/COEP headers).
    expect(
      await page.evaluate(() =>
        (window as unknown as { quasimarket: { renderMode(): string } }).quasimarket.renderMode(),
      ),
    ).toBe('worker');
    expect(errors).toEqual([]);
    await page.screenshot({ path: `${OUT_DIR}/e2e-app.png` });
    await page.close();
  });

  it('draws and picks on the main thread too (render=main, for pages without cross-origin isolation)', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=icb-2022&scale=local&seed=9&render=main');
    expect(
      await page.evaluate(() =>
        (window as unknown as { quasimarket: { renderMode(): string } }).quasimarket.renderMode(),
      ),
    ).toBe('main');
    await page.click('[data-testid=pause]');
    await page.waitForTimeout(700);
    const shot = await page.locator('[data-testid=network] canvas').screenshot();
    expect(pixelsNear(shot, [0xe6, 0x9f, 0x00])).toBeGreaterThan(20);
    const target = (await nodes(page)).find((n) => n.type === 'acute')!;
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => page.locator('[data-testid=inspector]').textContent()).toContain(target.name);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('play advances the clock; pause stops it; step moves one week', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&scale=local&seed=2');
    await page.click('[data-testid=pause]');
    await page.waitForTimeout(300);
    const w0 = await week(page);
    await page.waitForTimeout(500);
    expect(await week(page)).toBe(w0);
    await page.click('[data-testid=step]');
    await expect.poll(() => week(page)).toBe(w0 + 1);
    // Step year: to the first week of the next financial year.
    await page.click('[data-testid=step-year]');
    await expect.poll(() => week(page)).toBe((Math.floor((w0 + 1) / 52) + 1) * 52);
    await page.click('[data-testid=play]');
    await page.waitForFunction(
      (w) => Number(document.querySelector('[data-testid=clock]')!.getAttribute('data-week')) > w + 3,
      w0,
      { timeout: 20_000 },
    );
    // Space pauses.
    await page.locator('[data-testid=network]').focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { quasimarket: { playing(): boolean } }).quasimarket.playing()),
      )
      .toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clicking an organisation opens the inspector with its name', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=icb-2022&scale=local&seed=3');
    await page.click('[data-testid=pause]');
    await page.waitForTimeout(700); // let positions settle
    const list = await nodes(page);
    const target = list.find((n) => n.type === 'acute') ?? list.find((n) => n.type !== 'practice')!;
    expect(target).toBeTruthy();
    await page.mouse.click(target.x, target.y);
    const insp = page.locator('[data-testid=inspector]');
    await expect.poll(() => insp.isVisible()).toBe(true);
    await expect.poll(() => insp.textContent()).toContain(target.name);
    await page.screenshot({ path: `${OUT_DIR}/e2e-inspector.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a filter by organisation type takes practices off the clickable network', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=icb-2022&scale=local&seed=8');
    await page.click('[data-testid=pause]');
    expect((await nodes(page)).some((n) => n.type === 'practice')).toBe(true);
    await page
      .getByRole('tab', { name: 'Show' })
      .or(page.getByRole('button', { name: 'Show', exact: true }))
      .first()
      .click();
    await page.locator('input[data-kind=practice]').uncheck();
    await expect.poll(async () => (await nodes(page)).filter((n) => n.type === 'practice').length).toBe(0);
    expect((await nodes(page)).some((n) => n.type === 'commissioner')).toBe(true);
    await page.screenshot({ path: `${OUT_DIR}/e2e-filter.png` });
    // With every type unticked nothing is left to click (not everything, as 'none' once meant).
    for (const box of await page.locator('input[data-kind]').all()) await box.uncheck();
    await expect.poll(async () => (await nodes(page)).length).toBe(0);
    await page.locator('input[data-kind=acute]').check();
    await expect.poll(async () => new Set((await nodes(page)).map((n) => n.type))).toEqual(new Set(['acute']));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the wheel zooms about the pointer and a drag pans without selecting', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=icb-2022&scale=local&seed=3');
    await page.click('[data-testid=pause]');
    await page.waitForTimeout(700); // let positions settle
    const before = await nodes(page);
    const target = before.find((n) => n.type === 'acute')!;
    const far = before.reduce((a, b) =>
      Math.hypot(b.x - target.x, b.y - target.y) > Math.hypot(a.x - target.x, a.y - target.y) ? b : a,
    );
    await page.mouse.move(target.x, target.y);
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(300);
    const zoomed = await nodes(page);
    const t = zoomed.find((n) => n.index === target.index)!;
    expect(Math.hypot(t.x - target.x, t.y - target.y)).toBeLessThan(1.5);
    const f = zoomed.find((n) => n.index === far.index);
    // The far node moved away from the pointer (or off the network's box altogether).
    if (f) expect(Math.hypot(f.x - t.x, f.y - t.y)).toBeGreaterThan(Math.hypot(far.x - target.x, far.y - target.y));

    await page.mouse.move(t.x + 3, t.y + 3);
    await page.mouse.down();
    await page.mouse.move(t.x + 43, t.y + 23, { steps: 5 });
    await page.mouse.move(t.x + 83, t.y + 43, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(200);
    const panned = (await nodes(page)).find((n) => n.index === target.index)!;
    expect(panned.x - t.x).toBeCloseTo(80, 0);
    expect(panned.y - t.y).toBeCloseTo(40, 0);
    // The click that ends a drag does not select what it lands on.
    expect(
      await page.evaluate(() =>
        (window as unknown as { quasimarket: { selected(): number | null } }).quasimarket.selected(),
      ),
    ).toBeNull();
    expect(await page.locator('[data-testid=inspector]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a reform changes the regime and the commissioners', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&scale=local&seed=4');
    await page.click('[data-testid=pause]');
    expect(await page.getAttribute('[data-testid=regime]', 'data-regime')).toBe('ccg-2013');
    const before = (await nodes(page)).filter((n) => n.type === 'commissioner').length;
    await page.selectOption('[data-testid=reform]', 'icb-2022');
    await expect.poll(() => page.getAttribute('[data-testid=regime]', 'data-regime')).toBe('icb-2022');
    await page.waitForTimeout(1200); // merged commissioners slide into their successor
    const after = (await nodes(page)).filter((n) => n.type === 'commissioner').length;
    expect(before).toBeGreaterThan(1);
    expect(after).toBeLessThan(before);
    await page.screenshot({ path: `${OUT_DIR}/e2e-reform.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the search finds an organisation and opens it', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=icb-2022&scale=local&seed=5');
    await page.click('[data-testid=pause]');
    const target =
      (await nodes(page)).find((n) => n.type === 'mental-health') ??
      (await nodes(page)).find((n) => n.type !== 'practice')!;
    await page.fill('[data-testid=search]', target.name.slice(0, Math.min(12, target.name.length)));
    const hit = page.locator('[data-testid=search-result]', { hasText: target.name }).first();
    await expect.poll(() => hit.isVisible()).toBe(true);
    await hit.click();
    await expect.poll(() => page.locator('[data-testid=inspector]').textContent()).toContain(target.name);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a worker error is reported and the run can be restarted', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=icb-2022&scale=local&seed=6');
    await page.evaluate(() =>
      (window as unknown as { quasimarket: { debugCrashWorker(): Promise<void> } }).quasimarket.debugCrashWorker(),
    );
    const box = page.locator('[data-testid=worker-error]');
    await expect.poll(() => box.isVisible()).toBe(true);
    await expect.poll(() => box.textContent()).toContain('Deliberate worker crash');
    await page.screenshot({ path: `${OUT_DIR}/e2e-worker-error.png` });
    await page.click('[data-testid=restart]');
    await expect.poll(() => box.count()).toBe(0);
    const w = await week(page);
    await page.waitForFunction(
      (x) => Number(document.querySelector('[data-testid=clock]')!.getAttribute('data-week')) > x,
      w,
      { timeout: 20_000 },
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the address follows the scenario, scale and seed the user picks', async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await page.selectOption('[data-testid=scenario]', 'accountable-care-2017');
    await expect.poll(() => page.getAttribute('[data-testid=regime]', 'data-regime')).toBe('accountable-care-2017');
    await expect.poll(() => page.url()).toContain('scenario=accountable-care-2017');
    await page.fill('[data-testid=seed]', '17');
    await page.press('[data-testid=seed]', 'Enter');
    await expect.poll(() => page.url()).toContain('seed=17');
    await page.selectOption('[data-testid=scale]', 'region');
    // A region run takes a moment to build on a busy machine: the address follows once it has.
    await expect.poll(() => page.url(), { timeout: 60_000 }).toContain('scale=region');
    await expect
      .poll(() =>
        page.evaluate(() =>
          (
            window as unknown as { quasimarket: { scenario(): { scale: string; seed: number } } }
          ).quasimarket.scenario(),
        ),
      )
      .toMatchObject({ scale: 'region', seed: 17 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('bad address parameters give a message and fall back to the default', async () => {
    const { page } = await openApp(app.browser, app.url, '?scenario=nonsense&scale=galaxy&seed=-3');
    const msg = page.locator('[data-testid=toast-error]');
    await expect.poll(() => msg.count()).toBe(3);
    expect(await msg.allTextContents()).toEqual([
      expect.stringContaining('Unknown scenario "nonsense"'),
      expect.stringContaining('Unknown scale "galaxy"'),
      expect.stringContaining('Bad seed "-3"'),
    ]);
    expect(await page.getAttribute('[data-testid=regime]', 'data-regime')).toBe('icb-2022');
    await expect.poll(() => page.url()).toContain('scenario=icb-2022');
    await page.close();
  });

  it('the address opens the run it names (england scale draws thousands of organisations)', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&scale=england&seed=4');
    await page.click('[data-testid=pause]');
    expect(await page.getAttribute('[data-testid=regime]', 'data-regime')).toBe('ccg-2013');
    expect(await page.inputValue('[data-testid=seed]')).toBe('4');
    expect(await page.inputValue('[data-testid=scale]')).toBe('england');
    const all = await page.evaluate(
      () =>
        (window as unknown as { quasimarket: { catalogue(): { nodes: unknown[] } } }).quasimarket.catalogue().nodes
          .length,
    );
    expect(all).toBeGreaterThan(3000);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${OUT_DIR}/e2e-england.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
