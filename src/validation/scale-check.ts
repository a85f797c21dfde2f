// "The three scales match the brief's counts for each era": builds each regime at each
// scale (initialisation only) and counts organisations against the brief.
import { Model, REGIME_IDS, type RegimeId, REGIMES, SCALE_IDS, type ScaleId } from '../model/index';
import { BRIEF_COUNTS } from './patterns';
import { organisationCounts } from '../engine/observe';

export interface ScaleRow {
  regime: RegimeId;
  scale: ScaleId;
  population: number;
  commissioners: number;
  practices: number;
  trusts: number;
  isps: number;
  /** What the brief implies at this scale (England counts × population share). */
  expected: { commissioners: number; practices: number; trusts: number; isps: number };
  ok: boolean;
  problems: string[];
}

/** Relative tolerance: apportioning whole organisations to areas rounds, so allow 2% (and ±1 for small counts). */
function close(got: number, want: number): boolean {
  return Math.abs(got - want) <= Math.max(1, 0.02 * want);
}

export function scaleRow(regime: RegimeId, scale: ScaleId): ScaleRow {
  const m = new Model({ regime, scale, seed: 1, years: 1 }, { eventLimit: 100 });
  const r = REGIMES[regime];
  const { commissioners, practices, trusts, isps, population, areas, populationShare: share } = organisationCounts(m);
  const expected = {
    commissioners: Math.max(1, Math.round(r.commissioners.england * share)),
    practices: Math.round(r.england.practices * share),
    trusts: Math.round(r.england.trusts * share),
    isps: Math.round(r.england.isps * share),
  };
  const problems: string[] = [];
  if (scale === 'england') {
    const b = BRIEF_COUNTS[regime];
    if (!close(commissioners, b.commissioners))
      problems.push(`commissioners ${commissioners} vs brief ${b.commissioners}`);
    if (!close(practices, b.practices)) problems.push(`practices ${practices} vs brief ${b.practices}`);
    if (!close(trusts, b.trusts)) problems.push(`trusts ${trusts} vs brief ${b.trusts}`);
  } else {
    // Smaller scales: within a quarter of the population share, or ±1 for small counts;
    // local keeps at least 3 trusts (acute, mental health, community) and 5–15 ISPs
    // (brief §1.1 workshop economy), so those are checked against that instead.
    const near = (got: number, want: number) => Math.abs(got - want) <= Math.max(1, 0.25 * want);
    if (!near(commissioners, expected.commissioners))
      problems.push(`commissioners ${commissioners} vs ${expected.commissioners} by population share`);
    if (!near(practices, expected.practices))
      problems.push(`practices ${practices} vs ${expected.practices} by population share`);
    if (!near(trusts, Math.max(3 * areas, expected.trusts)))
      problems.push(`trusts ${trusts} vs ${expected.trusts} by population share`);
    if (scale === 'local' && (isps < 5 || isps > 15))
      problems.push(`ISPs ${isps} outside the brief's 5–15 for one health economy`);
  }
  return {
    regime,
    scale,
    population,
    commissioners,
    practices,
    trusts,
    isps,
    expected,
    ok: problems.length === 0,
    problems,
  };
}

export function scaleRows(scales: readonly ScaleId[] = SCALE_IDS): ScaleRow[] {
  return REGIME_IDS.flatMap((id) => scales.map((s) => scaleRow(id, s)));
}
