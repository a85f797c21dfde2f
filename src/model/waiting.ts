// Waiting lists for planned care (referral-to-treatment pathways). Referrals for elective and
// outpatient care join a provider's list; each week the provider treats as many as its
// capacity allows, by clinical priority, so the list, the share waiting under 18 weeks and
// those waiting over 52 weeks follow from referrals against capacity. Each contract keeps
// its own count (whose patients are waiting); each provider keeps the ages, in weekly cohorts.
import { LINES } from './lines';
import type { Contract } from './types';
import { LINE_COUNT } from './types';

/** Lines whose patients wait on a referral-to-treatment pathway. */
export const RTT_LINES: readonly number[] = LINES.flatMap((s, l) => (s.rtt ? [l] : []));
const RTT_SLOT = new Int8Array(LINE_COUNT).fill(-1);
RTT_LINES.forEach((l, i) => (RTT_SLOT[l] = i));

/**
 * RTT pathways per unit of activity: an elective spell is one pathway; an outpatient
 * attendance an eighth of one (most pathways end in outpatients after several attendances).
 * With the lines' use per head this gives ~0.33 new pathways per head a year, as the 20m new
 * RTT periods a year for ~60m people (timeline D6) [derived].
 */
export const PATHWAYS_PER_UNIT: readonly number[] = LINES.map((s) => s.pathwaysPerUnit ?? 0);

/** Weekly cohorts kept apart (two years); older waiters share the last bucket. */
const WEEKS = 104;
/** Weeks before a referral can be treated (first appointment, diagnostics, booking). */
const MIN_WEEKS = 2;
const AGES = WEEKS + 1;

export interface WaitingStats {
  /** Incomplete pathways (people). */
  pathways: number;
  /** Share waiting under 18 weeks. */
  under18: number;
  /** Waiting over 52 weeks (people). */
  over52: number;
}

export class WaitingLists {
  /** Ages per provider and RTT line: [(provider * RTT_LINES.length + slot) * AGES + age index]. */
  private cohorts = new Float64Array(0);
  private providers = 0;

  private grow(providers: number): void {
    if (providers <= this.providers) return;
    const n = Math.max(providers, this.providers * 2, 64);
    const next = new Float64Array(n * RTT_LINES.length * AGES);
    next.set(this.cohorts);
    this.cohorts = next;
    this.providers = n;
  }

  private base(provider: number, line: number): number {
    return (provider * RTT_LINES.length + RTT_SLOT[line]) * AGES;
  }

  /** Starts a week: the cohort from two years ago joins the oldest bucket, its slot is reused. */
  startWeek(tick: number, providers: number): void {
    this.grow(providers);
    const slot = tick % WEEKS;
    const c = this.cohorts;
    for (let b = 0; b < c.length; b += AGES) {
      c[b + WEEKS] += c[b + slot];
      c[b + slot] = 0;
    }
  }

  /** New referrals waiting at a provider this week (units of the line). */
  add(tick: number, provider: number, line: number, units: number): void {
    if (units > 0) this.cohorts[this.base(provider, line) + (tick % WEEKS)] += units;
  }

  /** Patients at a provider who have waited long enough to be treated (referral, diagnostics, booking). */
  eligible(tick: number, provider: number, line: number): number {
    if (provider >= this.providers) return 0;
    const b = this.base(provider, line);
    const c = this.cohorts;
    let s = c[b + WEEKS];
    // Ages MIN_WEEKS…WEEKS−1 sit at slots (tick − age) mod WEEKS: down from t − MIN_WEEKS to 0,
    // then down from WEEKS − 1, in the same order as the ages (so the sum is the same to the bit).
    const t = tick % WEEKS;
    for (let i = b + t - MIN_WEEKS; i >= b; i--) s += c[i];
    for (let i = b + Math.min(WEEKS - 1, t - MIN_WEEKS + WEEKS); i > b + t; i--) s += c[i];
    return s;
  }

  /**
   * Treats `units` from a provider's eligible patients, in order of clinical priority rather
   * than of time waited: each eligible week's cohort loses the same share, so waits spread out
   * (a long list has a long tail) as RTT waits do.
   */
  treat(
    tick: number,
    provider: number,
    line: number,
    units: number,
    eligible = this.eligible(tick, provider, line),
  ): void {
    if (!(eligible > 0) || !(units > 0)) return;
    const keep = Math.max(0, 1 - units / eligible);
    const b = this.base(provider, line);
    const c = this.cohorts;
    // Every slot but the MIN_WEEKS youngest cohorts' (ages 0…MIN_WEEKS−1 at t, t−1…).
    const t = tick % WEEKS;
    for (let i = 0; i <= WEEKS; i++) {
      const age = i === WEEKS ? WEEKS : (t - i + WEEKS) % WEEKS;
      if (age >= MIN_WEEKS) c[b + i] *= keep;
    }
  }

  /** Moves a share of a provider's list for a line to another provider (patients move with a service). */
  move(from: number, to: number, line: number, share: number): void {
    if (share <= 0) return;
    const a = this.base(from, line);
    const b = this.base(to, line);
    const s = Math.min(1, share);
    for (let i = 0; i < AGES; i++) {
      const x = this.cohorts[a + i] * s;
      this.cohorts[a + i] -= x;
      this.cohorts[b + i] += x;
    }
  }

  /** Units waiting at a provider for a line. */
  size(provider: number, line: number): number {
    if (provider >= this.providers) return 0;
    const b = this.base(provider, line);
    let s = 0;
    for (let i = 0; i < AGES; i++) s += this.cohorts[b + i];
    return s;
  }

  /** The list across providers, in pathways, after this week's treatment. */
  stats(tick: number): WaitingStats {
    let all = 0;
    let under18 = 0;
    let over52 = 0;
    const c = this.cohorts;
    for (let p = 0; p < this.providers; p++) {
      for (const l of RTT_LINES) {
        const w = PATHWAYS_PER_UNIT[l];
        const b = this.base(p, l);
        // Cohort of age a weeks sits at (tick - a) mod WEEKS; the oldest bucket is over two years.
        for (let a = 0; a < WEEKS; a++) {
          const x = c[b + ((((tick - a) % WEEKS) + WEEKS) % WEEKS)] * w;
          all += x;
          if (a < 18) under18 += x;
          else if (a >= 52) over52 += x;
        }
        all += c[b + WEEKS] * w;
        over52 += c[b + WEEKS] * w;
      }
    }
    return { pathways: all, under18: all > 0 ? under18 / all : 1, over52 };
  }
}

/** Pathways a contract's patients account for on the lists (its own count, in units per line). */
export function contractPathways(ct: Contract): number {
  let s = 0;
  for (const l of RTT_LINES) s += ct.waiting[l] * PATHWAYS_PER_UNIT[l];
  return s;
}

/**
 * A contract's patients waiting for a line move with the service to another contract (a
 * successor commissioner, a new provider after a tender or a failure), with their waits.
 */
export function moveWaiting(lists: WaitingLists, from: Contract, to: Contract, line: number): void {
  const units = from.waiting[line];
  if (!(units > 0)) return;
  if (from.provider !== to.provider) {
    const atProvider = lists.size(from.provider, line);
    if (atProvider > 0) lists.move(from.provider, to.provider, line, units / atProvider);
  }
  to.waiting[line] += units;
  from.waiting[line] = 0;
}
