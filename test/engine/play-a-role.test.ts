import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session';
import type { Frame } from '../../src/engine/api';
import type { Answer } from '../../src/model/decisions';
import type { Scenario } from '../../src/model/scenario';

const scenario: Scenario = { regime: 'ccg-2013', scale: 'local', seed: 7, years: 2 };
const json = (s: Session) => JSON.stringify(s.yearly());

/** Plays to the end, answering each card with `choose` (default: the model's suggestion). */
function play(
  s: Session,
  choose: (f: Frame) => Answer = (f) => f.decision!.suggestion,
): { cards: number; kinds: Set<string> } {
  let cards = 0;
  const kinds = new Set<string>();
  for (let guard = 0; guard < 5000; guard++) {
    const f = s.step(13);
    if (f.decision) {
      cards++;
      kinds.add(f.decision.kind);
      s.answer(f.decision.key, choose(f));
    } else if (f.finished) break;
  }
  return { cards, kinds };
}

function seated(code?: string): { s: Session; code: string } {
  const s = new Session();
  const cat = s.load(scenario);
  const c = code ?? cat.nodes.find((n) => n.kind === 'commissioner')!.id;
  s.seat(c, true);
  return { s, code: c };
}

describe('play a role', () => {
  const alone = new Session();
  alone.load(scenario);
  while (!alone.step(200).finished);

  it('a commissioner taking every suggestion gives the model’s own run byte for byte', () => {
    const { s } = seated();
    const { cards, kinds } = play(s);
    expect(cards).toBeGreaterThan(5);
    expect(kinds).toContain('negotiation.offer');
    expect(json(s)).toBe(json(alone));
    const d = s.debrief();
    expect(d.turningPoints).toEqual([]);
    for (const r of d.organisations[0].rows)
      expect(r.player === r.model || (Number.isNaN(r.player) && Number.isNaN(r.model))).toBe(true);
  });

  it('answering differently diverges, and the debrief names the first diverging decision', () => {
    const { s, code } = seated();
    let first: string | null = null;
    play(s, (f) => {
      const d = f.decision!;
      if (d.kind === 'negotiation.offer' && typeof d.suggestion === 'number') {
        first ??= d.key;
        return d.suggestion * 1.1;
      }
      return d.suggestion;
    });
    expect(json(s)).not.toBe(json(alone));
    const d = s.debrief();
    expect(d.organisations[0].code).toBe(code);
    expect(d.turningPoints[0].first).toBe(true);
    expect(`${d.turningPoints[0].tick}/${d.turningPoints[0].kind}/${d.turningPoints[0].subject}`).toBe(first);
    expect(d.organisations[0].rows.some((r) => r.player !== r.model)).toBe(true);
  });

  it('a saved decision log replays the run without asking', () => {
    const { s } = seated();
    play(s, (f) =>
      typeof f.decision!.suggestion === 'number' ? f.decision!.suggestion * 0.97 : f.decision!.suggestion,
    );
    const saved = { scenario, interventions: s.interventions(), decisions: s.decisionLog() };
    const again = new Session();
    again.load(scenario);
    again.replay(saved);
    const { cards } = play(again);
    expect(cards).toBe(0);
    expect(json(again)).toBe(json(s));
    const other = new Session();
    other.load({ ...scenario, seed: 8 });
    expect(() => other.replay(saved)).toThrow(/another scenario or seed/);
  });

  it('refuses stale answers and unknown seats with a message, and the run goes on', () => {
    const { s } = seated();
    expect(() => s.seat('NOPE', true)).toThrow(/No active organisation has the code "NOPE"/);
    let f = s.step(52);
    while (!f.decision) f = s.step(52);
    expect(() => s.answer('1/negotiation.offer/ct0', 1)).toThrow(/Stale answer/);
    expect(() => s.answer(f.decision!.key, 'yes' as never)).toThrow(/must be/);
    s.answer(f.decision.key, f.decision.suggestion);
    expect(() => s.answer(f.decision!.key, f.decision!.suggestion)).toThrow(/No decision is waiting/);
    expect(s.step(1).tick).toBeGreaterThan(f.tick - 1);
  });

  it('a facilitator’s inject changes the world, is recorded, and replays', () => {
    const s = new Session();
    s.load(scenario);
    s.step(20);
    s.inject({ kind: 'funding', change: -0.05, label: 'a 5% squeeze' });
    s.inject({ kind: 'pandemic', weeks: 30, electiveCapacity: 0.3 });
    const f = s.step(1);
    while (!s.step(200).finished);
    expect(json(s)).not.toBe(json(alone));
    expect(s.yearly()[1].waiting_list).toBeGreaterThan(alone.yearly()[1].waiting_list);
    expect(s.interventions().map((i) => i.kind)).toEqual(['inject', 'inject']);
    expect(() => s.inject({ kind: 'funding', change: 3 } as never)).toThrow(/Bad inject: change/);
    expect(f.tick).toBe(21);
    const again = new Session();
    again.load(scenario);
    again.replay({ scenario, interventions: s.interventions(), decisions: [] });
    while (!again.step(200).finished);
    expect(json(again)).toBe(json(s));
  });
});
