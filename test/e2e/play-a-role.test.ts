// Play a role in the browser: a commissioner's seat taken from the inspector, every card
// answered with the model's suggestion gives the model's own run byte for byte; a different
// answer is named in the debrief; a facilitator's inject changes the world and is recorded; a
// saved played run replays to the same run; a log of another scenario is refused, the run goes on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApp, OUT_DIR } from './harness';
import { appUnderTest } from './app-under-test';
import { lastYear, playAnsweringCards, qm, takeSeat } from './play-role';
import { runToEnd } from '../../src/engine/run';

const app = appUnderTest();
const SCENARIO = { regime: 'ccg-2013', scale: 'local', seed: 7, years: 2 } as const;
const QUERY = '?scenario=ccg-2013&scale=local&seed=7&years=2';
const alone = JSON.stringify(runToEnd(SCENARIO).yearly.at(-1));

describe('play a role', () => {
  it('a commissioner taking every suggestion gives the model’s own run, byte for byte', async () => {
    const { page, errors } = await openApp(app.browser, app.url, QUERY);
    await page.click('[data-testid=pause]');
    await takeSeat(page, 'commissioner');
    // The first week of bargaining is left to the model in one click; every other card is
    // answered with its own "take the suggestion".
    let week = -1;
    const cards = await playAnsweringCards(page, {
      kind: 'negotiation.offer',
      answer: async (card) => {
        week = Number(card.key.split('/')[0]);
        await page.click('[data-testid=decision-accept-week]');
      },
    });
    expect(cards.length).toBeGreaterThan(5);
    expect(cards.map((c) => c.kind)).toContain('negotiation.offer');
    // No card of that week asked again.
    expect(cards.filter((c) => c.key.startsWith(`${week}/`))).toHaveLength(1);
    expect(JSON.stringify(await lastYear(page))).toBe(alone);
    // The debrief opens at the end: no turning point, the same figures.
    const debrief = page.locator('[data-testid=debrief]');
    await expect.poll(() => debrief.isVisible()).toBe(true);
    expect(await debrief.locator('[data-testid=debrief-headline]').textContent()).toMatch(/model’s own/);
    expect(await debrief.locator('tr.qm-diff').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answering differently diverges, the debrief names it, and the saved run replays', async () => {
    const { page, errors } = await openApp(app.browser, app.url, QUERY);
    await page.click('[data-testid=pause]');
    await takeSeat(page, 'commissioner');
    let first: { key: string; date: string } | null = null;
    await playAnsweringCards(page, {
      kind: 'negotiation.offer',
      answer: async (card) => {
        const amount = page.locator('[data-testid=decision-amount]');
        await amount.fill((Number(await amount.inputValue()) * 1.1).toFixed(3));
        const kicker = await page.locator('.qm-card-kicker').textContent();
        first = { key: card.key, date: kicker!.split(' · ').at(-1)! };
        await page.screenshot({ path: `${OUT_DIR}/e2e-decision-card.png` });
        await page.click('[data-testid=decision-answer]');
      },
    });
    expect(first).not.toBeNull();
    const played = JSON.stringify(await lastYear(page));
    expect(played).not.toBe(alone);
    const debrief = page.locator('[data-testid=debrief]');
    await expect.poll(() => debrief.isVisible()).toBe(true);
    const headline = (await debrief.locator('[data-testid=debrief-headline]').textContent())!;
    expect(headline).toContain(`first diverged on ${first!.date}, contract offer`);
    expect(headline).toMatch(/the player offered £[\d.]+[mk]; the model would have offered £[\d.]+[mk]/);
    expect(await debrief.locator('tr.qm-diff').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${OUT_DIR}/e2e-debrief-dialog.png` });
    // PNG and PDF exports download files of the right kinds.
    for (const [id, magic] of [
      ['debrief-png', '\x89PNG'],
      ['debrief-pdf', '%PDF'],
    ]) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${id}]`)]);
      expect(
        readFileSync((await file.path())!)
          .subarray(0, 4)
          .toString('latin1'),
      ).toBe(magic);
      await file.saveAs(`${OUT_DIR}/e2e-debrief-export.${id.slice(-3)}`);
    }
    await page.keyboard.press('Escape');
    // Save the played run, replay it in a fresh page: no card asks, the same run.
    await page.click('[data-tab=play]');
    const [saved] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=save-played]')]);
    const file = (await saved.path())!;
    const again = await openApp(app.browser, app.url, QUERY);
    await again.page.click('[data-testid=pause]');
    await again.page.click('[data-tab=play]');
    await again.page.setInputFiles('[data-testid=replay-file]', file);
    await expect.poll(() => qm(again.page, (q) => q.frame()?.tick)).toBe(0);
    expect(await playAnsweringCards(again.page)).toEqual([]);
    expect(JSON.stringify(await lastYear(again.page))).toBe(played);
    expect(again.errors).toEqual([]);
    // A log of another seed is refused with a message; that run goes on.
    const other = await openApp(app.browser, app.url, '?scenario=ccg-2013&scale=local&seed=8&years=2');
    await other.page.click('[data-tab=play]');
    await other.page.setInputFiles('[data-testid=replay-file]', file);
    await expect
      .poll(() => other.page.locator('[data-testid=toast-error]').textContent())
      .toMatch(/another scenario or seed.*The run goes on/);
    expect(await qm(other.page, (q) => q.frame()!.tick)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await Promise.all([page.close(), again.page.close(), other.page.close()]);
  });

  it('a facilitator’s inject changes the world and is recorded in the feed and the journal', async () => {
    const { page, errors } = await openApp(app.browser, app.url, QUERY);
    await page.click('[data-testid=pause]');
    await page.click('[data-tab=play]');
    await page.selectOption('[data-testid=inject-kind]', 'pandemic');
    await page.fill('[data-testid=inject-capacity]', '20');
    await page.click('[data-testid=inject-apply]');
    await expect.poll(() => qm(page, (q) => q.journal().map((j) => j.kind))).toEqual(['inject']);
    await page.click('[data-tab=events]');
    await expect
      .poll(() => page.locator('#qm-panel-events').textContent())
      .toContain('The facilitator injected a pandemic');
    expect(await playAnsweringCards(page)).toEqual([]);
    expect(JSON.stringify(await lastYear(page))).not.toBe(alone);
    expect(page.url()).toContain('run=');
    await page.click('[data-tab=charts]');
    await page.screenshot({ path: `${OUT_DIR}/e2e-inject-charts.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
