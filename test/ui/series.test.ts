import { describe, expect, it } from 'vitest';
import { SeriesStore } from '../../src/ui/series';
import type { Frame, WeeklyPoint } from '../../src/engine/api';
import type { YearMetrics } from '../../src/model/index';

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
  const f: Frame = {
    tick,
    year: Math.floor(tick / 52) + 1,
    week: tick % 52,
    financialYear: `${2013 + Math.floor(tick / 52)}/${String((14 + Math.floor(tick / 52)) % 100).padStart(2, '0')}`,
    dateLabel: '',
    regime: 'ccg-2013',
    finished: false,
    epoch: 0,
    decision: null,
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
    weeklyTrail: [weekly],
    newYears: [],
    reforms: [],
    ...extra,
  };
  if (!extra.weeklyTrail) f.weeklyTrail = [f.weekly];
  return f;
}

describe('SeriesStore', () => {
  it('appends one point per frame on a time axis in years', () => {
    const s = new SeriesStore();
    for (const t of [1, 2, 5, 60]) s.push(frame(t));
    expect(s.startYear).toBe(2013);
    // Weeks no frame reported break the line (a null) instead of being bridged.
    expect(s.x).toEqual([2013 + 1 / 52, 2013 + 2 / 52, 2013 + 3 / 52, 2013 + 5 / 52, 2013 + 6 / 52, 2013 + 60 / 52]);
    expect(s.weekly.spendAcute).toEqual([10, 20, null, 50, null, 600]);
  });

  it('keeps every week of a frame that stepped many (full speed)', () => {
    const s = new SeriesStore();
    s.push(frame(1));
    const trail = [2, 3, 4, 5].map((t) => frame(t).weekly);
    s.push(frame(5, { weeklyTrail: trail }));
    expect(s.ticks).toEqual([1, 2, 3, 4, 5]);
    expect(s.weekly.spendAcute).toEqual([10, 20, 30, 40, 50]);
    expect(s.at('spendAcute', 4)).toBe(40);
    expect(s.at('spendAcute', 9)).toBeNull();
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
