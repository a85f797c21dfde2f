// Helpers for the play-a-role browser tests: take a seat from the inspector, answer every card
// until the run ends, read the run's last year.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { QuasimarketNode } from './harness';

type Handle = {
  nodes(): QuasimarketNode[];
  frame(): { tick: number; finished: boolean; decision: { key: string } | null } | null;
  decision(): { key: string; kind: string; suggestion: number | string } | null;
  state(): { week: number; metrics: unknown };
  journal(): { kind: string; tick: number }[];
  setSpeed(w: number): void;
};
export const qm = <T>(page: Page, f: (q: Handle) => T | Promise<T>): Promise<T> =>
  page.evaluate(`(${f.toString()})(window.quasimarket)`) as Promise<T>;

/** Opens the first organisation of a kind in the inspector and takes its seat; returns its code. */
export async function takeSeat(page: Page, kind: string): Promise<string> {
  await page.waitForTimeout(700); // let positions settle
  const target = (await qm(page, (q) => q.nodes())).find((n) => n.type === kind)!;
  expect(target).toBeTruthy();
  await page.mouse.click(target.x, target.y);
  const button = page.locator('[data-testid=inspector] [data-testid=take-seat]');
  await expect.poll(() => button.isVisible()).toBe(true);
  await button.click();
  await expect.poll(() => button.getAttribute('data-held')).toBe('true');
  return target.id;
}

/**
 * Plays to the end at full speed, taking the suggestion on each card by clicking its button in
 * the page. `custom` answers the first card of its kind instead (through Playwright). Returns the
 * cards seen.
 */
export async function playAnsweringCards(
  page: Page,
  custom?: { kind: string; answer(card: { key: string; kind: string }): Promise<void> },
): Promise<{ key: string; kind: string }[]> {
  await qm(page, (q) => q.setSpeed(0));
  await page.click('[data-testid=play]');
  const seen = await page.evaluate(acceptUntil, custom?.kind ?? null);
  if (!custom || !seen.length || seen.at(-1)!.kind !== custom.kind) return seen;
  const card = seen.at(-1)!;
  await custom.answer(card);
  await page.waitForFunction(
    (k) => (window as never as { quasimarket: Handle }).quasimarket.decision()?.key !== k,
    card.key,
  );
  return [...seen, ...(await page.evaluate(acceptUntil, null))];
}

/**
 * In the page: clicks "take the suggestion" on each card until the run ends, or until a card of
 * `stop`'s kind shows (returned last, unanswered). Gives up after two minutes.
 */
async function acceptUntil(stop: string | null): Promise<{ key: string; kind: string }[]> {
  const q = (window as never as { quasimarket: Handle }).quasimarket;
  const out: { key: string; kind: string }[] = [];
  const t0 = performance.now();
  while (!q.frame()?.finished && performance.now() - t0 < 120_000) {
    const d = q.decision();
    const card = document.querySelector<HTMLElement>('[data-testid=decision-card]');
    if (d && card && !card.hidden && card.dataset.key === d.key && !card.hasAttribute('aria-busy')) {
      if (out.at(-1)?.key !== d.key) out.push({ key: d.key, kind: d.kind });
      if (d.kind === stop) return out;
      card.querySelector<HTMLButtonElement>('[data-testid=decision-accept-suggestion]')!.click();
    }
    await new Promise((r) => requestAnimationFrame(r));
  }
  return out;
}

/** The run's last completed year, as the page shows it. */
export const lastYear = (page: Page): Promise<unknown> => qm(page, (q) => q.state().metrics);
