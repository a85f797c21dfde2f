import { describe, expect, it } from 'vitest';
import { runToEnd } from '../../src/engine/run';
import { whySentence } from '../../src/engine/event-why';
import { Session } from '../../src/engine/session';
import type { ModelEvent } from '../../src/model/events';
import type { SentenceNames } from '../../src/engine/event-sentence';
import type { Scenario } from '../../src/model/scenario';

const names: SentenceNames = {
  commissioner: (i) => `C${i}`,
  provider: (i) => `P${i}`,
  practice: (i) => `G${i}`,
  tenderService: () => 'the service',
  allianceMembers: () => [],
  regimeLabel: (x) => x,
  byCode: (c) => `org ${c}`,
};
const DECISIONS = [
  'tender.decided',
  'tender.awarded',
  'negotiation.deadline-missed',
  'mediation.opened',
  'mediation.failed',
  'arbitration.decided',
  'provider.bailout',
  'alliance.formed',
  'alliance.dissolved',
  'reform.applied',
];

describe('why', () => {
  it('explains every consequential decision from what it compared', () => {
    const seen = new Map<string, ModelEvent>();
    const scenario: Scenario = {
      regime: 'accountable-care-2017',
      scale: 'region',
      seed: 2,
      years: 6,
      params: { 'funding.allocationGrowth': -0.01 },
      reforms: [{ regime: 'icb-2022', year: 4 }],
    };
    runToEnd(scenario, {
      onEvents: (es) => {
        for (const e of es) {
          if (!DECISIONS.includes(e.type)) continue;
          // Tender decisions with no alternative or by patient choice compare nothing.
          if (e.type === 'tender.decided' && !('perceivedGain' in e.detail)) continue;
          const why = whySentence(e, names);
          expect(why, `${e.type} ${JSON.stringify(e.detail)}`).toMatch(/\w.*\.$/);
          expect(why).not.toMatch(/undefined|NaN|null/);
          seen.set(e.type, e);
        }
      },
    });
    expect([...seen.keys()].sort()).toEqual([...DECISIONS].sort());
    const arb = whySentence(seen.get('arbitration.decided')!, names)!;
    expect(arb).toContain('fair price');
    expect(whySentence(seen.get('tender.awarded')!, names)).toMatch(/scored the winning bid \d\.\d\d/);
  });

  it('walks an event back through its causes to the root', () => {
    const s = new Session();
    s.load({ regime: 'ccg-2013', scale: 'local', seed: 5, years: 2 });
    const arbitration: number[] = [];
    const all: { id: number; cause: number | null; type: string }[] = [];
    while (!s.frame().finished) {
      const f = s.step(4);
      for (const e of f.events) all.push(e);
      if (f.events.some((e) => e.type === 'mediation.failed')) break;
    }
    const failed = all.find((e) => e.type === 'mediation.failed')!;
    expect(failed).toBeDefined();
    const chain = s.why(failed.id);
    expect(chain[0].id).toBe(failed.id);
    for (let i = 1; i < chain.length; i++) expect(chain[i].id).toBe(chain[i - 1].cause);
    expect(chain.at(-1)!.cause).toBeNull();
    expect(chain.map((e) => e.type)).toContain('negotiation.opened');
    expect(arbitration).toEqual([]);
    expect(s.why(-5)).toEqual([]);
  });
});
