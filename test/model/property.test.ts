import fc from 'fast-check';
import { describe, it } from 'vitest';
import { Model } from '../../src/model/model';
import { PARAMETERS } from '../../src/model/params';
import { REGIME_IDS } from '../../src/model/regimes';

// Random parameter sets anywhere within the registry's ranges must never break the books
// or produce NaN, whatever the regime.
const paramArb = fc.record(
  Object.fromEntries(
    PARAMETERS.map((p) => [
      p.id,
      p.integer
        ? fc.integer({ min: p.min, max: p.max })
        : fc.double({ min: p.min, max: p.max, noNaN: true, noDefaultInfinity: true }),
    ]),
  ) as Record<string, fc.Arbitrary<number>>,
);

describe('property: invariants hold over random parameter sets', () => {
  it('for any parameters, regime and seed, two years keep money conserved and state finite', () => {
    fc.assert(
      fc.property(
        paramArb,
        fc.constantFrom(...REGIME_IDS),
        fc.integer({ min: 1, max: 1000 }),
        (params, regime, seed) => {
          const m = new Model({ regime, scale: 'local', seed, years: 2, params });
          while (!m.finished) {
            m.step();
            if (m.week % 13 === 0) {
              const errs = m.checkInvariants();
              if (errs.length) throw new Error(errs.slice(0, 3).join('; '));
            }
          }
          for (const row of m.yearly)
            for (const [k, v] of Object.entries(row))
              if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`${k} = ${v}`);
        },
      ),
      { numRuns: 25, seed: 20261122 },
    );
  });
});
