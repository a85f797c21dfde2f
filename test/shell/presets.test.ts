import { describe, expect, it } from 'vitest';
import { areaFor, withOverrides } from '../../src/shell/presets';
import type { Scenario } from '../../src/model/index';

const base = { regime: 'icb-2022', scale: 'local', seed: 1, years: 5, params: {}, reforms: [] } as unknown as Scenario;

describe('anchoring a run on a footprint or region', () => {
  it('puts the address’s area on the preset, and leaves the preset’s own when none is given', () => {
    expect(withOverrides(base, { scale: 'region', area: 'QYG' })).toMatchObject({ scale: 'region', area: 'QYG' });
    expect(withOverrides({ ...base, area: 'QOP' }, { seed: 3 })).toMatchObject({ area: 'QOP', seed: 3 });
    expect('area' in withOverrides(base, { area: null })).toBe(false);
  });

  it('keeps the anchor a new scale can have: none at england, only an ICB when local', () => {
    expect(areaFor('region', 'QYG')).toBe('QYG');
    expect(areaFor('region', 'Y62')).toBe('Y62');
    expect(areaFor('local', 'QYG')).toBe('QYG');
    expect(areaFor('local', 'Y62')).toBeUndefined();
    expect(areaFor('england', 'QYG')).toBeUndefined();
    expect(areaFor('region', undefined)).toBeUndefined();
  });
});
