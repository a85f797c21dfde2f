// Which model events reach the feed and in what colour. At full speed a frame can carry
// thousands of events; the routine steps go first, then the oldest, so a frame stays small.
import type { EventType, ModelEvent } from '../model/events';
import type { Tone } from './api';

/** Most feed items sent in one frame. */
const MAX_FEED_PER_FRAME = 250;

/** The tone (colour group) of each event type. */
export const EVENT_TONE: Record<EventType, Tone> = {
  'reform.applied': 'reform',
  'commissioner.created': 'reform',
  'commissioner.abolished': 'reform',
  'practice.merged': 'info',
  'negotiation.opened': 'info',
  'negotiation.offer': 'info',
  'negotiation.counter-offer': 'info',
  'negotiation.agreed': 'info',
  'negotiation.deadline-missed': 'dispute',
  'mediation.opened': 'dispute',
  'mediation.settled': 'dispute',
  'mediation.failed': 'dispute',
  'arbitration.opened': 'dispute',
  'arbitration.decided': 'dispute',
  'contract.rolled-over': 'info',
  'contract.signed': 'info',
  'contract.ended': 'info',
  'contract.collapsed': 'finance',
  'tender.decided': 'tender',
  'tender.opened': 'tender',
  'tender.bid': 'tender',
  'tender.awarded': 'tender',
  'tender.challenged': 'tender',
  'tender.abandoned': 'tender',
  'provider.changed': 'tender',
  'service.decommissioned': 'tender',
  'alliance.formed': 'alliance',
  'alliance.dissolved': 'alliance',
  'alliance.shared-result': 'alliance',
  'alliance.upstream-shift': 'alliance',
  'payment.withheld': 'finance',
  'payment.capped': 'finance',
  'payment.sanction': 'finance',
  'provider.deficit': 'finance',
  'provider.bailout': 'finance',
  'provider.failed': 'finance',
  'provider.exited': 'finance',
  'debt.written-off': 'finance',
  'inject.applied': 'reform',
};

/** Routine steps that crowd the feed at high speed (the inspector still lists them). */
export const ROUTINE_EVENTS: ReadonlySet<EventType> = new Set<EventType>([
  'negotiation.offer',
  'negotiation.counter-offer',
  'tender.bid',
  'alliance.shared-result',
  'payment.withheld',
]);

/** The events a frame's feed carries: all of them, or without routine steps, or the newest `max`. */
export function chooseFeedEvents(raw: ModelEvent[], max = MAX_FEED_PER_FRAME): ModelEvent[] {
  let chosen = raw;
  if (chosen.length > max) chosen = chosen.filter((ev) => !ROUTINE_EVENTS.has(ev.type));
  if (chosen.length > max) chosen = chosen.slice(chosen.length - max);
  return chosen;
}
