// Runs a scenario over several seeds and records, for each run, the yearly metrics plus
// a few observations the yearly rows do not carry (prevalence, contract counts by
// provider type, providers' results by type, activity by line, pair-level trust and
// arbitration history).
import {
  activityToDate,
  isIndependentProvider,
  mainCommissioners,
  pairsEver,
  probeYear,
  providerStatusCounts,
  type YearProbe,
} from '../engine/observe';
import { advance } from '../engine/run';
import { Model, type RelationshipRow, runSeed, type Scenario, type YearMetrics } from '../model/index';

export type { YearProbe };

/** Events whose reason is counted as well as their type ("type: reason" keys of `eventReasons`). */
const BY_REASON = new Set(['alliance.dissolved', 'contract.collapsed']);

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
  /** Counts of some events by type and reason over the run, e.g. "alliance.dissolved: trust broke down". */
  eventReasons: Record<string, number>;
  /** Activity by service line id in each year's first 51 weeks (April resets it in the step that closes March). */
  activity: Record<string, number>[];
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
  const eventCounts: Record<string, number>[] = [];
  const eventValues: Record<string, number>[] = [];
  const eventReasons: Record<string, number> = {};
  const activity: Record<string, number>[] = [];
  const m = new Model(scenario, { eventLimit: 1000 });
  const hooks = {
    onEvents: (events: ReturnType<Model['events']['drain']>, model: Model) => {
      for (const e of events) {
        while (eventCounts.length < e.year) {
          eventCounts.push({});
          eventValues.push({});
        }
        eventCounts[e.year - 1][e.type] = (eventCounts[e.year - 1][e.type] ?? 0) + 1;
        eventValues[e.year - 1][e.type] = (eventValues[e.year - 1][e.type] ?? 0) + (e.value ?? 0);
        if (BY_REASON.has(e.type))
          eventReasons[`${e.type}: ${e.reason}`] = (eventReasons[`${e.type}: ${e.reason}`] ?? 0) + 1;
        if (e.type === 'tender.challenged' && e.year <= 5 && e.commissioner !== null) challenged.add(e.commissioner);
        if (e.type === 'provider.changed' && e.provider !== null) {
          changes.total++;
          if (isIndependentProvider(model, e.provider)) changes.toIsp++;
        }
      }
    },
    // Probes are taken when a year's metrics row appears, i.e. after year-end demand growth and
    // any reform starting the next year (the events of that week have been seen by then).
    onYear: (_row: YearMetrics, model: Model) => {
      probes.push(probeYear(model));
      if (model.yearly.length === 5) {
        const main = mainCommissioners(model);
        challenges5y = { commissioners: main.length, neverChallenged: main.filter((id) => !challenged.has(id)).length };
      }
    },
  };
  // Week by week, so that each year's activity can be read before the step that closes it.
  let soFar = activityToDate(m);
  while (!m.finished) {
    const closed = m.yearly.length;
    advance(m, 1, hooks);
    if (m.yearly.length > closed) activity.push(soFar);
    soFar = activityToDate(m);
  }
  // At most one entry per simulated year (the model records nothing once the last year closes).
  eventCounts.length = Math.min(eventCounts.length, m.yearly.length);
  eventValues.length = Math.min(eventValues.length, m.yearly.length);
  return {
    seed: scenario.seed,
    yearly: m.yearly.slice(),
    probes,
    relationships: m.relationshipRows(),
    allPairs: pairsEver(m),
    eventCounts,
    eventValues,
    eventReasons,
    activity,
    providerStatus: providerStatusCounts(m),
    challenges5y,
    changes,
    invariantErrors: m.checkInvariants(),
    ms: performance.now() - t0,
  };
}

export function runEnsemble(base: Omit<Scenario, 'seed'>, seeds: number[]): RunResult[] {
  return seeds.map((seed) => runOne({ ...base, seed }));
}
