// Reading the history run's yearly rows by financial year, and the few quantities the
// history patterns share (trusts' results as a share of allocation, deficit shares).
import { mean } from '../engine/stats';
import type { YearMetrics } from '../model/index';
import type { RunResult } from './ensemble';
import type { Pattern, PatternResult } from './pattern-kit';
import { fmt } from './stats';

/** A run's value of a column in the financial year starting in April of `fy`. */
export function inYear(r: RunResult, fy: number, k: keyof YearMetrics): number {
  const first = Number(r.yearly[0].financial_year.slice(0, 4));
  const row = r.yearly[fy - first];
  return row ? Number(row[k]) : NaN;
}

/** Mean of f over financial years from..to (inclusive). */
export function over(from: number, to: number, f: (fy: number) => number): number {
  return mean(Array.from({ length: to - from + 1 }, (_, i) => f(from + i)));
}

/** NHS trusts' reported (or underlying) result as a share of commissioners' allocation. */
export const result = (r: RunResult, fy: number, which: 'reported' | 'underlying') =>
  inYear(r, fy, which === 'reported' ? 'nhs_trusts_reported_surplus_m' : 'nhs_trusts_underlying_surplus_m') /
  inYear(r, fy, 'allocation_m');
export const deficitShare = (r: RunResult, from: number, to: number) =>
  over(from, to, (fy) => inYear(r, fy, 'nhs_trusts_in_deficit_share'));
export const disputesPerContract = (r: RunResult, from: number, to: number) =>
  over(from, to, (fy) => inYear(r, fy, 'disputes') / Math.max(1, inYear(r, fy, 'contracts')));
export const pct = (x: number) => fmt(x, '%');
export const SRC_C = 'timeline §C (what drives what)';

export function base(p: Pattern, o: Omit<PatternResult, 'id' | 'title'>): PatternResult {
  return { id: p.id, title: p.title, ...o };
}

/**
 * The growth years the record contrasts with austerity: 2000/01–2008/09, real funding growth
 * 3–9% a year (6.7% on average; the record's "Labour 2000s" 6.5–6.8%, timeline A1).
 */
export const GROWTH: readonly [number, number] = [2000, 2008];
/** "2000/01–2008/09" */
export const span = (from: number, to: number) =>
  `${from}/${String((from + 1) % 100).padStart(2, '0')}–${to}/${String((to + 1) % 100).padStart(2, '0')}`;
