// The classroom in real Chromium: presenter mode's type sizes and the legend clear of the
// network, story mode, the tour and the glossary, and axe-core on every tab and mode.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, OUT_DIR } from './harness';
import { appUnderTest } from './app-under-test';
import { axeProblems, qm, week, type Handle } from './helpers';

const app = appUnderTest();

/** Visible text set smaller than `min` CSS pixels: [text, size] pairs. */
function smallText(page: Page, min: number): Promise<[string, number][]> {
  return page.evaluate((min) => {
    const out: [string, number][] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.nodeValue?.trim() || el.closest('.qm-sr, [hidden], dialog:not([open])')) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const shown = [...range.getClientRects()].some(
        (r) => r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
      );
      const size = parseFloat(cs.fontSize);
      if (shown && size < min) out.push([n.nodeValue.trim().slice(0, 40), size]);
    }
    return out;
  }, min);
}

/** Organisations whose centre lies within `el`'s box (grown by `margin`). */
async function nodesUnder(page: Page, selector: string, margin = 4): Promise<string[]> {
  const box = await page.locator(selector).boundingBox();
  if (!box) return [];
  const nodes = await qm(page, (h) => h.nodes());
  return nodes
    .filter(
      (n) =>
        n.x > box.x - margin &&
        n.x < box.x + box.width + margin &&
        n.y > box.y - margin &&
        n.y < box.y + box.height + margin,
    )
    .map((n) => n.name);
}

describe('presenter mode', () => {
  it('at 1280×720 no visible text is under 18 px, and the legend covers no organisation', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=ccg-2013&seed=4');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.click('[data-testid=pause]');
    expect(await smallText(page, 18)).not.toEqual([]);
    await page.keyboard.press('f');
    await expect.poll(() => page.getAttribute('html', 'data-presenter')).toBe('');
    await page.waitForTimeout(800);
    expect(await smallText(page, 18)).toEqual([]);
    // The legend is folded to a small control; open, the view fits around it.
    expect(await page.locator('[data-testid=legend]').getAttribute('open')).toBeNull();
    expect(await nodesUnder(page, '[data-testid=legend]')).toEqual([]);
    await page.click('[data-testid=legend] summary');
    await page.waitForTimeout(1200);
    expect(await smallText(page, 18)).toEqual([]);
    expect(await nodesUnder(page, '[data-testid=legend]')).toEqual([]);
    expect((await qm(page, (h) => h.nodes())).length).toBeGreaterThan(50);
    await page.screenshot({ path: `${OUT_DIR}/e2e-presenter-1280.png` });
    expect(await axeProblems(page)).toEqual([]);
    // Compare mode in presenter mode: both panes' captions and the charts of both runs are
    // as readable as the rest.
    expect(await page.evaluate(`window.quasimarket.compare({ kind: 'reform', regime: 'icb-2022' })`)).toBe(true);
    await expect.poll(() => page.locator('.qm-compare-chart').count()).toBeGreaterThanOrEqual(6);
    await page.waitForTimeout(800);
    expect(await smallText(page, 18)).toEqual([]);
    await page.screenshot({ path: `${OUT_DIR}/e2e-presenter-compare-1280.png` });
    await page.evaluate(`window.quasimarket.stopCompare()`);
    // The button leaves presenter mode too.
    await page.click('[data-testid=presenter]');
    await expect.poll(() => page.getAttribute('html', 'data-presenter')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('story mode', () => {
  it('?story=history opens the first chapter paused; Page Down and Page Up move between chapters', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?story=history');
    const card = page.locator('[data-testid=story-card]');
    await expect.poll(() => card.getAttribute('data-chapter'), { timeout: 30_000 }).toBe('internal-market-1991');
    await expect.poll(() => qm(page, (h) => h.playing())).toBe(false);
    expect(await card.textContent()).toMatch(/Porter, Mays, Shaw, Rosen and Smith/);
    await page.keyboard.press('PageDown');
    await expect.poll(() => card.getAttribute('data-chapter'), { timeout: 60_000 }).toBe('pcg-1999');
    expect(await week(page)).toBe(416);
    expect(page.url()).toContain('chapter=pcg-1999');
    expect(await card.textContent()).toMatch(/In 1998\/99, the last full year/);
    await page.screenshot({ path: `${OUT_DIR}/e2e-story.png` });
    expect(await axeProblems(page)).toEqual([]);
    // Back: to the first chapter's week (the run again from the start, or the rewind).
    await page.keyboard.press('PageUp');
    await expect.poll(() => card.getAttribute('data-chapter'), { timeout: 60_000 }).toBe('internal-market-1991');
    await expect.poll(() => week(page), { timeout: 60_000 }).toBe(0);
    // A facilitator edits the card: the edit is undoable and goes with the scenario.
    await page.click('[data-testid=story-edit]');
    await page.fill('.story-field input[type=text]', '1991: the market opens');
    await page.click('[data-testid=story-save]');
    await expect.poll(() => card.locator('.story-title').textContent()).toBe('1991: the market opens');
    await page.keyboard.press('Control+z');
    await expect.poll(() => card.locator('.story-title').textContent()).toBe('1991: the internal market');
    // Space plays on to the next chapter, where the run stops again.
    await page.evaluate(() => (window as unknown as Handle).quasimarket.setSpeed(0));
    await page.locator('body').press('Space');
    await expect.poll(() => card.getAttribute('data-chapter'), { timeout: 90_000 }).toBe('pcg-1999');
    expect(await week(page)).toBe(416);
    expect(await qm(page, (h) => h.playing())).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('first use and words', () => {
  it('the tour shows once, steps and can be skipped; a jargon word is explained on focus', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 860 } });
    const page = await context.newPage();
    await page.goto(`${app.url}?scenario=icb-2022&seed=2`);
    const tour = page.locator('[data-testid=tour]');
    await expect.poll(() => tour.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await tour.getAttribute('data-step')).toBe('0');
    expect(await axeProblems(page)).toEqual([]);
    await page.click('[data-testid=tour-next]');
    expect(await tour.getAttribute('data-step')).toBe('1');
    await page.click('[data-testid=tour-skip]');
    expect(await tour.count()).toBe(0);
    await page.reload();
    await page.waitForFunction(() => 'quasimarket' in window, null, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    expect(await tour.count()).toBe(0);

    await page.getByRole('tab', { name: 'Parameters' }).click();
    // Finding a parameter opens its group.
    await page.fill('#qm-panel-params .qm-param-filter', 'concession');
    const term = page.locator('.qm-term[data-term=log-beta]').first();
    await term.scrollIntoViewIfNeeded();
    await term.focus();
    const tip = page.locator('#qm-glossary-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/logarithmic scale/);
    expect(await axeProblems(page)).toEqual([]);
    await page.click('[data-testid=help]');
    expect(await page.locator('[data-testid=glossary] dt').count()).toBeGreaterThan(30);
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });
});

describe('accessibility', () => {
  it('axe-core finds no serious or critical problem on any tab, with the inspector open', async () => {
    const { page, errors } = await openApp(app.browser, app.url, '?scenario=accountable-care-2017&seed=2');
    await page.click('[data-testid=pause]');
    await page.waitForTimeout(700);
    const target = (await qm(page, (h) => h.nodes())).find((n) => n.type === 'acute')!;
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => page.locator('[data-testid=inspector]').isVisible()).toBe(true);
    const found: string[] = [];
    for (const tab of ['Events', 'Charts', 'Table', 'Show', 'Parameters', 'Scenario']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(300);
      found.push(...(await axeProblems(page)).map((p) => `${tab}: ${p}`));
    }
    expect(found).toEqual([]);
    // The legend says each relationship state's pattern, not only its colour.
    const patterns = await page
      .locator('[data-testid=legend] li[data-state]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.pattern));
    expect(new Set(patterns.slice(0, 6)).size).toBe(6);
    expect(errors).toEqual([]);
    await page.close();
  });
});
