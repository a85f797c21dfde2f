// Chart data accumulated frame by frame: columns grow by one point per frame (no rebuilding),
// a new run is detected when the clock goes back, and the charts read the columns as they are.
import type { Frame, WeeklyPoint } from '../engine/api';
import type { RegimeId, YearMetrics } from '../model/index';
import { startYearOf } from './format';

const WEEKLY_KEYS = [
  'spendAcute',
  'spendCommunity',
  'spendMentalHealth',
  'spendPrimary',
  'transactionCost',
  'arbitrations',
  'tenders',
  'meanTrust',
  'providersInDeficit',
] as const satisfies readonly (keyof WeeklyPoint)[];
export type WeeklyKey = (typeof WEEKLY_KEYS)[number];

export type PushResult = 'appended' | 'replaced' | 'reset' | 'rewound';

export class SeriesStore {
  /** Time axis in years (start year + tick/52). */
  x: number[] = [];
  ticks: number[] = [];
  weekly: Record<WeeklyKey, number[]> = emptyColumns();
  years: YearMetrics[] = [];
  reforms: { tick: number; regime: RegimeId }[] = [];
  startYear = 0;
  lastTick = -1;
  /** Bumped on every change so views know whether to redraw. */
  version = 0;
  /** Bumped on reset so views know to rebuild axes. */
  run = 0;
  /** The course of the run the columns belong to (Frame.epoch). */
  epoch = 0;

  reset(): void {
    this.x = [];
    this.ticks = [];
    this.weekly = emptyColumns();
    this.years = [];
    this.reforms = [];
    this.startYear = 0;
    this.lastTick = -1;
    this.epoch = 0;
    this.version++;
    this.run++;
  }

  /** The run went back to `tick` (a rewind): points after it go; its years come with the frame. */
  private rewind(tick: number, epoch: number): void {
    const keep = this.ticks.findIndex((t) => t >= tick);
    if (keep >= 0) {
      this.x.length = keep;
      this.ticks.length = keep;
      for (const k of WEEKLY_KEYS) this.weekly[k].length = keep;
    }
    this.years = [];
    this.epoch = epoch;
    this.lastTick = this.ticks.at(-1) ?? -1;
  }

  push(f: Frame): PushResult {
    let result: PushResult = 'appended';
    if (f.epoch !== this.epoch && this.x.length > 0 && f.tick > 0) {
      this.rewind(f.tick, f.epoch);
      result = 'rewound';
    } else if (f.tick < this.lastTick || f.epoch !== this.epoch) {
      this.reset();
      this.epoch = f.epoch;
      result = 'reset';
    }
    if (this.x.length === 0) this.startYear = startYearOf(f);
    const x = this.startYear + f.tick / 52;
    if (f.tick === this.lastTick && this.x.length > 0) {
      // Same week again (a paused refresh or a reform applied between steps): overwrite.
      const i = this.x.length - 1;
      for (const k of WEEKLY_KEYS) this.weekly[k][i] = f.weekly[k];
      if (result !== 'reset') result = 'replaced';
    } else {
      this.x.push(x);
      this.ticks.push(f.tick);
      for (const k of WEEKLY_KEYS) this.weekly[k].push(f.weekly[k]);
    }
    for (const row of f.newYears) {
      const last = this.years.at(-1);
      if (last && row.year <= last.year) this.years[this.years.findIndex((r) => r.year === row.year)] = row;
      else this.years.push(row);
    }
    if (f.reforms.length !== this.reforms.length) this.reforms = f.reforms.slice();
    this.lastTick = f.tick;
    this.version++;
    return result;
  }

  /** A yearly column as numbers, with x at the start of each financial year. */
  yearlyColumn(key: keyof YearMetrics): { x: number[]; y: (number | null)[] } {
    return {
      x: this.years.map((r) => this.startYear + r.year - 1),
      y: this.years.map((r) => (typeof r[key] === 'number' && Number.isFinite(r[key]) ? (r[key] as number) : null)),
    };
  }
}

function emptyColumns(): Record<WeeklyKey, number[]> {
  return Object.fromEntries(WEEKLY_KEYS.map((k) => [k, [] as number[]])) as Record<WeeklyKey, number[]>;
}
