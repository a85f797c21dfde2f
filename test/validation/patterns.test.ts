// The validation patterns of docs/VALIDATION.md, run in the suite with fixed seeds. Each
// check's tolerance is argued from the literature in src/validation/patterns.ts; the suite
// uses the first 6 of the 30 seeds `npm run validate` uses, enough for the ensemble means
// the criteria are judged on (the per-seed spread is shown in VALIDATION.md).
import { describe, expect, it } from 'vitest';
import { ensembleSeeds } from '../../src/validation/ensemble';
import { ExperimentCache } from '../../src/validation/experiments';
import { PATTERNS } from '../../src/validation/patterns';

const cache = new ExperimentCache(ensembleSeeds(2013, 6));

/**
 * Patterns the model does not reproduce yet, with the reason (reported to the model's
 * owner). `it.fails` keeps the suite honest: it turns red as soon as the model passes, so
 * the entry must then be removed.
 */
const KNOWN_FAILING: Record<string, string> = {
  'ARB-rate':
    'since the history mechanisms (timeline, waiting lists, savings), disputes in one local economy rarely reach arbitration (~0.1% of contracts a year against 0.5–6%); England scale is in range',
  P4: 'emergency admissions grow ~2.1% a year in the CCG era against a 2.2% floor: the timeline puts 2013–17 per-head growth beyond chronic disease at 0.9%',
};

describe('pattern-oriented validation (fixed seeds)', () => {
  for (const p of PATTERNS) {
    const testable = p.experiments.length > 0;
    if (!testable) {
      it(`${p.id} is documented as not testable, with the reason`, () => {
        const r = p.evaluate(cache);
        expect(r.pass).toBeNull();
        expect(r.note?.length ?? 0).toBeGreaterThan(40);
      });
      continue;
    }
    const known = KNOWN_FAILING[p.id];
    const run = known ? it.fails : it;
    run(`${p.id}: ${p.title}${known ? ` (known failure: ${known})` : ''}`, () => {
      const r = p.evaluate(cache);
      expect(r.pass, `${r.model} — criterion: ${r.criterion}`).toBe(true);
    });
  }

  it('keeps money conserved and the structure valid in every validation run', () => {
    for (const p of PATTERNS) for (const id of p.experiments) cache.get(id);
    const errors = cache
      .all()
      .flatMap(([id, runs]) => runs.flatMap((r) => r.invariantErrors.map((e) => `${id}/${r.seed}: ${e}`)));
    expect(errors).toEqual([]);
  });
});
