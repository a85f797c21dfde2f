import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../src/model/params';
import { REGIMES, REGIME_IDS } from '../../src/model/regimes';
import { renderParametersDoc } from '../../src/validation/params-doc';

describe('docs/parameters.md', () => {
  it('equals the document generated from the registry (run `npm run gen:params` after changing params.ts or regimes.ts)', () => {
    const committed = readFileSync(new URL('../../docs/parameters.md', import.meta.url), 'utf8');
    expect(committed).toBe(
      renderParametersDoc(
        PARAMETERS,
        REGIME_IDS.map((id) => REGIMES[id]),
      ),
    );
  });

  it('lists every parameter id with its default', () => {
    const doc = renderParametersDoc(
      PARAMETERS,
      REGIME_IDS.map((id) => REGIMES[id]),
    );
    for (const p of PARAMETERS) expect(doc).toContain(`| \`${p.id}\` |`);
  });
});

describe('parameter sources', () => {
  // The issue asks that every default be traceable: to the brief, a seed document, the
  // mechanisms note, the literature, or an assumption that says its reasoning.
  it.each(PARAMETERS.map((p) => [p.id, p.source] as const))('%s names a source', (_id, source) => {
    expect(source.trim().length).toBeGreaterThan(10);
    // A bare "assumption" with no reasoning after it is not a source.
    expect(source.trim()).not.toMatch(/^assumption\.?$/i);
    if (/^assumption/i.test(source)) expect(source).toMatch(/^assumption[:;,]\s*\S.{8,}/i);
  });

  it('defaults lie inside their ranges', () => {
    for (const p of PARAMETERS) {
      expect(p.default, p.id).toBeGreaterThanOrEqual(p.min);
      expect(p.default, p.id).toBeLessThanOrEqual(p.max);
    }
  });
});
