// Runs a scenario over several seeds and records, for each run, the yearly metrics plus
// a few observations the yearly rows do not carry (prevalence, contract counts by
// provider type, pair-level trust and arbitration history).
import { runToEnd } from '../engine/run';
import { type Model, type RelationshipRow, runSeed, type Scenario, type YearMetrics } from '../model/index';

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
}

export interface RunResult {
  seed: number;
  yearly: YearMetrics[];
  probes: YearProbe[];
  /** Pairs alive at the end: trust, type, arbitrations. */
  relationships: RelationshipRow[];
  /** Every pair ever formed (including ended), with the trust it ended on. */
  allPairs: { providerType: string; trust: number; arbitrations: number; disputes: number; tendersLost: number }[];
  /** Events per type per year (index = year − 1), counted and summed by value. */
  eventCounts: Record<string, number>[];
  eventValues: Record<string, number>[];
  /** Services that changed provider after a tender, and how many went to independent providers. */
  changes: { total: number; toIsp: number };
  /** Main commissioners alive in year 5 and how many of them met no procurement challenge in years 1–5. */
  challenges5y: { commissioners: number; neverChallenged: number };
  /** Providers at the end by type and status, e.g. "acute:failed". */
  providerStatus: Record<string, number>;
  invariantErrors: string[];
  ms: number;
}

export function probe(m: Model): YearProbe {
  let pop = 0;
  let dia = 0;
  let str = 0;
  let dem = 0;
  let act = 0;
  for (const p of m.practices) {
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
  for (const ct of m.contracts) {
    if (ct.state === 'ended') continue;
    live++;
    const t = m.providers[ct.provider].type;
    if (t === 'acute' || t === 'community' || t === 'mental-health') trust++;
    else if (t === 'isp') isp++;
  }
  return {
    year: m.yearly.length,
    diabetes: dia / pop,
    stroke: str / pop,
    dementia: dem / pop,
    population: pop,
    activePractices: act,
    activeCommissioners: m.commissioners.filter((c) => c.active && c.kind !== 'fundholder').length,
    trustContracts: trust,
    ispContracts: isp,
    liveContracts: live,
    activeProviders: m.providers.filter((p) => p.status === 'active').length,
    activeNhsProviders: m.providers.filter(
      (p) => p.status === 'active' && (p.type === 'acute' || p.type === 'community' || p.type === 'mental-health'),
    ).length,
  };
}

/** Seeds of an ensemble: derived from a root seed and the run index, as the app does. */
export function ensembleSeeds(root: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => runSeed(root, i));
}

export function runOne(scenario: Scenario): RunResult {
  const t0 = performance.now();
  const probes: YearProbe[] = [];
  const challenged = new Set<number>();
  const changes = { total: 0, toIsp: 0 };
  let challenges5y = { commissioners: 0, neverChallenged: 0 };
  // Probes are taken when a year's metrics row appears, i.e. after year-end demand growth and
  // any reform starting the next year (the events of that week have been seen by then).
  const end = runToEnd(scenario, {
    onEvents: (events, m) => {
      for (const e of events) {
        if (e.type === 'tender.challenged' && e.year <= 5 && e.commissioner !== null) challenged.add(e.commissioner);
        if (e.type === 'provider.changed' && e.provider !== null) {
          changes.total++;
          if (m.providers[e.provider].type === 'isp') changes.toIsp++;
        }
      }
    },
    onYear: (_row, m) => {
      probes.push(probe(m));
      if (m.yearly.length === 5) {
        const main = m.commissioners.filter((c) => c.active && c.kind !== 'fundholder');
        challenges5y = {
          commissioners: main.length,
          neverChallenged: main.filter((c) => !challenged.has(c.id)).length,
        };
      }
    },
  });
  const m = end.model;
  const providerStatus: Record<string, number> = {};
  for (const p of m.providers)
    providerStatus[`${p.type}:${p.status}`] = (providerStatus[`${p.type}:${p.status}`] ?? 0) + 1;
  return {
    seed: scenario.seed,
    yearly: end.yearly,
    probes,
    relationships: end.relationships,
    allPairs: m.relationships().map((r) => ({
      providerType: m.providers[r.provider].type,
      trust: r.trust,
      arbitrations: r.arbitrations,
      disputes: r.disputes,
      tendersLost: r.tendersLost,
    })),
    eventCounts: end.eventCounts,
    eventValues: end.eventValues,
    providerStatus,
    challenges5y,
    changes,
    invariantErrors: m.checkInvariants(),
    ms: performance.now() - t0,
  };
}

export function runEnsemble(base: Omit<Scenario, 'seed'>, seeds: number[]): RunResult[] {
  return seeds.map((seed) => runOne({ ...base, seed }));
}
