// Runs a scenario over several seeds and records, for each run, the yearly metrics plus
// a few observations the yearly rows do not carry (prevalence, contract counts by
// provider type, pair-level trust and arbitration history).
import {
  isIndependentProvider,
  mainCommissioners,
  pairsEver,
  probeYear,
  providerStatusCounts,
  type YearProbe,
} from '../engine/observe';
import { runToEnd } from '../engine/run';

export type { YearProbe };
import { type RelationshipRow, runSeed, type Scenario, type YearMetrics } from '../model/index';

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
          if (isIndependentProvider(m, e.provider)) changes.toIsp++;
        }
      }
    },
    onYear: (_row, m) => {
      probes.push(probeYear(m));
      if (m.yearly.length === 5) {
        const main = mainCommissioners(m);
        challenges5y = {
          commissioners: main.length,
          neverChallenged: main.filter((id) => !challenged.has(id)).length,
        };
      }
    },
  });
  const m = end.model;
  const providerStatus = providerStatusCounts(m);
  return {
    seed: scenario.seed,
    yearly: end.yearly,
    probes,
    relationships: end.relationships,
    allPairs: pairsEver(m),
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
