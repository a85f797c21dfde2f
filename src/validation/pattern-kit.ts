// What a validation pattern is, and the helpers the pattern files share. Each pattern is one
// of three kinds, recorded with the reason, so the report counts only emergent ones as
// reproduced (Grimm et al. 2005; a pattern the model was tuned to, or that reads an input
// back, cannot validate it).
import { mean, sum } from '../engine/stats';
import type { YearMetrics } from '../model/index';
import type { RunResult } from './ensemble';
import type { ExperimentId, ExperimentSource } from './experiments';
import { summariseAcrossSeeds, type SeedSummary } from './stats';

export interface Figure {
  file: string;
  svg: string;
  caption: string;
}

/**
 * emergent: not tuned to and not an input — the mechanisms produce it;
 * calibration: a parameter was set so that the model hits it;
 * read-back: it reads an input back (a series, a rate, a rule), perhaps through mechanisms.
 */
export type PatternKind = 'emergent' | 'calibration' | 'read-back';
export const PATTERN_KINDS: readonly PatternKind[] = ['emergent', 'calibration', 'read-back'];

export interface PatternResult {
  id: string;
  title: string;
  literature: string;
  source: string;
  /** What the model gives: mean (min–max across seeds). */
  model: string;
  /** null = the model cannot speak to this pattern (see note). */
  pass: boolean | null;
  /** Tolerance and why, or why the pattern is not testable. */
  criterion: string;
  note?: string;
  figures?: Figure[];
  /** Numbers for tests and the JSON record. */
  values?: Record<string, number>;
}

/** A result with its pattern's kind and the reasoning for it. */
export interface ClassifiedResult extends PatternResult {
  kind: PatternKind;
  why: string;
}

export interface Pattern {
  id: string;
  title: string;
  kind: PatternKind;
  /** Why this kind: which parameter was tuned to it, which input it reads back, or why neither. */
  why: string;
  experiments: ExperimentId[];
  evaluate(ctx: ExperimentSource): PatternResult;
}

export function evaluatePattern(p: Pattern, ctx: ExperimentSource): ClassifiedResult {
  return { ...p.evaluate(ctx), kind: p.kind, why: p.why };
}

// ---- helpers ------------------------------------------------------------------------------
export const col = (r: RunResult, k: keyof YearMetrics) => r.yearly.map((y) => Number(y[k]));
export const total = (r: RunResult, k: keyof YearMetrics) => sum(col(r, k));
export const avg = (r: RunResult, k: keyof YearMetrics) => mean(col(r, k));
export const per = (runs: RunResult[], f: (r: RunResult) => number): SeedSummary => summariseAcrossSeeds(runs.map(f));
/** Share of seeds for which a per-run condition holds. */
export const shareOf = (xs: boolean[]) => xs.filter(Boolean).length / Math.max(1, xs.length);

/** Sum over years of the values of events of one type, £. */
export const eventValue = (r: RunResult, type: string) => r.eventValues.reduce((s, y) => s + (y[type] ?? 0), 0);
export const eventCount = (r: RunResult, type: string) => r.eventCounts.reduce((s, y) => s + (y[type] ?? 0), 0);

/** Mean, min and max across seeds of a yearly series, year by year (over the years all runs have). */
export function seriesBand(runs: RunResult[], f: (r: RunResult) => number[]) {
  const all = runs.map(f);
  const n = Math.min(...all.map((a) => a.length));
  const at = (i: number) => summariseAcrossSeeds(all.map((a) => a[i]));
  const xs = Array.from({ length: n }, (_, i) => at(i));
  return { mean: xs.map((s) => s.mean), lo: xs.map((s) => s.min), hi: xs.map((s) => s.max), n };
}

/**
 * Share of spend moving to a new provider a year: the value of services that changed hands
 * after a tender ('provider.changed'), over total spend. (A change is also counted as a
 * decommissioning from the loser's side, so counting both would double it.)
 */
export function switchingRate(r: RunResult): number {
  return eventValue(r, 'provider.changed') / Math.max(1, total(r, 'spend_total_m') * 1e6);
}

/** Arbitrations per main commissioner–trust contract per year. */
export function arbitrationRate(r: RunResult): number {
  const contractYears = r.probes.reduce((s, p) => s + p.trustContracts, 0);
  return total(r, 'arbitrations') / Math.max(1, contractYears);
}
