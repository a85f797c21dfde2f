// The schedule: what happens in a week and at the turn of a financial year. Care and money
// flow every week; the contracting calendar (planning in October, weekly bargaining rounds to
// the December deadline, mediation and arbitration, tenders across the year) runs on top.
import { allianceYearEnd, considerAlliances } from './alliance';
import { CALENDAR } from './calendar';
import { collectYear } from './collector';
import { yearEndDemand } from './demand';
import { disputeWeek } from './dispute';
import { yearEndFinance } from './finance';
import type { Model } from './model';
import { bargainingWeek, openRound } from './negotiation';
import { weeklyActivity } from './payment';
import { updateReferrals } from './referrals';
import { applyReform } from './reform';
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
    considerAlliances(m);
    considerTenders(m);
    for (const ct of world.contracts) {
      if (ct.state === 'active' && ct.endYear <= m.year && !world.negotiations.has(ct.id)) openRound(m, ct, null);
    }
  }
  bargainingWeek(m);
  disputeWeek(m);
  tenderWeek(m);
  if (w === 51) endYear(m);
}

/** Reforms scheduled for the start of the current year (one a year at most). */
export function applyScheduledReforms(m: Model): void {
  for (const r of m.scenario.reforms ?? []) {
    if (r.year === m.year && m.week === 0 && r.regime !== m.regime.id) applyReform(m, r.regime, 'scheduled');
  }
}

/** April: counters reset, terms agreed for this year start, allocations follow the year's lists. */
export function startYear(m: Model): void {
  const { world } = m;
  m.counters = emptyCounters();
  for (const p of world.providers) {
    p.income = 0;
    p.costs = 0;
  }
  for (const c of world.commissioners) c.balance = 0;
  for (const ct of world.contracts) {
    ct.paidYtd = 0;
    ct.withheldYtd = 0;
    ct.referredYtd = 0;
    ct.activityYtd.fill(0);
    if (ct.next && ct.state !== 'ended') {
      ct.lineValue.set(ct.next.lineValue);
      ct.lineVolume.set(ct.next.lineVolume);
      ct.startYear = m.year;
      ct.endYear = Math.max(ct.endYear, ct.next.endYear);
    }
    ct.next = null;
  }
  m.economy.refreshAllocations();
  world.referralsChanged();
}

/** March: alliances settle, finances close, trust learns, the year is recorded, demand grows. */
function endYear(m: Model): void {
  allianceYearEnd(m);
  yearEndFinance(m);
  yearEndTrust(m);
  m.yearly.push(collectYear(m));
  m.records.record(m);
  yearEndDemand(m);
}
