import { describe, expect, it } from 'vitest';
import { advance, runToEnd } from '../../src/engine/run';
import { Model, type ModelEvent, type Scenario } from '../../src/model/index';

const scenario: Scenario = {
  regime: 'ccg-2013',
  scale: 'local',
  seed: 5,
  years: 3,
  reforms: [{ year: 3, regime: 'icb-2022' }],
};

describe('runToEnd', () => {
  // The reference: the model's own loop with every event kept.
  const ref = new Model(scenario);
  ref.run();

  it('gives the yearly and relationship rows of the model run to its end', () => {
    const end = runToEnd(scenario);
    expect(end.model.finished).toBe(true);
    expect(end.yearly).toEqual(ref.yearly);
    expect(end.relationships).toEqual(ref.relationshipRows());
  });

  it('streams every event once, in order, and counts them by year and type', () => {
    const seen: ModelEvent[] = [];
    const end = runToEnd(scenario, { onEvents: (events) => seen.push(...events) });
    expect(seen.map((e) => e.id)).toEqual(ref.events.events.map((e) => e.id));
    expect(end.eventCounts).toHaveLength(3);
    for (let y = 1; y <= 3; y++) {
      const ofYear = ref.events.events.filter((e) => e.year === y);
      const counts: Record<string, number> = {};
      const values: Record<string, number> = {};
      for (const e of ofYear) {
        counts[e.type] = (counts[e.type] ?? 0) + 1;
        values[e.type] = (values[e.type] ?? 0) + (e.value ?? 0);
      }
      expect(end.eventCounts[y - 1]).toEqual(counts);
      expect(end.eventValues[y - 1]).toEqual(values);
    }
  });

  it('hands on each year once, after the events of the week that closed it', () => {
    const years: number[] = [];
    let lastEventYear = 0;
    runToEnd(scenario, {
      onEvents: (events) => {
        lastEventYear = events[events.length - 1].year;
      },
      onYear: (row, m) => {
        years.push(row.year);
        expect(m.yearly.length).toBe(row.year);
        // The closing week's events, and the next year's opening ones, have been handed on.
        expect(lastEventYear).toBeGreaterThanOrEqual(row.year);
      },
    });
    expect(years).toEqual([1, 2, 3]);
  });
});

describe('advance', () => {
  it('steps at most the weeks asked for and never past the end', () => {
    const m = new Model({ ...scenario, years: 1 });
    expect(advance(m, 10)).toBe(10);
    expect(m.tick).toBe(10);
    expect(advance(m, 100)).toBe(42);
    expect(m.finished).toBe(true);
    expect(advance(m, 5)).toBe(0);
  });

  it('stops after the first week that ends past the time budget', () => {
    const m = new Model({ ...scenario, years: 1 });
    let t = 0;
    // Each reading of the clock moves it on 10 ms: the start reads 0, week k ends at 10k.
    const stepped = advance(m, 52, { maxMs: 25, now: () => (t += 10) - 10 });
    expect(stepped).toBe(3);
  });

  it('leaves events for the frames to drain unless asked to stream them', () => {
    const m = new Model({ ...scenario, years: 1 });
    advance(m, 4);
    expect(m.events.drain().length).toBeGreaterThan(0);
    const streamed: ModelEvent[] = [];
    advance(m, 40, { onEvents: (e) => streamed.push(...e) });
    expect(streamed.length).toBeGreaterThan(0);
    expect(m.events.drain()).toEqual([]);
  });
});
