// Measures the directional suite reads from a run that the yearly rows do not give directly
// (acute margins, the spread of margins within a system, enforcement), and the Covid
// counterfactual: the record for 2020/21–2021/22 with 2019/20's rules and demand.
import { sampleSd } from '../engine/stats';
import { ENGLAND_TIMELINE, SERIES, type Scenario, type SeriesValue } from '../model/index';
import type { RunResult } from './ensemble';
import { eventValue, total } from './pattern-kit';

/** Acute trusts' mean yearly margin (result / income) over probe years [from, to). */
export function acuteMargin(r: RunResult, from: number, to = r.probes.length): number {
  const ys = r.probes.slice(from, to).map((p) => p.finances.acute);
  const m = ys.filter((f) => f && f.income > 0).map((f) => f.surplus / f.income);
  return m.length ? m.reduce((a, b) => a + b, 0) / m.length : NaN;
}

/** Arbitrations per main commissioner–trust contract a year. */
export function arbitrationsPerContract(r: RunResult): number {
  return (
    total(r, 'arbitrations') /
    Math.max(
      1,
      r.probes.reduce((s, p) => s + p.trustContracts, 0),
    )
  );
}

/** Mean over years and systems of the sd of NHS trusts' reported margins within a system. */
export function marginSpread(r: RunResult): number {
  const sds = r.probes.flatMap((p) => p.nhsMarginsByArea.map((a) => sampleSd(a)));
  return sds.length ? sds.reduce((a, b) => a + b, 0) / sds.length : NaN;
}

/** Money a commissioner actually takes back for quality: unearned CQUIN kept plus sanctions, over spend. */
export const ENFORCEMENT = {
  label: 'money enforced (CQUIN kept + sanctions), share of spend',
  of: (r: RunResult) =>
    (eventValue(r, 'payment.withheld') + eventValue(r, 'payment.sanction')) /
    Math.max(1, total(r, 'spend_total_m') * 1e6),
};

/** Series the record changes for Covid: everything but demography, funding and costs. */
const NOT_COVID = new Set([
  'funding.allocationGrowth',
  'payment.costUplift',
  'payment.costPressure',
  'funding.primaryCommunityShift',
  'demand.population',
  'demand.populationGrowth',
  'fundholding.share',
  'provider.foundationShare',
]);

function recorded(id: string, fy: number): SeriesValue {
  return ENGLAND_TIMELINE.values.get(id)![fy - ENGLAND_TIMELINE.firstYear];
}

/** 2019/20–2021/22 with every Covid-changed series held at its 2019/20 value in 2020–2021. */
export function covidCounterfactual(): Omit<Scenario, 'seed'> {
  const timeline: Record<string, Record<string, SeriesValue>> = {};
  for (const s of SERIES) {
    if (s.target === 'level' || NOT_COVID.has(s.id)) continue;
    const v = recorded(s.id, 2019);
    if (recorded(s.id, 2020) !== v || recorded(s.id, 2021) !== v) timeline[s.id] = { '2020-2021': v };
  }
  return { regime: 'accountable-care-2017', scale: 'local', startYear: 2019, years: 3, params: {}, timeline };
}
