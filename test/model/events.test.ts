import { describe, expect, it } from 'vitest';
import { EventLog } from '../../src/model/events';
import { runToEnd } from '../../src/engine/run';

describe('EventLog', () => {
  it('counts every event by year and type, whether or not it is built', () => {
    const log = new EventLog(Infinity, ['contract.signed']);
    expect(log.record(0, 1, { type: 'negotiation.offer', value: 5 })).toBe(0);
    expect(log.record(1, 1, { type: 'contract.signed', value: 7 })).toBe(1);
    expect(log.record(60, 2, { type: 'negotiation.offer', value: 2 })).toBe(2);
    expect(log.events.map((e) => e.id)).toEqual([1]);
    expect(log.counts).toEqual([{ 'negotiation.offer': 1, 'contract.signed': 1 }, { 'negotiation.offer': 1 }]);
    expect(log.values[0]['negotiation.offer']).toBe(5);
    expect(log.wants('negotiation.offer')).toBe(false);
    expect(new EventLog().wants('negotiation.offer')).toBe(true);
  });

  it('leaves results, ids and causes unchanged when only some types are built', () => {
    const scenario = { regime: 'ccg-2013', scale: 'local', seed: 4, years: 3 } as const;
    const all: { id: number; cause: number | null; type: string }[] = [];
    const some: typeof all = [];
    const full = runToEnd(scenario, { onEvents: (es) => all.push(...es) });
    const types = ['tender.awarded', 'arbitration.decided', 'contract.signed'] as const;
    const lean = runToEnd(scenario, { eventTypes: types, onEvents: (es) => some.push(...es) });
    expect(JSON.stringify(lean.yearly)).toBe(JSON.stringify(full.yearly));
    expect(lean.eventCounts).toEqual(full.eventCounts);
    expect(some.length).toBeGreaterThan(0);
    expect(some.every((e) => (types as readonly string[]).includes(e.type))).toBe(true);
    const kept = all.filter((e) => (types as readonly string[]).includes(e.type));
    expect(some.map((e) => [e.id, e.cause])).toEqual(kept.map((e) => [e.id, e.cause]));
  });
});
