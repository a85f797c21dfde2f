// Observations of a running model for the doors that analyse it (CLI outputs, validation):
// what the yearly rows do not carry, read here so that nothing outside the engine reaches
// into the model's world.
import type { ModelEvent } from '../model/events';
import { LINES } from '../model/lines';
import type { Model } from '../model/model';

/** An event as the CLI writes it (JSON lines): organisation codes and the financial year filled in. */
export interface EventRecord {
  id: number;
  tick: number;
  year: number;
  week: number;
  financial_year: string;
  type: string;
  commissioner: number | null;
  commissioner_id: string | null;
  provider: number | null;
  provider_id: string | null;
  contract: number | null;
  tender: number | null;
  alliance: number | null;
  value: number | null;
  cause: number | null;
  reason: string;
  detail: Record<string, number | string | boolean>;
}

export function eventRecord(e: ModelEvent, m: Model, fy: (year: number) => string): EventRecord {
  const { commissioners, providers } = m.world;
  return {
    id: e.id,
    tick: e.tick,
    year: e.year,
    week: e.tick % 52,
    financial_year: fy(e.year),
    type: e.type,
    commissioner: e.commissioner,
    commissioner_id: e.commissioner === null ? null : (commissioners[e.commissioner]?.code ?? null),
    provider: e.provider,
    provider_id: e.provider === null ? null : (providers[e.provider]?.code ?? null),
    contract: e.contract,
    tender: e.tender,
    alliance: e.alliance,
    value: e.value,
    cause: e.cause,
    reason: e.reason,
    detail: e.detail,
  };
}

const NHS_TRUST_TYPES = new Set(['acute', 'community', 'mental-health']);

/** Counts and prevalences at a year end that the yearly rows do not carry. */
export interface YearProbe {
  year: number;
  /** List-weighted prevalence across active practices. */
  diabetes: number;
  stroke: number;
  dementia: number;
  population: number;
  activePractices: number;
  activeCommissioners: number;
  /** Live contracts with NHS trusts (acute, community, mental health): the "main contracts". */
  trustContracts: number;
  /** Live contracts with independent providers. */
  ispContracts: number;
  liveContracts: number;
  activeProviders: number;
  /** Active NHS trusts (acute, community, mental health). */
  activeNhsProviders: number;
  /** The year's results by provider type (acute, community, …, isp), £. */
  finances: Record<string, ProviderResults>;
  /** Reported margins (result / income) of the NHS trusts of each area that has two or more. */
  nhsMarginsByArea: number[][];
  /** NHS trusts at the year end, those carrying revenue support debt, and that debt, £. */
  nhsDebt: { trusts: number; indebted: number; debt: number };
}

/** Providers' year results summed: income, reported result (after support and pooling), underlying result, £. */
export interface ProviderResults {
  count: number;
  income: number;
  surplus: number;
  underlying: number;
}

export function probeYear(m: Model): YearProbe {
  const { practices, contracts, providers } = m.world;
  let pop = 0;
  let dia = 0;
  let str = 0;
  let dem = 0;
  let act = 0;
  for (const p of practices) {
    if (!p.active) continue;
    act++;
    pop += p.listSize;
    dia += p.listSize * p.diabetes;
    str += p.listSize * p.stroke;
    dem += p.listSize * p.dementia;
  }
  let trust = 0;
  let isp = 0;
  let live = 0;
  for (const ct of contracts) {
    if (ct.state === 'ended') continue;
    live++;
    const t = providers[ct.provider].type;
    if (NHS_TRUST_TYPES.has(t)) trust++;
    else if (t === 'isp') isp++;
  }
  return {
    year: m.yearly.length,
    diabetes: dia / pop,
    stroke: str / pop,
    dementia: dem / pop,
    population: pop,
    activePractices: act,
    activeCommissioners: mainCommissioners(m).length,
    trustContracts: trust,
    ispContracts: isp,
    liveContracts: live,
    activeProviders: providers.filter((p) => p.status === 'active').length,
    activeNhsProviders: providers.filter((p) => p.status === 'active' && NHS_TRUST_TYPES.has(p.type)).length,
    ...yearResults(m, m.yearly.length),
  };
}

/**
 * Results of the year just closed. Income, reported result and debt come from the year-end
 * records, since April has already reset the running totals (and may have written debt off)
 * when the yearly row appears; the underlying result is kept on the provider until the next
 * year's accounts close.
 */
function yearResults(m: Model, year: number): Pick<YearProbe, 'finances' | 'nhsMarginsByArea' | 'nhsDebt'> {
  const finances: Record<string, ProviderResults> = {};
  const byArea = new Map<number, number[]>();
  const nhsDebt = { trusts: 0, indebted: 0, debt: 0 };
  for (const p of m.world.providers) {
    const rec = m.records.provider(p.id).find((r) => r.year === year);
    if (!rec) continue;
    const f = (finances[p.type] ??= { count: 0, income: 0, surplus: 0, underlying: 0 });
    f.count++;
    f.income += rec.income;
    f.surplus += rec.surplus;
    f.underlying += p.underlying;
    if (NHS_TRUST_TYPES.has(p.type)) {
      nhsDebt.trusts++;
      if (rec.debt > 0) nhsDebt.indebted++;
      nhsDebt.debt += rec.debt;
    }
    if (NHS_TRUST_TYPES.has(p.type) && rec.income > 0) {
      const a = byArea.get(p.area) ?? [];
      a.push(rec.surplus / rec.income);
      byArea.set(p.area, a);
    }
  }
  return { finances, nhsMarginsByArea: [...byArea.values()].filter((a) => a.length >= 2), nhsDebt };
}

/**
 * Activity delivered so far this financial year, by service line id (units). April resets the
 * counts in the same step that closes March, so a caller wanting a year's activity reads this
 * after the year's last-but-one week (51 of its 52 weeks).
 */
export function activityToDate(m: Model): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(LINES.map((l) => [l.id, 0]));
  // Contracts that ended during the year keep what they delivered until April.
  for (const ct of m.world.contracts) for (let l = 0; l < LINES.length; l++) out[LINES[l].id] += ct.activityYtd[l];
  return out;
}

/** Ids of the active commissioners that are not fundholders. */
export function mainCommissioners(m: Model): number[] {
  return m.world.commissioners.filter((c) => c.active && c.kind !== 'fundholder').map((c) => c.id);
}

export function isIndependentProvider(m: Model, provider: number): boolean {
  return m.world.providers[provider].type === 'isp';
}

/** Every commissioner–provider pair ever formed (ended ones too), with the trust it ended on. */
export function pairsEver(
  m: Model,
): { providerType: string; trust: number; arbitrations: number; disputes: number; tendersLost: number }[] {
  return [...m.world.relationships()].map((r) => ({
    providerType: m.world.providers[r.provider].type,
    trust: r.trust,
    arbitrations: r.arbitrations,
    disputes: r.disputes,
    tendersLost: r.tendersLost,
  }));
}

/** Providers by type and status, e.g. "acute:failed" → 2. */
export function providerStatusCounts(m: Model): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of m.world.providers) out[`${p.type}:${p.status}`] = (out[`${p.type}:${p.status}`] ?? 0) + 1;
  return out;
}

/** Organisations as built (for checking scales against the brief's counts). */
export function organisationCounts(m: Model): {
  commissioners: number;
  practices: number;
  trusts: number;
  isps: number;
  population: number;
  areas: number;
  /** The run's population as a share of England's at the start. */
  populationShare: number;
} {
  const { practices, providers } = m.world;
  return {
    areas: m.world.areas.length,
    populationShare: m.world.populationShare,
    commissioners: mainCommissioners(m).length,
    practices: practices.filter((p) => p.active).length,
    trusts: providers.filter((p) => NHS_TRUST_TYPES.has(p.type)).length,
    isps: providers.filter((p) => p.type === 'isp').length,
    population: practices.reduce((s, p) => s + p.listSize, 0),
  };
}
