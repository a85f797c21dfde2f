import { describe as group, expect, it } from 'vitest';
import { eventSentence, money, type SentenceNames } from '../../src/engine/event-sentence';
import { EVENT_TONE } from '../../src/engine/feed';
import { TONES } from '../../src/engine/api';
import { EVENT_TYPES, type EventType, type ModelEvent } from '../../src/model/events';
import { Session } from '../../src/engine/session';

const names: SentenceNames = {
  commissioner: (id) => ['Northfield CCG', 'Southdale ICB'][id] ?? `C${id}`,
  provider: (id) => ['Riverside Acute Trust', 'Hillcrest Community Services'][id] ?? `P${id}`,
  practice: (id) => `Practice ${id}`,
  tenderService: () => 'community services',
  allianceMembers: () => ['Riverside Acute Trust', 'Hillcrest Community Services'],
  regimeLabel: (id) => (id === 'icb-2022' ? 'Integrated Care Boards (2022)' : id),
  byCode: (code) =>
    (({ C0001: 'Southdale ICB', G0002: 'Oak Lane Surgery', G0003: 'Elm Street Practice' }) as Record<string, string>)[
      code
    ] ?? null,
};

const event = (type: EventType, over: Partial<ModelEvent> = {}): ModelEvent => ({
  id: 1,
  tick: 30,
  year: 1,
  type,
  commissioner: 0,
  provider: 0,
  contract: 3,
  tender: 2,
  alliance: 0,
  value: 212e6,
  cause: null,
  reason: '',
  detail: {},
  ...over,
});

/** Details as the model records them (src/model/*.ts), for the types whose sentence needs them. */
const DETAIL: Partial<Record<EventType, Partial<ModelEvent>>> = {
  'reform.applied': {
    detail: { from: 'ccg-2013', to: 'icb-2022', label: 'Integrated Care Boards (2022)' },
    reason: 'reform now',
  },
  'practice.merged': { detail: { practice: 'G0002', into: 'G0003', list: 2400 } },
  'commissioner.abolished': { detail: { successor: 'C0001' } },
  'arbitration.decided': { detail: { commissionerFinal: 212e6, providerFinal: 224e6, winner: 'provider' } },
  'tender.decided': { reason: 'competitive', detail: { line: 'community' } },
  'tender.opened': { reason: 'competitive', detail: { line: 'community', weeks: 39, invited: 3 } },
  'provider.changed': { detail: { line: 'community', from: 1 } },
};

group('event sentences', () => {
  it('gives the example sentence for an arbitration', () => {
    const e = event('arbitration.decided', {
      detail: { commissionerFinal: 212e6, providerFinal: 224e6, winner: 'commissioner' },
    });
    expect(eventSentence(e, names)).toBe(
      "Northfield CCG took Riverside Acute Trust to arbitration: final offers £212m and £224m; the panel chose the commissioner's",
    );
  });

  it('has its own sentence for every event type, naming organisations, with no placeholders', () => {
    const texts = new Map<string, EventType>();
    for (const type of EVENT_TYPES) {
      const text = eventSentence(event(type, DETAIL[type]), names);
      expect(text, type).not.toMatch(/undefined|NaN|null|\[object/);
      expect(text.length, type).toBeGreaterThan(15);
      // Every sentence names someone: an organisation or the regime.
      expect(text, type).toMatch(/Northfield CCG|Riverside Acute Trust|Integrated Care|Practice|Oak Lane|£/);
      // No two types share a sentence (a generic fall-through would).
      expect(texts.get(text), `${type} repeats ${texts.get(text)}`).toBeUndefined();
      texts.set(text, type);
      expect(TONES, type).toContain(EVENT_TONE[type]);
    }
    expect(texts.size).toBe(EVENT_TYPES.length);
  });

  it('resolves organisations named by code in the detail', () => {
    expect(eventSentence(event('commissioner.abolished', { detail: { successor: 'C0001' } }), names)).toBe(
      'Northfield CCG was abolished; Southdale ICB takes over its responsibilities',
    );
    expect(
      eventSentence(event('practice.merged', { detail: { practice: 'G0002', into: 'G0003', list: 2400 } }), names),
    ).toBe('Oak Lane Surgery (2,400 patients) merged into Elm Street Practice');
  });

  it('formats money in £m, £bn and £k, and an unknown sum in words', () => {
    expect(money(212.4e6)).toBe('£212m');
    expect(money(1.44e6)).toBe('£1.4m');
    expect(money(2.5e9)).toBe('£2.5bn');
    expect(money(350e3)).toBe('£350k');
    expect(money(-3e6)).toBe('−£3m');
    expect(money(null)).toBe('an undisclosed sum');
    expect(money(NaN)).toBe('an undisclosed sum');
  });

  it('describes every event of a real run without placeholders', () => {
    const s = new Session();
    s.load({ regime: 'ccg-2013', scale: 'local', seed: 7, years: 3, reforms: [{ regime: 'icb-2022', year: 2 }] });
    const seen = new Set<string>();
    let f = s.step(0);
    while (!f.finished) {
      f = s.step(26);
      for (const item of f.events) {
        seen.add(item.type);
        expect(item.text, item.type).not.toMatch(/undefined|NaN|\[object|commissioner \d|provider \d/);
      }
    }
    // A reform year and ordinary years exercise most protocols.
    expect(seen.has('reform.applied')).toBe(true);
    expect(seen.has('negotiation.agreed')).toBe(true);
  });
});
