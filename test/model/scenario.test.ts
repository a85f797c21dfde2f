import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../../src/model/scenario';
import { REGIME_IDS } from '../../src/model/regimes';
import { schemaText } from '../../scripts/gen-schema';

const dir = fileURLToPath(new URL('../../public/scenarios/', import.meta.url));
const read = (f: string): unknown => JSON.parse(readFileSync(dir + f, 'utf8'));
const index = read('index.json') as { id: string; name: string; file: string }[];

function errorsOf(json: unknown): string[] {
  const r = parseScenario(json);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('scenario presets', () => {
  it('lists every preset file in index.json: the history, one per era and the what-if walk-through', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== 'index.json' && f !== 'schema.json')
      .sort();
    expect(index.map((p) => p.file).sort()).toEqual(files);
    expect(index.length).toBe(7);
    expect(index[0].id).toBe('history-1991-2025');
  });

  it.each(index)('$id validates, matches its index entry and describes itself', (entry) => {
    const r = parseScenario(read(entry.file));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.scenario.id).toBe(entry.id);
    expect(r.scenario.name).toBe(entry.name);
    expect(r.scenario.scale).toBe('local');
    expect(r.scenario.description!.length).toBeGreaterThan(200);
  });

  it('covers the five eras as single-regime presets', () => {
    const single = index
      .map((e) => parseScenario(read(e.file)))
      .flatMap((r) =>
        r.ok && r.scenario.reforms!.length === 0 && !r.scenario.timelineEvents ? [r.scenario.regime] : [],
      );
    expect(single.sort()).toEqual(
      ['internal-market-1991', 'payment-by-results-2006', 'ccg-2013', 'accountable-care-2017', 'icb-2022'].sort(),
    );
  });

  it('walks through the five eras in the reform preset, in historical order', () => {
    const r = parseScenario(read('reforms-1991-2022.json'));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const order = [r.scenario.regime, ...r.scenario.reforms!.map((x) => x.regime)];
    expect(order).toEqual([...REGIME_IDS].filter((id) => order.includes(id)));
    expect(order).toHaveLength(5);
  });

  it('publishes the JSON Schema generated from the validator (run `npm run gen:schema` if this fails)', () => {
    expect(readFileSync(dir + 'schema.json', 'utf8')).toBe(schemaText());
  });
});

describe('parseScenario', () => {
  it('fills defaults: seed 1, 10 years, local scale, no overrides, no reforms', () => {
    expect(parseScenario({ regime: 'ccg-2013' })).toEqual({
      ok: true,
      scenario: { regime: 'ccg-2013', scale: 'local', seed: 1, years: 10, params: {}, reforms: [] },
    });
  });

  it('sorts reforms by year and keeps parameter overrides', () => {
    const r = parseScenario({
      regime: 'ccg-2013',
      years: 8,
      params: { 'trust.initial': 0.7 },
      reforms: [
        { regime: 'icb-2022', year: 6 },
        { regime: 'accountable-care-2017', year: 3 },
      ],
    });
    expect(r.ok && r.scenario.reforms).toEqual([
      { regime: 'accountable-care-2017', year: 3 },
      { regime: 'icb-2022', year: 6 },
    ]);
    expect(r.ok && r.scenario.params).toEqual({ 'trust.initial': 0.7 });
  });

  it('names the reform year that lies outside the run', () => {
    expect(
      errorsOf({
        regime: 'ccg-2013',
        reforms: [
          { regime: 'icb-2022', year: 4 },
          { regime: 'icb-2022', year: 0 },
        ],
      }),
    ).toEqual(['reforms[1].year: must be a whole number from 1 to years (10), got 0']);
    expect(errorsOf({ regime: 'ccg-2013', years: 5, reforms: [{ regime: 'icb-2022', year: 6 }] })).toEqual([
      'reforms[0].year: must be a whole number from 1 to years (5), got 6',
    ]);
    expect(errorsOf({ regime: 'ccg-2013', reforms: [{ regime: 'icb-2022', year: 2.5 }] })).toEqual([
      'reforms[0].year: must be a whole number from 1 to years (10), got 2.5',
    ]);
  });

  it('rejects two reforms in the same year', () => {
    expect(
      errorsOf({
        regime: 'ccg-2013',
        reforms: [
          { regime: 'icb-2022', year: 4 },
          { regime: 'accountable-care-2017', year: 4 },
        ],
      }),
    ).toEqual(['reforms[1].year: reforms[0] already applies in year 4; one reform a week']);
  });

  it('lists the valid regimes for an unknown or missing one', () => {
    const [e] = errorsOf({ regime: 'ccg-2012' });
    expect(e).toMatch(
      /^regime: unknown regime "ccg-2012"; valid regimes are internal-market-1991, pcg-1999, pct-2002, payment-by-results-2006, ccg-2013, accountable-care-2017, icb-2022$/,
    );
    expect(errorsOf({})[0]).toMatch(/^regime: missing; give a regime \(internal-market-1991, .*\) or a startYear$/);
    expect(errorsOf({ regime: 'ccg-2013', reforms: [{ regime: 'nhs-2030', year: 2 }] })[0]).toMatch(
      /^reforms\[0\]\.regime: unknown regime "nhs-2030"/,
    );
  });

  it('checks parameter overrides against the registry', () => {
    const errors = errorsOf({
      regime: 'ccg-2013',
      params: { 'market.providerChoice': 1.5, 'market.choise': 0.2, 'negotiation.rounds': 3.5 },
    });
    expect(errors).toContain(
      'params.market.providerChoice: parameter "market.providerChoice" = 1.5 is outside its range 0 to 1 (0–1)',
    );
    expect(errors).toContain(
      'params.negotiation.rounds: parameter "negotiation.rounds" must be a whole number, got 3.5',
    );
    expect(errors.find((e) => e.startsWith('params.market.choise: unknown parameter "market.choise"'))).toBeTruthy();
  });

  it('names each bad field, unknown fields and the wrong kind of value', () => {
    const errors = errorsOf({
      regime: 'ccg-2013',
      scale: 'town',
      seed: -1,
      years: 0,
      colour: 'red',
      name: 7,
      reforms: {},
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'scale: unknown scale "town"; valid scales are local, region, england',
        'seed: must be a whole number from 0 to 4294967295, got -1',
        'years: must be a whole number from 1 to 100, got 0',
        'name: must be text, got 7',
        'reforms: must be a list of {"regime", "year"} objects, got an object',
      ]),
    );
    expect(errors.find((e) => e.startsWith('colour: unknown field; allowed fields are'))).toBeTruthy();
    expect(errorsOf([])).toEqual(['(scenario): must be a JSON object, got a list']);
  });
});
