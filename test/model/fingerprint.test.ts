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
  ['internal-market-1991', 'local', 5, 11, 'ab370493a8c887f3'],
  ['payment-by-results-2006', 'local', 5, 12, 'de25ee4b8adb45fd'],
  ['ccg-2013', 'local', 6, 13, '65977bbc0b03c05c'],
  ['accountable-care-2017', 'local', 6, 14, '52b2e1a2d23ebe12'],
  ['icb-2022', 'local', 6, 15, 'a7eba11fb2dd5bf9'],
  ['reforms-1991-2022', 'local', 12, 16, '24145c927a216e97'],
  ['ccg-2013', 'region', 4, 17, '684c990bdbc4ecaf'],
  ['history-1991-2025', 'local', 8, 19, 'aff45a0e5264350f'],
  ['reforms-1991-2022', 'england', 3, 18, 'f6023f62e0b684be'],
];

describe('results fingerprint (byte-identical across refactors)', () => {
  for (const [file, scale, years, seed, expected] of CASES) {
    it(`${file} at ${scale}, ${years} years, seed ${seed}`, () => {
      expect(fingerprint(file, scale, years, seed)).toBe(expected);
    });
  }
});
