import { describe, expect, it, vi } from 'vitest';
import { readScenarioText } from '../../src/ui/scenarioFile';
import { throttle } from '../../src/ui/dom';

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

describe('throttle', () => {
  it('runs a burst of calls once, later, then again after the interval', () => {
    vi.useFakeTimers();
    try {
      let n = 0;
      const t = throttle(() => {
        n++;
      }, 250);
      for (let i = 0; i < 100; i++) t();
      expect(n).toBe(0);
      vi.advanceTimersByTime(1);
      expect(n).toBe(1);
      t();
      t();
      vi.advanceTimersByTime(100);
      expect(n).toBe(1);
      vi.advanceTimersByTime(200);
      expect(n).toBe(2);
      t();
      t.cancel();
      vi.advanceTimersByTime(1000);
      expect(n).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
