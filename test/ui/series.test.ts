import { describe, expect, it } from 'vitest';
import { SeriesStore } from '../../src/ui/series';
import { FeedBuffer } from '../../src/ui/feed';
import type { FeedItem, Frame, WeeklyPoint } from '../../src/engine/api';
import type { YearMetrics } from '../../src/model/metrics';

function frame(tick: number, extra: Partial<Frame> = {}): Frame {
  const weekly: WeeklyPoint = {
    tick,
    spendAcute: tick * 10,
    spendCommunity: 1,
    spendMentalHealth: 2,
    spendPrimary: 3,
    transactionCost: 4,
    arbitrations: tick % 52,
    tenders: 0,
    meanTrust: 0.5,
    providersInDeficit: 1,
  };
  return {
    tick,
    year: Math.floor(tick / 52) + 1,
    week: tick % 52,
    financialYear: `${2013 + Math.floor(tick / 52)}/${String((14 + Math.floor(tick / 52)) % 100).padStart(2, '0')}`,
    dateLabel: '',
    regime: 'ccg-2013',
    finished: false,
    structureVersion: 0,
    nodeCount: 0,
    nodeX: new Float32Array(),
    nodeY: new Float32Array(),
    nodeSize: new Float32Array(),
    nodeKind: new Uint8Array(),
    nodeFlags: new Uint8Array(),
    edgeCount: 0,
    edgeSrc: new Uint32Array(),
    edgeDst: new Uint32Array(),
    edgeState: new Uint8Array(),
    edgeWeight: new Float32Array(),
    events: [],
    weekly,
    newYears: [],
    reforms: [],
    ...extra,
  };
}

describe('SeriesStore', () => {
  it('appends one point per frame on a time axis in years', () => {
    const s = new SeriesStore();
    for (const t of [1, 2, 5, 60]) s.push(frame(t));
    expect(s.startYear).toBe(2013);
    expect(s.x).toEqual([2013 + 1 / 52, 2013 + 2 / 52, 2013 + 5 / 52, 2013 + 60 / 52]);
    expect(s.weekly.spendAcute).toEqual([10, 20, 50, 600]);
  });

  it('overwrites the last point when the same week comes again', () => {
    const s = new SeriesStore();
    s.push(frame(3));
    expect(s.push(frame(3, { weekly: { ...frame(3).weekly, meanTrust: 0.9 } }))).toBe('replaced');
    expect(s.x.length).toBe(1);
    expect(s.weekly.meanTrust).toEqual([0.9]);
  });

  it('starts afresh when the clock goes back (a restart)', () => {
    const s = new SeriesStore();
    s.push(frame(100, { newYears: [{ year: 1 } as YearMetrics], reforms: [{ tick: 52, regime: 'icb-2022' }] }));
    const run = s.run;
    expect(s.push(frame(1))).toBe('reset');
    expect(s.run).toBe(run + 1);
    expect(s.x.length).toBe(1);
    expect(s.years).toEqual([]);
    expect(s.reforms).toEqual([]);
  });

  it('collects year rows once each and exposes yearly columns at the start of each year', () => {
    const s = new SeriesStore();
    s.push(frame(52, { newYears: [{ year: 1, mean_trust: 0.6 } as YearMetrics] }));
    s.push(frame(104, { newYears: [{ year: 2, mean_trust: 0.55 } as YearMetrics] }));
    s.push(frame(104, { newYears: [{ year: 2, mean_trust: 0.5 } as YearMetrics] }));
    expect(s.yearlyColumn('mean_trust')).toEqual({ x: [2013, 2014], y: [0.6, 0.5] });
  });
});

const item = (id: number, tone = 'info'): FeedItem => ({ id, tick: id, type: 't', text: `e${id}`, nodes: [id], tone });

describe('FeedBuffer', () => {
  it('keeps the newest items first and never more than its cap', () => {
    const b = new FeedBuffer(5);
    b.add([item(1), item(2), item(3)]);
    expect(b.flush()).toEqual({ added: [item(3), item(2), item(1)], dropped: 0, skipped: 0 });
    b.add([item(4), item(5), item(6), item(7)]);
    const f = b.flush();
    expect(f.added.map((x) => x.id)).toEqual([7, 6, 5, 4]);
    expect(f.dropped).toBe(2);
    expect(b.items.map((x) => x.id)).toEqual([7, 6, 5, 4, 3]);
  });

  it('ignores events it has already seen and bounds its queue between flushes', () => {
    const b = new FeedBuffer(3);
    b.add([item(1)]);
    b.add([item(1), item(2)]);
    for (let i = 3; i < 1000; i++) b.add([item(i, 'dispute')]);
    const f = b.flush();
    expect(f.added.map((x) => x.id)).toEqual([999, 998, 997]);
    expect(f.skipped).toBe(999 - 3);
    expect(b.counts().dispute).toBe(3);
    expect(b.flush()).toEqual({ added: [], dropped: 0, skipped: 0 });
  });

  it('adds at most maxAdd of the newest per flush and counts the rest as skipped', () => {
    const b = new FeedBuffer(10);
    b.add([1, 2, 3, 4, 5, 6].map((i) => item(i)));
    const f = b.flush(2);
    expect(f.added.map((x) => x.id)).toEqual([6, 5]);
    expect(f.skipped).toBe(4);
    expect(b.items.length).toBe(2);
  });

  it('clears on a new run so ids can start again', () => {
    const b = new FeedBuffer(3);
    b.add([item(5)]);
    b.flush();
    b.clear();
    b.add([item(0)]);
    expect(b.flush().added).toEqual([item(0)]);
  });
});
