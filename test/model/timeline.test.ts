import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderEnglandTimelineDoc } from '../../scripts/gen-timeline-doc';
import { REGIME_IDS } from '../../src/model/regimes';
import data from '../../src/model/timeline/england.json';
import { ENGLAND_TIMELINE } from '../../src/model/timeline/england';
import { readTimeline, timelineFileSchema, yearRange } from '../../src/model/timeline/format';
import { SERIES } from '../../src/model/timeline/series';

const file = timelineFileSchema.parse(data);
const value = (id: string, year: number) => ENGLAND_TIMELINE.values.get(id)?.[year - ENGLAND_TIMELINE.firstYear];
/** The entry of a series that covers a year. */
const entry = (id: string, year: number) =>
  file.series[id].find((e) => {
    const [a, b] = yearRange(e.years);
    return a <= year && year <= b;
  });
const allEntries = Object.entries(file.series).flatMap(([id, es]) => es.map((e) => ({ id, ...e })));
const texts = [
  ...allEntries.flatMap((e) => [e.note ?? '', e.assumption ?? '']),
  ...file.events.flatMap((e) => [e.note ?? '', e.assumption ?? '']),
  file.anchors.allocationPerHead.note,
  file.anchors.listInflation.note,
];

describe('england.json', () => {
  it('is a complete timeline: every series, every year 1991/92–2025/26, values in range', () => {
    const read = readTimeline(data);
    expect(read.ok ? [] : read.errors).toEqual([]);
    expect(ENGLAND_TIMELINE.firstYear).toBe(1991);
    expect(ENGLAND_TIMELINE.lastYear).toBe(2025);
    expect([...ENGLAND_TIMELINE.values.keys()].sort()).toEqual(SERIES.map((s) => s.id).sort());
  });

  it('holds known values from the record', () => {
    expect(value('funding.allocationGrowth', 2003)).toBe(0.094); // F2
    expect(value('funding.allocationGrowth', 2019)).toBe(0.036); // F4
    expect(value('payment.withhold', 2009)).toBe(0.005); // C2
    expect(value('payment.withhold', 2016)).toBe(0.025); // C5
    expect(value('payment.withhold', 2020)).toBe(0); // suspended, C8
    expect(value('payment.form', 2002)).toBe('block');
    expect(value('payment.form', 2003)).toBe('tariff');
    expect(value('payment.form', 2020)).toBe('block');
    expect(value('payment.form', 2022)).toBe('aligned');
    expect(value('payment.marginalEmergencyRate', 2009)).toBeNull();
    expect(value('payment.marginalEmergencyRate', 2010)).toBe(0.3); // T2
    expect(value('payment.marginalEmergencyRate', 2019)).toBeNull(); // blended payment, T18
    expect(value('payment.emergencyVariable', 2019)).toBe(0.2); // T19
    expect(value('payment.efficiencyFactor', 2013)).toBe(0.04); // T5
    expect(value('payment.lowVolumeBlock', 2025)).toBe(1_500_000); // T21
    expect(value('demand.population', 2023)).toBe(57_690_300); // D1
    expect(value('fundholding.share', 1999)).toBe(0);
    expect(value('provider.foundationShare', 2003)).toBe(0);
    expect(value('contracts.roundSuspended', 2020)).toBe(true);
    expect(value('finance.controlTotals', 2016)).toBe('provider');
    expect(value('support.conditional', 2016)).toBeCloseTo(1.8 / 105.7, 3); // STF £1.8bn / £105.7bn
    expect(file.anchors.allocationPerHead).toMatchObject({ year: 2024, value: 1732 });
    expect(file.anchors.listInflation.value).toBeCloseTo(62_154_630 / 57_690_300, 3);
  });

  it('derives population growth from the population levels', () => {
    for (let y = 1992; y <= 2025; y++) {
      const g = (value('demand.population', y) as number) / (value('demand.population', y - 1) as number) - 1;
      expect(value('demand.populationGrowth', y), String(y)).toBeCloseTo(g, 4);
    }
  });

  it('keeps 2011/12 real funding below 2009/10 (F9) and the 2011/12–2014/15 total of F6', () => {
    const g = (y: number) => value('funding.allocationGrowth', y) as number;
    expect((1 + g(2010)) * (1 + g(2011))).toBeLessThan(1);
    expect((1 + g(2011)) * (1 + g(2012)) * (1 + g(2013)) * (1 + g(2014))).toBeCloseTo(113 / 107.5, 2);
  });

  it('never lets prices fund more than costs rise, and leaves a gap only where the record shows unfunded costs', () => {
    for (let y = 1991; y <= 2025; y++) {
      const gap = (value('payment.costPressure', y) as number) - (value('payment.costUplift', y) as number);
      expect(gap, String(y)).toBeGreaterThanOrEqual(0);
      if (y !== 2022 && y !== 2023) expect(gap, String(y)).toBe(0);
    }
  });

  it('keeps emergency growth beyond chronic disease at or above −5% a year', () => {
    for (let y = 1991; y <= 2025; y++)
      expect(value('demand.emergencyGrowth', y) as number, String(y)).toBeGreaterThanOrEqual(-0.05);
  });
});

describe('england.json sources', () => {
  it('never cites a source for an [unverified] figure: those are assumptions', () => {
    for (const e of allEntries)
      if (e.source !== undefined) expect(e.note ?? '', `${e.id} ${e.years}`).not.toMatch(/unverified/i);
    for (const e of file.events) if (e.source !== undefined) expect(e.note ?? '', e.date).not.toMatch(/unverified/i);
  });

  it('treats the figures the record marks [unverified] as assumptions', () => {
    const assumed: [string, number][] = [
      ['payment.efficiencyFactor', 2008], // 3% [unverified]
      ['payment.efficiencyFactor', 2009], // 3.5% [unverified]
      ['payment.efficiencyFactor', 2011], // 4% [unverified; from the brief]
      ['payment.efficiencyFactor', 2019], // 1.1% [unverified]
      ['payment.efficiencyFactor', 2022], // 1.1% [unverified]
      ['payment.efficiencyFactor', 2025], // 2.0% [unverified]
      ['payment.marginalEmergencyRate', 2015], // 50% [unverified]
      ['payment.withhold', 2012], // CQUIN 2.5% in 2012/13 [unverified]
      ['payment.withholdEnforced', 2024], // clawback paused [unverified]
    ];
    for (const [id, y] of assumed) {
      const e = entry(id, y);
      expect(e?.source, `${id} ${y}`).toBeUndefined();
      expect(e?.assumption, `${id} ${y}`).toMatch(/unverified/);
    }
    const writeOff = file.events.find((e) => e.writeOffDebt);
    expect(writeOff?.date).toBe('2020-04-01');
    expect(writeOff?.assumption).toMatch(/unverified/); // the April date, timeline A4
  });

  it('gives every assumption its reasoning and every source a description', () => {
    for (const e of allEntries) if (e.assumption !== undefined) expect(e.assumption.length, e.id).toBeGreaterThan(40);
    for (const [k, v] of Object.entries(file.sources)) expect(v.length, k).toBeGreaterThan(20);
  });

  it('lists exactly the source keys it uses, in fields or in the text', () => {
    const key = /(?<![\w-])([FTCESBPORDWXKM]\d{1,2}b?)(?![\w-])|(BRIEF-[0-9P][\w.]*\w|ENGLAND-README)/g;
    const mentioned = new Set(texts.flatMap((t) => [...t.matchAll(key)].map((m) => m[1] ?? m[2])));
    const cited = new Set([
      ...allEntries.flatMap((e) => (e.source ? [e.source] : [])),
      ...file.events.flatMap((e) => (e.source ? [e.source] : [])),
      file.anchors.allocationPerHead.source,
      file.anchors.listInflation.source,
    ]);
    for (const k of mentioned) expect(file.sources, `mentioned ${k}`).toHaveProperty([k]);
    for (const k of Object.keys(file.sources)) expect(mentioned.has(k) || cited.has(k), `unused ${k}`).toBe(true);
  });
});

describe('england.json events', () => {
  it('are in date order and hand over to regimes that exist, in the order of the reforms', () => {
    const dates = file.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    const regimes = file.events.flatMap((e) => (e.regime ? [e.regime] : []));
    for (const r of regimes) expect(REGIME_IDS).toContain(r);
    expect(regimes).toEqual([...REGIME_IDS]);
  });

  it('bring in the ICBs on 1 July 2022 under the old procurement rules, then the Provider Selection Regime', () => {
    const icb = file.events.find((e) => e.regime === 'icb-2022');
    expect(icb?.date).toBe('2022-07-01');
    expect(icb?.rules).toMatchObject({ procurement: { rules: 's75-2013' }, failure: { writeOffDebt: false } });
    const psr = file.events.find((e) => e.date === '2024-01-01');
    expect(psr?.rules).toMatchObject({
      procurement: { rules: 'psr-2024', routes: { satisfactory: 'direct-award-c' } },
    });
  });

  it('merge CCGs to 191, 135 and 106', () => {
    const counts = file.events.flatMap((e) => {
      const n = (e.rules as { commissioners?: { england?: number } } | undefined)?.commissioners?.england;
      return n !== undefined && !e.regime ? [[e.date, n]] : [];
    });
    expect(counts).toEqual([
      ['2019-04-01', 191],
      ['2020-04-01', 135],
      ['2021-04-01', 106],
    ]);
  });
});

describe('docs/timeline.md', () => {
  it('equals the document generated from england.json (run `npm run gen:timeline` after changing it)', () => {
    const committed = readFileSync(new URL('../../docs/timeline.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderEnglandTimelineDoc());
  });

  it('has a table for every series and every event', () => {
    const doc = renderEnglandTimelineDoc();
    for (const s of SERIES) expect(doc).toContain(`### \`${s.id}\``);
    for (const e of file.events) expect(doc).toContain(`| ${e.date} |`);
  });
});
