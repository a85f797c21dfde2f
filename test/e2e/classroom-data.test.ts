// The classroom's figures in real Chromium: headline monitors and state(), the headlines view
// and feed counts, the organisation table, exports (PNG, SVG, CSV) and the network by keyboard.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { nonBackgroundPixels, openApp } from './harness';
import { appUnderTest } from './app-under-test';
import { axeProblems, qm, week, type Handle } from './helpers';

const app = appUnderTest();

describe('figures, headlines and the table', () => {
  it('monitors show each figure with its change since last year; state() reports the run', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&seed=5');
    await page.click('[data-testid=pause]');
    for (let i = 0; i < 2; i++) {
      const w = await week(page);
      await page.click('[data-testid=step-year]');
      await expect.poll(() => week(page)).toBeGreaterThan(w);
    }
    await page.click('[data-testid=step]');
    const mon = page.locator('[data-testid=monitors]');
    await expect
      .poll(() => mon.locator('[data-monitor=waiting] .qm-mon-change').textContent())
      .toMatch(/on the year before/);
    expect(await mon.locator('[data-monitor]').count()).toBe(5);
    expect(await mon.locator('[data-monitor=deficit] .qm-mon-change').textContent()).toMatch(
      /points on the year before/,
    );
    expect(await mon.locator('[data-monitor=spend] .qm-mon-value').textContent()).toMatch(/^£/);
    expect(await mon.locator('[data-monitor=tenders] .qm-mon-change').textContent()).toMatch(/a year ago/);
    const state = await qm(page, (h) => h.state());
    expect(state).toMatchObject({ week: 105, regime: 'ccg-2013' });
    expect((state.metrics as { year: number }).year).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('headlines are the default above a quarter a second, leave offers out, and chips count every event', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&seed=6');
    const toggle = page.locator('[data-testid=headlines]');
    const offers =
      '.qm-feed-item[data-type="negotiation.offer"], .qm-feed-item[data-type="negotiation.counter-offer"], .qm-feed-item[data-type="tender.bid"]';
    // A quarter a second lists every event, offers included, once a contracting round is under way.
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => page.locator(offers).count(), { timeout: 60_000 }).toBeGreaterThan(0);
    // A year a second: headlines, and the offers already listed go.
    await page.evaluate(() => (window as unknown as Handle).quasimarket.setSpeed(52));
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator(offers).count()).toBe(0);
    expect(await page.locator('.qm-feed-item').count()).toBeGreaterThan(0);
    // The toggle overrides the speed's default.
    await toggle.click();
    await expect.poll(() => page.locator(offers).count()).toBeGreaterThan(0);
    await toggle.click();
    // Flat out: far more events go by than are listed, and the chips count them all.
    await page.evaluate(() => (window as unknown as Handle).quasimarket.setSpeed(0));
    await expect.poll(() => page.locator('.qm-feed-skipped').isVisible(), { timeout: 30_000 }).toBe(true);
    await page.click('[data-testid=pause]');
    await page.waitForTimeout(600);
    const counted = (await page.locator('.qm-chip .qm-count').allTextContents()).reduce(
      (s, t) => s + Number(t.replace(/,/g, '')),
      0,
    );
    expect(counted).toBeGreaterThan(await page.locator('.qm-feed-item').count());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the table lists every organisation, sorts, filters, and a row opens the inspector', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=icb-2022&seed=3');
    await page.click('[data-testid=pause]');
    await page.getByRole('tab', { name: 'Table' }).click();
    const rows = page.locator('[data-testid=table] tbody tr');
    const active = await qm(page, (h) => {
      const f = h.frame()!;
      return h.catalogue()!.nodes.filter((n) => !(f.nodeFlags[n.index] & 1)).length;
    });
    await expect.poll(() => rows.count()).toBe(Math.min(active, 400));
    // A local run's areas are fictional: no region column.
    expect(await page.locator('[data-testid=table] th[data-key=region]').isVisible()).toBe(false);
    const income = page.locator('th[data-key=incomeM]');
    expect(await income.getAttribute('aria-sort')).toBe('descending');
    await income.locator('button').click();
    expect(await income.getAttribute('aria-sort')).toBe('ascending');
    await page.selectOption('.qm-table-filters select', 'acute');
    await expect
      .poll(async () => new Set(await page.locator('[data-testid=table] tbody td:nth-child(2)').allTextContents()))
      .toEqual(new Set(['Acute trust']));
    const name = (await rows.first().locator('th').textContent())!;
    await rows.first().locator('td').first().click();
    await expect.poll(() => page.locator('[data-testid=inspector]').textContent()).toContain(name);
    expect(await axeProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('taking it out of the app', () => {
  it('saves the network as a PNG that is not blank, charts as PNG and SVG, and CSVs', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&seed=7');
    await page.click('[data-testid=pause]');
    await page.click('[data-testid=step-year]');
    await expect.poll(() => week(page)).toBe(52);
    const save = async (click: () => Promise<void>): Promise<{ name: string; body: Buffer }> => {
      const [d] = await Promise.all([page.waitForEvent('download'), click()]);
      return { name: d.suggestedFilename(), body: readFileSync((await d.path())!) };
    };
    const png = await save(() => page.click('[data-testid=export-png]'));
    expect(png.name).toBe('ccg-2013-seed7-wk52-network.png');
    const img = PNG.sync.read(png.body);
    expect(nonBackgroundPixels(png.body, [0x14, 0x17, 0x1c]) / (img.width * img.height)).toBeGreaterThan(0.01);

    await page.getByRole('tab', { name: 'Charts' }).click();
    const yearly = await save(() => page.click('[data-testid=export-csv]'));
    expect(yearly.name).toBe('ccg-2013-seed7-wk52-yearly.csv');
    const lines = yearly.body.toString().trim().split('\n');
    expect(lines[0].startsWith('year,financial_year,regime,')).toBe(true);
    expect(lines[1].startsWith('1,2013/14,ccg-2013,')).toBe(true);
    const svg = await save(() => page.click('[data-chart=spend] [data-export=svg]'));
    expect(svg.name).toBe('ccg-2013-seed7-wk52-spend-weekly.svg');
    expect(svg.body.toString()).toMatch(/^<svg[^>]*>.*<path d="M/s);
    const chart = await save(() => page.click('[data-chart=spend] [data-export=png]'));
    expect(nonBackgroundPixels(chart.body, [0x14, 0x17, 0x1c])).toBeGreaterThan(1000);

    await page.getByRole('tab', { name: 'Events' }).click();
    const events = await save(() => page.click('[data-testid=export-events-csv]'));
    expect(events.body.toString().split('\n')[0]).toBe('id,week,financial_year,week_of_year,type,kind,text');
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(() => page.locator('[data-testid=table] tbody tr').count()).toBeGreaterThan(10);
    const table = await save(() => page.click('[data-testid=export-table-csv]'));
    expect(table.name).toBe('ccg-2013-seed7-wk52-organisations.csv');
    expect(table.body.toString().split('\n').length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the network by keyboard', () => {
  it('Tab reaches the network, an arrow moves to the nearest organisation that way, Enter inspects it', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=icb-2022&seed=3');
    await page.click('[data-testid=pause]');
    await page.waitForTimeout(700);
    await page.focus('[data-testid=network]');
    const stage = page.locator('[data-testid=network]');
    await expect.poll(() => stage.getAttribute('data-cursor')).not.toBeNull();
    const at = async (): Promise<{ index: number; x: number; name: string }> => {
      const i = Number(await stage.getAttribute('data-cursor'));
      const n = (await qm(page, (h) => h.nodes())).find((x) => x.index === i)!;
      return { index: i, x: n.x, name: n.name };
    };
    const first = await at();
    await page.keyboard.press('ArrowRight');
    const second = await at();
    expect(second.index).not.toBe(first.index);
    expect(second.x).toBeGreaterThan(first.x);
    expect(await page.locator('[data-testid=network-cursor]').textContent()).toContain(second.name);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid=inspector]').textContent()).toContain(second.name);
    expect(errors).toEqual([]);
    await page.close();
  });
});
