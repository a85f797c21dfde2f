// Results must not change when code is reorganised. Each case runs a preset and hashes
// everything a user can export: yearly rows, every event and the relationship table. A
// commit that changes a hash must say in its message why results changed, then update it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Model, parseScenario, type ScaleId } from '../../src/model/index';

function fingerprint(file: string, scale: ScaleId, years: number, seed: number): string {
  const json = JSON.parse(readFileSync(`public/scenarios/${file}.json`, 'utf8')) as Record<string, unknown>;
  const parsed = parseScenario({
    ...json,
    scale,
    years,
    seed,
    reforms: ((json.reforms ?? []) as { year: number }[]).filter((r) => r.year <= years),
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const m = new Model(parsed.scenario);
  m.run();
  const h = createHash('sha256');
  h.update(JSON.stringify(m.yearly));
  for (const e of m.events.events) h.update(JSON.stringify(e));
  h.update(JSON.stringify(m.relationshipRows()));
  return h.digest('hex').slice(0, 16);
}

const CASES: [string, ScaleId, number, number, string][] = [
  ['internal-market-1991', 'local', 5, 11, '6e7a94fd2142335b'],
  ['payment-by-results-2006', 'local', 5, 12, '4c239ab123a26f29'],
  ['ccg-2013', 'local', 6, 13, '28fa096f43790a07'],
  ['accountable-care-2017', 'local', 6, 14, 'c7aa01abc3df6ef2'],
  ['icb-2022', 'local', 6, 15, '67c2c42206409779'],
  ['reforms-1991-2022', 'local', 12, 16, '783b37d328adbe8e'],
  ['ccg-2013', 'region', 4, 17, 'b00fcaa5ca6b3b92'],
  ['history-1991-2025', 'local', 8, 19, '890646c96bedf854'],
  ['reforms-1991-2022', 'england', 3, 18, 'ecb4b64b23f909a3'],
];

describe('results fingerprint (byte-identical across refactors)', () => {
  for (const [file, scale, years, seed, expected] of CASES) {
    it(`${file} at ${scale}, ${years} years, seed ${seed}`, () => {
      expect(fingerprint(file, scale, years, seed)).toBe(expected);
    });
  }
});
