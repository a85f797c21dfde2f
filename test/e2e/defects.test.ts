// Defects found trying the app as a facilitator would (issue 9), each checked in the browser:
// Reset and parameter changes, links and parameter changes, "Reform now" to the regime in
// force, the toolbar's rows, the weekly chart at full speed, the reform schedule's pickers,
// the speed achieved and the finished clock.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './harness';
import { appUnderTest } from './app-under-test';
import { qm, week, type Handle } from './helpers';

const app = appUnderTest();

const GROWTH = 'input.qm-num-input[data-param="funding.allocationGrowth"]';

/** Sets the funding growth parameter in the Parameters panel, at the week the run is at. */
async function setGrowth(page: Page, value: string): Promise<void> {
  await page.getByRole('tab', { name: 'Parameters' }).click();
  await page.fill(GROWTH, value);
  await page.press(GROWTH, 'Enter');
  await expect.poll(() => qm(page, (h) => h.journal().length)).toBeGreaterThan(0);
}

describe('defects', () => {
  it('Reset starts again with the parameters the panel shows, in force from the first week', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&seed=3');
    await page.click('[data-testid=pause]');
    await page.click('[data-testid=step-year]');
    await expect.poll(() => week(page)).toBe(52);
    await setGrowth(page, '0.05');
    await page.click('[data-testid=reset]');
    await expect.poll(() => week(page)).toBe(0);
    expect(await qm(page, (h) => h.scenario()!.params)).toEqual({ 'funding.allocationGrowth': 0.05 });
    expect(await qm(page, (h) => h.journal())).toEqual([]);
    expect(await page.inputValue(GROWTH)).toBe('0.05');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link to a run with a parameter changed shows that value in the Parameters panel', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&seed=3');
    await page.click('[data-testid=pause]');
    await setGrowth(page, '0.04');
    await expect.poll(() => page.url()).toContain('run=');
    const other = await openApp(app.browser, app.url, page.url().slice(app.url.length));
    await other.page.getByRole('tab', { name: 'Parameters' }).click();
    expect(await other.page.inputValue(GROWTH)).toBe('0.04');
    expect(await qm(other.page, (h) => h.journal().map((j) => j.kind))).toEqual(['param']);
    expect([...errors, ...other.errors]).toEqual([]);
    await other.page.close();
    await page.close();
  });

  it('"Reform now" to the regime already in force says so and records nothing', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&seed=4');
    await page.click('[data-testid=pause]');
    expect(await page.locator('[data-testid=reform] option[value=ccg-2013]').textContent()).toMatch(/in force/);
    await page.selectOption('[data-testid=reform]', 'ccg-2013');
    await expect
      .poll(() => page.locator('.toast').allTextContents())
      .toEqual([expect.stringContaining('already in force')]);
    expect(await qm(page, (h) => h.journal())).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the toolbar keeps to one row at 1920 and at 1024 pixels', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=reforms-1991-2022&seed=1');
    for (const width of [1920, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await page.waitForTimeout(200);
      const rows = await page.locator('#toolbar').evaluate((bar) => {
        const tops = [...bar.children]
          .filter((c) => (c as HTMLElement).offsetParent !== null && c.getBoundingClientRect().width > 0)
          .map((c) => Math.round(c.getBoundingClientRect().top + c.getBoundingClientRect().height / 2));
        const right = Math.max(
          ...[...bar.querySelectorAll('button, select, input')].map((c) => c.getBoundingClientRect().right),
        );
        return { spread: Math.max(...tops) - Math.min(...tops), right, width: bar.clientWidth };
      });
      expect(rows.spread, `at ${width} px`).toBeLessThanOrEqual(4);
      expect(rows.right, `at ${width} px`).toBeLessThanOrEqual(rows.width + 1);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('at "as fast as it goes" the weekly chart gets every week', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&seed=8');
    await page.getByRole('tab', { name: 'Charts' }).click();
    await page.evaluate(() => (window as unknown as Handle).quasimarket.setSpeed(0));
    await expect.poll(() => week(page), { timeout: 30_000 }).toBeGreaterThan(150);
    await page.click('[data-testid=pause]');
    const w = await week(page);
    const plot = page.locator('[data-chart=spend] .qm-chart-plot');
    await expect.poll(async () => Number(await plot.getAttribute('data-points'))).toBeGreaterThanOrEqual(w);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the reform schedule shows each regime’s whole name', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&seed=2');
    await page.getByRole('tab', { name: 'Scenario' }).click();
    const add = page.getByRole('button', { name: /^Add reform/ });
    await page.selectOption('select[aria-label="Regime of the reform to add"]', 'icb-2022');
    await add.click();
    await add.click();
    await expect.poll(() => page.locator('.qm-reform').count()).toBe(2);
    const cut = await page.locator('.qm-reform select').evaluateAll((sels) =>
      (sels as HTMLSelectElement[])
        .map((s) => {
          const g = document.createElement('canvas').getContext('2d')!;
          const cs = getComputedStyle(s);
          g.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
          const text = s.options[s.selectedIndex].text;
          // Room for the text: the box less its padding and the arrow (about 1.6em).
          const room =
            s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 1.6 * parseFloat(cs.fontSize);
          return g.measureText(text).width > room ? text : '';
        })
        .filter(Boolean),
    );
    expect(cut).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says when the speed chosen is not met', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&scale=england&seed=4');
    const achieved = page.locator('[data-testid=achieved-speed]');
    expect(await achieved.isVisible()).toBe(false);
    await page.selectOption('[data-testid=speed]', '156');
    await expect.poll(() => achieved.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await achieved.textContent()).toMatch(/^only .* on this computer$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the finished clock shows the last week of the run, not a date in the year after', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&seed=2&years=1');
    await page.evaluate(() => (window as unknown as Handle).quasimarket.setSpeed(0));
    await expect.poll(() => week(page), { timeout: 30_000 }).toBe(52);
    const clock = (await page.locator('[data-testid=clock]').textContent())!;
    expect(clock).toMatch(/Mar 2014/);
    expect(clock).toMatch(/2013\/14 · year 1 of 1 · finished/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
