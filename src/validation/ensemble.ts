// Runs a scenario over several seeds and records, for each run, the yearly metrics plus
// a few observations the yearly rows do not carry (prevalence, contract counts by
// provider type, pair-level trust and arbitration history).
import { Model } from '../model/model';
import type { YearMetrics, RelationshipRow } from '../model/metrics';
import type { Scenario } from '../model/scenario';
import { runSeed } from '../model/rng';

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
}

export interface RunResult {
  seed: number;
  yearly: YearMetrics[];
  probes: YearProbe[];
  /** Pairs alive at the end: trust, type, arbitrations. */
  relationships: RelationshipRow[];
  /** Every pair ever formed (including ended), with the trust it ended on. */
  allPairs: { providerType: string; trust: number; arbitrations: number; disputes: number; tendersLost: number }[];
  invariantErrors: string[];
  ms: number;
}

export function probe(m: Model): YearProbe {
  let pop = 0; let dia = 0; let str = 0; let dem = 0; let act = 0;
  for (const p of m.practices) {
    if (!p.active) continue;
    act++;
    pop += p.listSize; dia += p.listSize * p.diabetes; str += p.listSize * p.stroke; dem += p.listSize * p.dementia;
  }
  let trust = 0; let isp = 0; let live = 0;
  for (const ct of m.contracts) {
    if (ct.state === 'ended') continue;
    live++;
    const t = m.providers[ct.provider].type;
    if (t === 'acute' || t === 'community' || t === 'mental-health') trust++;
    else if (t === 'isp') isp++;
  }
  return {
    year: m.yearly.length, diabetes: dia / pop, stroke: str / pop, dementia: dem / pop, population: pop,
    activePractices: act, activeCommissioners: m.commissioners.filter((c) => c.active && c.kind !== 'fundholder').length,
    trustContracts: trust, ispContracts: isp, liveContracts: live,
    activeProviders: m.providers.filter((p) => p.status === 'active').length,
  };
}

/** Seeds of an ensemble: derived from a root seed and the run index, as the app does. */
export function ensembleSeeds(root: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => runSeed(root, i));
}

export function runOne(scenario: Scenario): RunResult {
  const t0 = performance.now();
  const m = new Model(scenario, { eventLimit: 2000 });
  const probes: YearProbe[] = [];
  m.run(() => probes.push(probe(m)));
  return {
    seed: scenario.seed, yearly: m.yearly.slice(), probes, relationships: m.relationshipRows(),
    allPairs: m.relationships().map((r) => ({
      providerType: m.providers[r.provider].type, trust: r.trust, arbitrations: r.arbitrations,
      disputes: r.disputes, tendersLost: r.tendersLost,
    })),
    invariantErrors: m.checkInvariants(), ms: performance.now() - t0,
  };
}

export function runEnsemble(base: Omit<Scenario, 'seed'>, seeds: number[]): RunResult[] {
  return seeds.map((seed) => runOne({ ...base, seed }));
}
