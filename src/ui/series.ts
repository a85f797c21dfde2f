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
  /** Weekly columns; null marks weeks no frame reported (the line breaks there). */
  weekly: Record<WeeklyKey, (number | null)[]> = emptyColumns();
  years: YearMetrics[] = [];
  reforms: { tick: number; regime: RegimeId }[] = [];
  /** The facilitator's injects, for the charts' markers. */
  injects: { tick: number; label: string }[] = [];
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
    this.injects = [];
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
    this.injects = this.injects.filter((x) => x.tick <= tick);
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
    // Every week the frame stepped (at full speed a frame covers many), so lines follow the weeks.
    const points = f.weeklyTrail?.length ? f.weeklyTrail : [f.weekly];
    for (const p of points) {
      if (p.tick < this.lastTick) continue;
      if (p.tick === this.lastTick && this.x.length > 0) {
        // Same week again (a paused refresh or a reform applied between steps): overwrite.
        const i = this.x.length - 1;
        for (const k of WEEKLY_KEYS) this.weekly[k][i] = p[k];
        if (result === 'appended') result = 'replaced';
        continue;
      }
      // Weeks missing between two points (a frame without its trail): break the line rather than bridge them.
      if (this.lastTick >= 0 && p.tick > this.lastTick + 1) this.append(this.lastTick + 1, null);
      this.append(p.tick, p);
      this.lastTick = p.tick;
    }
    for (const row of f.newYears) {
      const last = this.years.at(-1);
      if (last && row.year <= last.year) this.years[this.years.findIndex((r) => r.year === row.year)] = row;
      else this.years.push(row);
    }
    if (f.reforms.length !== this.reforms.length) this.reforms = f.reforms.slice();
    for (const e of f.events)
      if (e.type === 'inject.applied') this.injects.push({ tick: e.tick, label: injectLabel(e.text) });
    this.lastTick = f.tick;
    this.version++;
    return result;
  }

  private append(tick: number, p: WeeklyPoint | null): void {
    this.x.push(this.startYear + tick / 52);
    this.ticks.push(tick);
    for (const k of WEEKLY_KEYS) this.weekly[k].push(p ? p[k] : null);
  }

  /** The weekly value of a column at a week, if that week is held. */
  at(key: WeeklyKey, tick: number): number | null {
    let lo = 0,
      hi = this.ticks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.ticks[mid] === tick) return this.weekly[key][mid];
      if (this.ticks[mid] < tick) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  /** A yearly column as numbers, with x at the start of each financial year. */
  yearlyColumn(key: keyof YearMetrics): { x: number[]; y: (number | null)[] } {
    return {
      x: this.years.map((r) => this.startYear + r.year - 1),
      y: this.years.map((r) => (typeof r[key] === 'number' && Number.isFinite(r[key]) ? (r[key] as number) : null)),
    };
  }
}

/** A marker's label from the feed's sentence ("The facilitator injected a winter surge: …"). */
function injectLabel(text: string): string {
  const what = text
    .replace(/^The facilitator injected /, '')
    .split(/[:(]/)[0]
    .trim();
  return what.length > 28 ? `${what.slice(0, 27)}…` : what;
}

function emptyColumns(): Record<WeeklyKey, (number | null)[]> {
  return Object.fromEntries(WEEKLY_KEYS.map((k) => [k, [] as (number | null)[]])) as Record<
    WeeklyKey,
    (number | null)[]
  >;
}
