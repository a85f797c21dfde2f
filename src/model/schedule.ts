// The schedule: what happens in a week and at the turn of a financial year. Care and money
// flow every week; the contracting calendar (planning in October, weekly bargaining rounds to
// the December deadline, mediation and arbitration, tenders across the year) runs on top.
import { allianceYearEnd, considerAlliances } from './alliance';
import { CALENDAR } from './calendar';
import { collectYear } from './collector';
import { yearEndDemand } from './demand';
import { disputeWeek } from './dispute';
import { closeAccounts, settleContracts } from './finance';
import type { Model } from './model';
import type { Inject } from './injects';
import { bargainingWeek, openRound, rollOver } from './negotiation';
import { setNextPrices } from './price-setting';
import { weeklyActivity } from './payment';
import { updateReferrals } from './referrals';
import { applyReform, restructure } from './reform';
import { setControlTotals, writeOffDebt } from './support';
import { foundationWave, fundholdingWave } from './waves';
import type { RegimeOverride } from './regime-schema';
import type { RegimeId } from './regimes';
import { emptyCounters } from './metrics';
import { considerTenders, tenderWeek } from './tender';
import { yearEndTrust } from './trust';

/** One week of the health economy (the caller advances the clock). */
export function runWeek(m: Model): void {
  const w = m.week;
  const { world } = m;
  if (world.referralsDirty) updateReferrals(m);
  weeklyActivity(m);
  if (w === CALENDAR.planning) {
    setNextPrices(m);
    if (m.regime.contracts.roundSuspended) {
      // No round this year (Covid): expiring contracts roll over; no tenders, no new alliances.
      for (const ct of world.contracts)
        if (ct.state === 'active' && ct.endYear <= m.year && ct.alliance === null) rollOver(m, ct, null);
    } else {
      considerAlliances(m);
      considerTenders(m);
      for (const ct of world.contracts) {
        if (ct.state === 'active' && ct.endYear <= m.year && !world.negotiations.has(ct.id)) openRound(m, ct, null);
      }
    }
  }
  bargainingWeek(m);
  disputeWeek(m);
  tenderWeek(m);
  if (w === 51) endYear(m);
}

/** Something dated that happens during a run: a reform, a change of rules, a one-off. */
export interface ScheduledEvent {
  tick: number;
  regime?: RegimeId;
  rules?: RegimeOverride;
  writeOffDebt?: boolean;
  /** A facilitator's inject the scenario schedules. */
  inject?: Inject;
  /** What it is, in plain English (the timeline's label, or the regime's). */
  label: string;
  /** A reform in the scenario, or an event of the real timeline. */
  origin: 'scenario' | 'timeline';
}

/** Week of the run in which a date falls (weeks run from 1 April; the last week takes the year's spare days). */
export function tickOf(startYear: number, date: string): number {
  const [y, mo, d] = date.split('-').map(Number);
  const fy = mo >= 4 ? y : y - 1;
  const days = (Date.UTC(y, mo - 1, d) - Date.UTC(fy, 3, 1)) / 86_400_000;
  return (fy - startYear) * 52 + Math.min(51, Math.floor(days / 7));
}

/** The run's dated events: the scenario's reforms and, when it follows them, the timeline's after its start. */
export function scheduleEvents(m: Model): ScheduledEvent[] {
  const out: ScheduledEvent[] = [];
  for (const r of m.scenario.reforms ?? [])
    out.push({
      tick: (r.year - 1) * 52 + (r.week ?? 0),
      regime: r.regime,
      label: m.regimes[r.regime].label,
      origin: 'scenario',
    });
  for (const x of m.scenario.injects ?? [])
    out.push({
      tick: (x.year - 1) * 52 + (x.week ?? 0),
      inject: x.inject,
      label: x.inject.label ?? x.inject.kind,
      origin: 'scenario',
    });
  if (m.scenario.timelineEvents) {
    const end = m.startYear + m.scenario.years;
    for (const e of m.timeline.events(`${m.startYear}-04-02`, `${end}-04-01`))
      out.push({
        tick: tickOf(m.startYear, e.date),
        ...(e.regime && { regime: e.regime }),
        ...(e.rules !== undefined && { rules: e.rules as RegimeOverride }),
        ...(e.writeOffDebt && { writeOffDebt: true }),
        label: e.label,
        origin: 'timeline',
      });
  }
  // Stable: a scenario reform and a timeline event in the same week keep this order.
  return out.sort((a, b) => a.tick - b.tick);
}

/**
 * The timeline's rule changes in force on 1 April of a year: those since its last reform by
 * then, provided that reform brought the regime the run starts in.
 */
export function rulesInForceAt(m: Model, year: number): RegimeOverride[] {
  let patches: RegimeOverride[] = [];
  let regime: RegimeId | null = null;
  for (const e of m.timeline.events(`${m.timeline.timeline.firstYear}-01-01`, `${year}-04-02`)) {
    if (e.regime) {
      regime = e.regime;
      patches = [];
    }
    if (e.rules) patches.push(e.rules);
  }
  return regime === m.regime.id ? patches : [];
}

/** Applies the events due this week. */
export function applyDueEvents(m: Model): void {
  for (const ev of m.schedule) {
    if (ev.tick !== m.tick) continue;
    const timeline = ev.origin === 'timeline';
    if (ev.regime && ev.regime !== m.regime.id)
      applyReform(m, ev.regime, timeline ? ev.label : 'scheduled', ev.rules, timeline);
    else if (ev.rules) {
      // The record's rule changes give way to what the scenario sets for the regime, as its yearly series do.
      if (timeline) m.followTimelineRules(ev.rules);
      else m.changeRules(ev.rules);
      if (ev.rules.commissioners) restructure(m, ev.label);
    }
    if (ev.writeOffDebt) writeOffDebt(m, ev.label, null);
    if (ev.inject) m.inject(ev.inject, 'scheduled in the scenario');
  }
}

/**
 * April: the year's parameters and rule changes from the timeline, the events of the week
 * (a reform starting the year), then counters reset, terms agreed for this year start and
 * allocations follow the year's lists.
 */
export function startYear(m: Model): void {
  const { world } = m;
  if (m.tick > 0) {
    m.params = m.paramsFor(m.calendarYear);
    const changes = m.timeline.ruleChanges(m.calendarYear);
    if (changes) m.followTimelineRules(changes);
    applyDueEvents(m);
    fundholdingWave(m);
    foundationWave(m);
  }
  m.counters = emptyCounters();
  for (const p of world.providers) {
    p.income = 0;
    p.costs = 0;
  }
  for (const c of world.commissioners) c.balance = 0;
  // Contracts in the middle of a term are indexed: prices (and blocks) move by this year's
  // national price change; capitated budgets grow with the commissioner's allocation.
  const indexation = m.tick > 0 ? m.economy.lastPriceDrift : 1;
  const capitation = m.tick > 0 ? 1 + m.economy.lastFundingGrowth : 1;
  for (const ct of world.contracts) {
    ct.paidYtd = 0;
    ct.withheldYtd = 0;
    ct.referredYtd = 0;
    ct.activityYtd.fill(0);
    if (ct.state === 'ended') {
      ct.next = null;
      continue;
    }
    // The year's payment rules reach every contract (a reform's do too; capitated ones stay so).
    if (ct.form !== 'capitated') {
      ct.form = m.economy.paymentFormFor(ct);
      ct.withhold = m.regime.payment.withhold;
    }
    if (ct.next) {
      ct.lineValue.set(ct.next.lineValue);
      ct.lineVolume.set(ct.next.lineVolume);
      ct.startYear = m.year;
      ct.endYear = Math.max(ct.endYear, ct.next.endYear);
    } else {
      const f = ct.form === 'capitated' ? capitation : indexation;
      for (let l = 0; l < ct.lineValue.length; l++) ct.lineValue[l] *= f;
    }
    ct.next = null;
  }
  m.economy.refreshAllocations();
  setControlTotals(m);
  world.referralsChanged();
}

/**
 * March: contracts settle (CQUIN, activity above plan), alliances share their results on
 * their own contracts, the accounts close, trust learns, the year is recorded, demand grows.
 */
function endYear(m: Model): void {
  settleContracts(m);
  allianceYearEnd(m);
  closeAccounts(m);
  yearEndTrust(m);
  m.yearly.push(collectYear(m));
  m.records.record(m);
  yearEndDemand(m);
}
