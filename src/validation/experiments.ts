// The runs the pattern checks need, each a scenario template run over the same seeds.
// Runs are cached so patterns that share an experiment do not repeat it.
import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from '../model/index';
import { runEnsemble, type RunResult } from './ensemble';

export type ExperimentId =
  | 'internal-market'
  | 'pbr'
  | 'pbr-low-choice'
  | 'pbr-high-choice'
  | 'ccg'
  | 'accountable-care'
  | 'icb'
  | 'ccg-to-icb'
  | 'ccg-england'
  | 'history';

export interface Experiment {
  id: ExperimentId;
  label: string;
  scenario: Omit<Scenario, 'seed'>;
  /** Use at most this many of a seed set's seeds (England-scale runs are ~40 times a local run). */
  maxSeeds?: number;
}

/** The history preset exactly as the app and `npm run sim -- run --scenario history-1991-2025` run it. */
export function historyScenario(): Omit<Scenario, 'seed'> {
  const file = new URL('../../public/scenarios/history-1991-2025.json', import.meta.url);
  const parsed = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) throw new Error(`history-1991-2025.json: ${parsed.errors.join('; ')}`);
  const { seed: _, ...rest } = parsed.scenario;
  void _;
  return rest;
}

/** The financial year (its April) in which the history run starts. */
export const HISTORY_FIRST_YEAR = 1991;

/** Ten simulated years at local scale is long enough for yearly rates and trends to settle. */
export const YEARS = 10;

export const EXPERIMENTS: Record<ExperimentId, Experiment> = {
  'internal-market': {
    id: 'internal-market',
    label: 'Internal market 1991',
    scenario: { regime: 'internal-market-1991', scale: 'local', years: YEARS },
  },
  pbr: {
    id: 'pbr',
    label: 'PCTs and PbR 2006',
    scenario: { regime: 'payment-by-results-2006', scale: 'local', years: YEARS },
  },
  // Porter et al. (2013) studied PCTs in 2010–12: the PbR regime, with provider choice
  // set low (their finding) or high (the quasi-market condition they found absent).
  'pbr-low-choice': {
    id: 'pbr-low-choice',
    label: 'PbR, low provider choice (0.1)',
    scenario: {
      regime: 'payment-by-results-2006',
      scale: 'local',
      years: YEARS,
      params: { 'market.providerChoice': 0.1 },
    },
  },
  'pbr-high-choice': {
    id: 'pbr-high-choice',
    label: 'PbR, high provider choice (0.9)',
    scenario: {
      regime: 'payment-by-results-2006',
      scale: 'local',
      years: YEARS,
      params: { 'market.providerChoice': 0.9 },
    },
  },
  ccg: { id: 'ccg', label: 'CCGs 2013', scenario: { regime: 'ccg-2013', scale: 'local', years: YEARS } },
  'accountable-care': {
    id: 'accountable-care',
    label: 'Accountable care 2017',
    scenario: { regime: 'accountable-care-2017', scale: 'local', years: YEARS },
  },
  icb: { id: 'icb', label: 'ICBs 2022', scenario: { regime: 'icb-2022', scale: 'local', years: YEARS } },
  // 2013/14 to 2024/25 with the July 2022 reform applied from year 10 (2022/23).
  // England scale, 2013/14–2018/19: the national counts of arbitration panels (7 in
  // 2015/16, 13 in 2016/17) can be compared directly.
  'ccg-england': {
    id: 'ccg-england',
    label: 'CCGs 2013, England scale',
    scenario: { regime: 'ccg-2013', scale: 'england', years: 6 },
    // One run per seed set (~5 s each): pooled over five sets, five runs.
    maxSeeds: 1,
  },
  // The history preset: 35 real years, 1991/92–2025/26, reforms at their dates. Four runs
  // per seed set (each ~2 s) are enough for yearly means; figures show the single runs.
  history: {
    id: 'history',
    label: 'History 1991/92–2025/26',
    scenario: historyScenario(),
    maxSeeds: 4,
  },
  'ccg-to-icb': {
    id: 'ccg-to-icb',
    label: 'CCGs 2013 → ICBs 2022',
    scenario: { regime: 'ccg-2013', scale: 'local', years: 12, reforms: [{ regime: 'icb-2022', year: 10 }] },
  },
};

/** Where patterns get their runs: one seed set, or several pooled. */
export interface ExperimentSource {
  get(id: ExperimentId): RunResult[];
}

export class ExperimentCache implements ExperimentSource {
  private readonly runs = new Map<ExperimentId, RunResult[]>();
  constructor(
    readonly seeds: number[],
    private readonly onRun?: (id: ExperimentId, ms: number) => void,
  ) {}

  get(id: ExperimentId): RunResult[] {
    let r = this.runs.get(id);
    if (!r) {
      const t0 = performance.now();
      const e = EXPERIMENTS[id];
      r = runEnsemble(e.scenario, this.seeds.slice(0, e.maxSeeds ?? this.seeds.length));
      this.runs.set(id, r);
      this.onRun?.(id, performance.now() - t0);
    }
    return r;
  }

  /** Every run made so far (for the invariant check). */
  all(): [ExperimentId, RunResult[]][] {
    return [...this.runs.entries()];
  }
}
