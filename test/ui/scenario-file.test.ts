import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../../src/ui/scenario-file';

describe('readScenarioText', () => {
  it('accepts a valid file and normalises it', () => {
    const r = readScenarioText(JSON.stringify({ regime: 'icb-2022', params: { 'demand.noise': 0.1 } }), 'a.json');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario).toMatchObject({ regime: 'icb-2022', scale: 'local', params: { 'demand.noise': 0.1 } });
  });

  it('names the file and says it is not JSON', () => {
    const r = readScenarioText('{ "regime": ', 'broken.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Scenario file "broken.json" is not valid JSON/);
  });

  it('names the field that is wrong', () => {
    const r = readScenarioText(
      JSON.stringify({ regime: 'ccg-2013', params: { 'market.providerChoice': 3 } }),
      'x.json',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('params.market.providerChoice');
  });

  it('shows at most three problems and counts the rest', () => {
    const r = readScenarioText(
      JSON.stringify({ regime: 'nope', scale: 'moon', seed: -1, years: 0, extra: 1 }),
      'x.json',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/and 2 more/);
  });
});
