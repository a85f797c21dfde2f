import { describe, expect, it } from 'vitest';
import { chooseFeedEvents, EVENT_TONE, ROUTINE_EVENTS } from '../../src/engine/feed';
import { TONES } from '../../src/engine/api';
import { EVENT_TYPES, type EventType, type ModelEvent } from '../../src/model/events';

const ev = (id: number, type: EventType): ModelEvent => ({
  id,
  tick: id,
  year: 1,
  type,
  commissioner: null,
  provider: null,
  contract: null,
  tender: null,
  alliance: null,
  value: null,
  cause: null,
  reason: '',
  detail: {},
});

describe('feed selection', () => {
  it('gives every event type a tone that has a colour', () => {
    for (const t of EVENT_TYPES) expect(TONES, t).toContain(EVENT_TONE[t]);
  });

  it('passes a normal frame through whole, in order', () => {
    const raw = [ev(1, 'negotiation.offer'), ev(2, 'contract.signed'), ev(3, 'tender.bid')];
    expect(chooseFeedEvents(raw, 5)).toEqual(raw);
  });

  it('drops routine steps first when a frame has too many events', () => {
    const raw = [ev(1, 'negotiation.offer'), ev(2, 'contract.signed'), ev(3, 'tender.bid'), ev(4, 'tender.awarded')];
    const chosen = chooseFeedEvents(raw, 3);
    expect(chosen.map((e) => e.id)).toEqual([2, 4]);
    expect(chosen.some((e) => ROUTINE_EVENTS.has(e.type))).toBe(false);
  });

  it('keeps the newest when even the notable events are too many', () => {
    const raw = Array.from({ length: 10 }, (_, i) => ev(i, 'arbitration.decided'));
    expect(chooseFeedEvents(raw, 4).map((e) => e.id)).toEqual([6, 7, 8, 9]);
  });
});
