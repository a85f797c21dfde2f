// CSV text for researchers' tools (R, pandas, spreadsheets): comma-separated, a header row,
// LF line ends, RFC 4180 quoting only where a field needs it. Numbers are printed plainly
// (no thousands separators, no exponents) and rounded to 6 decimal places, so outputs are
// byte-identical across machines and readable. Missing values are empty fields.

import { roundTo } from './stats';

const DECIMALS = 6;

export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '';
  // Dividing a rounded integer by a power of ten gives the double nearest the decimal,
  // whose shortest form has at most DECIMALS places (String() switches to exponents
  // only below 1e-6, which rounding removes, and from 1e21, handled by BigInt).
  const r = Number.isInteger(x) ? x : Math.abs(x) < 1e9 ? roundTo(x, DECIMALS) : Math.round(x);
  if (r === 0) return '0';
  return Math.abs(r) >= 1e21 ? BigInt(r).toString() : String(r);
}

/** The number a reader gets back from formatNumber's text (NaN for an empty field). */
export function asWritten(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  return Number.isInteger(x) ? x : Math.abs(x) < 1e9 ? roundTo(x, DECIMALS) : Math.round(x);
}

export function formatCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v);
  const s = typeof v === 'string' ? v : typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(formatCell).join(',') + '\n';
}

/** One line per row, fields in `columns` order. */
export function csvRow<T extends object>(row: T, columns: readonly (keyof T & string)[] | readonly string[]): string {
  const r = row as Record<string, unknown>;
  return csvLine(columns.map((c) => r[c as string]));
}

export function toCsv<T extends object>(
  columns: readonly (keyof T & string)[] | readonly string[],
  rows: readonly T[],
): string {
  return csvLine(columns) + rows.map((r) => csvRow(r, columns)).join('');
}
