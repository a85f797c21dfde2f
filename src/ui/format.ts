// Number and date formatting for the panels (pure). Money itself is formatted by the engine's
// formatMoney, so the feed's sentences and the panels' figures agree.
import type { ParamSpec } from '../model/index';
import { formatMoney, trim } from '../engine/money';

/** Money given in £m (the engine's unit for contract values and yearly rows). */
export function formatMillions(m: number): string {
  return formatMoney(m * 1e6);
}

/** Slider step for a parameter: 1 for whole numbers, otherwise a power of ten near range/500. */
export function paramStep(spec: Pick<ParamSpec, 'min' | 'max' | 'integer'>): number {
  if (spec.integer) return 1;
  const range = spec.max - spec.min;
  if (!(range > 0)) return 1;
  return 10 ** Math.floor(Math.log10(range / 500));
}

/** Decimal places needed to show a value at a given step. */
export function decimalsFor(step: number): number {
  return step >= 1 ? 0 : Math.min(10, Math.ceil(-Math.log10(step) - 1e-9));
}

/** A parameter value as typed into its number field (no float noise like 0.30000000000000004). */
export function formatParamValue(spec: Pick<ParamSpec, 'min' | 'max' | 'integer'>, value: number): string {
  return trim(value, decimalsFor(paramStep(spec)));
}

/** Clamps and snaps a typed value into a parameter's range; null when it is not a number. */
export function coerceParamValue(
  spec: Pick<ParamSpec, 'min' | 'max' | 'integer'>,
  raw: string | number,
): number | null {
  const v = typeof raw === 'number' ? raw : Number(String(raw).trim().replace(',', '.').replace('−', '-'));
  if (typeof raw === 'string' && raw.trim() === '') return null;
  if (!Number.isFinite(v)) return null;
  let x = Math.min(spec.max, Math.max(spec.min, v));
  if (spec.integer) x = Math.round(x);
  return x;
}

/** First financial year of a run (calendar year of its first April), from any frame. */
export function startYearOf(frame: { financialYear: string; year: number }): number {
  const y = parseInt(frame.financialYear, 10);
  return Number.isFinite(y) ? y - (frame.year - 1) : 0;
}

/** "2013/14" for the financial year starting in April of `calendarYear`. */
export function financialYearLabel(calendarYear: number): string {
  return `${calendarYear}/${String((calendarYear + 1) % 100).padStart(2, '0')}`;
}

/** A tick as "2014/15 wk 14" (week 1 = first week of April). */
export function tickLabel(tick: number, startYear: number): string {
  const yearIndex = Math.floor(tick / 52);
  const week = (tick % 52) + 1;
  return startYear ? `${financialYearLabel(startYear + yearIndex)} wk ${week}` : `year ${yearIndex + 1} wk ${week}`;
}
