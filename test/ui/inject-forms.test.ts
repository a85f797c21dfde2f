import { describe, expect, it } from 'vitest';
import {
  buildInject,
  DEFAULT_FIELDS,
  INJECT_KINDS,
  liveInjectsScheduled,
  RULE_PRESETS,
  scheduledAt,
  storyChapters,
} from '../../src/ui/inject-forms';
import { injectSchema } from '../../src/model/injects';
import { parseScenario, type Scenario } from '../../src/model/index';
import { Session } from '../../src/engine/session';

const scenario: Scenario = { regime: 'ccg-2013', scale: 'local', seed: 3, years: 2 };

describe('inject forms', () => {
  it('every kind’s defaults make an inject the engine accepts and applies', () => {
    const s = new Session();
    s.load(scenario);
    s.step(3);
    for (const { kind } of INJECT_KINDS) {
      const built = buildInject({ ...DEFAULT_FIELDS, kind });
      expect(built.ok, kind).toBe(true);
      if (!built.ok) continue;
      expect(injectSchema.safeParse(built.inject).success, kind).toBe(true);
      s.inject(built.inject);
    }
    expect(s.interventions()).toHaveLength(INJECT_KINDS.length);
  });

  it('every new-rule preset applies', () => {
    const s = new Session();
    s.load(scenario);
    for (const p of RULE_PRESETS) s.inject(p.build());
    expect(s.interventions().map((i) => (i.kind === 'inject' ? i.inject.label : ''))).toEqual([
      'control totals per trust',
      'system control totals',
      'a ban on arbitration',
      'the Provider Selection Regime',
    ]);
  });

  it('turns percentages and £m into shares and pounds, and names what is out of range', () => {
    expect(buildInject({ ...DEFAULT_FIELDS, kind: 'tariff', changePct: -2.5 })).toEqual({
      ok: true,
      inject: { kind: 'tariff', change: -0.025 },
    });
    expect(
      buildInject({ ...DEFAULT_FIELDS, kind: 'cash', amountM: 12.5, commissioner: 'C0001', label: 'Winter money' }),
    ).toEqual({
      ok: true,
      inject: { kind: 'cash', amount: 12_500_000, commissioner: 'C0001', label: 'Winter money' },
    });
    expect(buildInject({ ...DEFAULT_FIELDS, kind: 'funding', changePct: 80 })).toEqual({
      ok: false,
      message: 'The change (%) must be from -50 to 50',
    });
    expect(buildInject({ ...DEFAULT_FIELDS, kind: 'pandemic', weeks: 2.5 }).ok).toBe(false);
    expect(buildInject({ ...DEFAULT_FIELDS, kind: 'provider-crisis', deficitM: 0, inspection: false }).ok).toBe(false);
  });

  it('live injects become scheduled ones the scenario file accepts', () => {
    const inject = { kind: 'winter-surge' as const, weeks: 8, extra: 0.2 };
    expect(scheduledAt(60, inject)).toEqual({ year: 2, week: 8, inject });
    expect(scheduledAt(52, inject)).toEqual({ year: 2, inject });
    const injects = liveInjectsScheduled([
      { tick: 5, kind: 'reform', regime: 'icb-2022' },
      { tick: 30, kind: 'inject', inject },
    ]);
    const parsed = parseScenario({ ...scenario, injects });
    expect(parsed.ok && parsed.scenario.injects).toEqual([{ year: 1, week: 30, inject }]);
  });

  it('reads a story’s chapters where the scenario has one, and none otherwise', () => {
    expect(storyChapters(scenario)).toEqual([]);
    const withStory = { ...scenario, story: [{ id: 'a', week: 10, title: 'The squeeze', changed: '' }] } as Scenario;
    expect(storyChapters(withStory)).toEqual([{ week: 10, title: 'The squeeze' }]);
  });
});
