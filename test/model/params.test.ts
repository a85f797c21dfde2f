import { describe, expect, it } from 'vitest';
import { Model } from '../../src/model/model';
import { PARAMETERS, checkParam, resolveParams } from '../../src/model/params';
import { sum } from './helpers';

function mean(
  params: Record<string, number>,
  key: string,
  regime: 'ccg-2013' | 'icb-2022' = 'ccg-2013',
  years = 5,
  last = false,
): number {
  let s = 0;
  const seeds = [1, 2, 3];
  for (const seed of seeds) {
    const m = new Model({ regime, scale: 'local', seed, years, params });
    m.run();
    s += last ? Number(m.yearly[years - 1][key as keyof (typeof m.yearly)[0]]) : sum(m.yearly, key);
  }
  return s / seeds.length;
}

describe('parameter registry', () => {
  it('has unique ids, defaults within range, a meaning, a unit and a source for every parameter', () => {
    const ids = new Set<string>();
    for (const p of PARAMETERS) {
      expect(ids.has(p.id)).toBe(false);
      ids.add(p.id);
      expect(p.default).toBeGreaterThanOrEqual(p.min);
      expect(p.default).toBeLessThanOrEqual(p.max);
      expect(p.meaning.length).toBeGreaterThan(10);
      expect(p.unit.length).toBeGreaterThan(0);
      expect(p.source.length).toBeGreaterThan(5);
    }
    for (const id of [
      'funding.allocationGrowth',
      'market.providerChoice',
      'market.informationQuality',
      'contract.transactionCostScale',
      'trust.initial',
    ])
      expect(ids.has(id)).toBe(true);
  });
  it('rejects unknown ids and out-of-range values with a message naming them', () => {
    expect(checkParam('market.nope', 1)).toMatch(/unknown parameter "market.nope"/);
    expect(checkParam('market.providerChoice', 2)).toMatch(/outside its range 0 to 1/);
    expect(() => resolveParams({ 'trust.initial': -1 })).toThrow(/trust.initial/);
  });
});

describe('the model responds to its parameters', () => {
  it('transaction costs scale with contract.transactionCostScale', () => {
    expect(mean({ 'contract.transactionCostScale': 3 }, 'transaction_cost_m')).toBeGreaterThan(
      mean({ 'contract.transactionCostScale': 0.2 }, 'transaction_cost_m'),
    );
  });
  it('more provider choice brings more tenders and provider changes', () => {
    expect(mean({ 'market.providerChoice': 1 }, 'provider_changes')).toBeGreaterThan(
      mean({ 'market.providerChoice': 0 }, 'provider_changes'),
    );
  });
  it('higher initial trust leaves higher trust', () => {
    expect(mean({ 'trust.initial': 0.9 }, 'mean_trust', 'ccg-2013', 3, true)).toBeGreaterThan(
      mean({ 'trust.initial': 0.2 }, 'mean_trust', 'ccg-2013', 3, true),
    );
  });
  it('tighter funding brings more disputes and more providers in deficit', () => {
    const tight = { 'funding.allocationGrowth': -0.03 };
    const loose = { 'funding.allocationGrowth': 0.06 };
    expect(mean(tight, 'disputes')).toBeGreaterThan(mean(loose, 'disputes'));
    expect(mean(tight, 'providers_in_deficit')).toBeGreaterThan(mean(loose, 'providers_in_deficit'));
  });
  it('better information makes tendering evaluation pick better providers (quality index not lower)', () => {
    const good = mean(
      { 'market.informationQuality': 1, 'tender.propensity': 4, 'market.providerChoice': 1 },
      'quality_index',
      'ccg-2013',
      5,
      true,
    );
    const poor = mean(
      { 'market.informationQuality': 0, 'tender.propensity': 4, 'market.providerChoice': 1 },
      'quality_index',
      'ccg-2013',
      5,
      true,
    );
    expect(good).toBeGreaterThan(poor - 0.005);
  });
  it('escalation propensity 0 means no arbitration', () => {
    expect(mean({ 'dispute.escalationPropensity': 0 }, 'arbitrations')).toBe(0);
  });
});
