// Small helpers for the browser tests: the page handle, the clock's week and axe-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface QmNode {
  id: string;
  name: string;
  type: string;
  x: number;
  y: number;
  index: number;
}
/** The parts of window.quasimarket the tests read. */
export interface Handle {
  quasimarket: {
    nodes(): QmNode[];
    frame(): { tick: number; nodeFlags: Uint8Array; weekly: Record<string, number> } | null;
    catalogue(): { nodes: { index: number; name: string; kind: string }[] } | null;
    scenario(): { params?: Record<string, number>; story?: unknown[] } | null;
    playing(): boolean;
    setSpeed(weeksPerSecond: number): void;
    journal(): { kind: string; tick: number }[];
    state(): { week: number; regime: string; metrics: unknown };
  };
}

export const qm = <T>(page: Page, f: (h: Handle['quasimarket']) => T): Promise<T> =>
  page.evaluate(`(${f.toString()})(window.quasimarket)`) as Promise<T>;

export const week = async (page: Page): Promise<number> =>
  Number(await page.getAttribute('[data-testid=clock]', 'data-week'));

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core findings on the page as it is, one line each (rule: where). */
export async function axeProblems(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the app's Content-Security-Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const found = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations;
  })) as { id: string; impact: string; nodes: { target: string[] }[] }[];
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}
