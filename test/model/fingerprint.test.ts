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
  ['internal-market-1991', 'local', 5, 11, 'e4b7383ccd96dd80'],
  ['payment-by-results-2006', 'local', 5, 12, '0eb8be48fb4e6c7b'],
  ['ccg-2013', 'local', 6, 13, '5e397e8fcd7966e0'],
  ['accountable-care-2017', 'local', 6, 14, 'cea69c9e10c666a4'],
  ['icb-2022', 'local', 6, 15, '238e81f2bc0bc369'],
  ['reforms-1991-2022', 'local', 12, 16, 'ca1413e78b24ad48'],
  ['ccg-2013', 'region', 4, 17, 'b91d7196e2b8c1d7'],
  ['history-1991-2025', 'local', 8, 19, '8b250340957b0fec'],
  ['reforms-1991-2022', 'england', 3, 18, 'f1b5646709e6465b'],
];

describe('results fingerprint (byte-identical across refactors)', () => {
  for (const [file, scale, years, seed, expected] of CASES) {
    it(`${file} at ${scale}, ${years} years, seed ${seed}`, () => {
      expect(fingerprint(file, scale, years, seed)).toBe(expected);
    });
  }
});
