import { describe, expect, it } from 'vitest';
import { Model } from '../../src/model/model';

function fingerprint(seed: number, regime: 'ccg-2013' | 'internal-market-1991' = 'ccg-2013'): string {
  const m = new Model({ regime, scale: 'local', seed, years: 4, reforms: [{ regime: 'icb-2022', year: 3 }] });
  m.run();
  return JSON.stringify({ years: m.yearly, events: m.events.events, rel: m.relationshipRows() });
}

describe('determinism', () => {
  it('same scenario and seed give byte-identical results', () => {
    expect(fingerprint(3)).toBe(fingerprint(3));
  });
  it('different seeds give different results', () => {
    expect(fingerprint(3)).not.toBe(fingerprint(4));
  });
  it('a fresh model is independent of models run before it', () => {
    const a = fingerprint(9, 'internal-market-1991');
    fingerprint(10);
    expect(fingerprint(9, 'internal-market-1991')).toBe(a);
  });
});
