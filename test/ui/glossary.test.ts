import { describe, expect, it } from 'vitest';
import { TERMS, UNIT_WORDS } from '../../src/ui/glossary-terms';
import { PARAMETERS } from '../../src/model/index';

describe('glossary', () => {
  it('explains every piece of jargon the app uses', () => {
    const forms = new Set(TERMS.flatMap((t) => t.forms));
    for (const jargon of [
      'CQUIN',
      'PbR',
      'tariff',
      'block contract',
      'ICB',
      'CCG',
      'PCT',
      'DHA',
      'fundholding',
      'pendulum arbitration',
      'control total',
      'RTT',
      'capitation',
      'MRET',
      'STF',
      'PSF',
      'log β',
      'log-odds/pp',
    ])
      expect(forms, jargon).toContain(jargon);
  });
  it('writes every parameter unit in words', () => {
    for (const p of PARAMETERS) expect(UNIT_WORDS[p.unit], `${p.id}: ${p.unit}`).toBeTruthy();
  });
  it('has one entry per id, each with an explanation', () => {
    expect(new Set(TERMS.map((t) => t.id)).size).toBe(TERMS.length);
    for (const t of TERMS) expect(t.text.length).toBeGreaterThan(20);
  });
});
