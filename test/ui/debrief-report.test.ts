import { describe, expect, it } from 'vitest';
import { debriefReport, injectWords } from '../../src/ui/debrief-report';
import { nameLookup } from '../../src/ui/decision-words';
import type { Debrief, DecisionRequest } from '../../src/engine/api';

const nameOf = nameLookup([
  { id: 'C0001', name: 'Northfield CCG' },
  { id: 'P0002', name: 'Riverside Acute Trust' },
]);

const debrief: Debrief = {
  tick: 104,
  decisions: 12,
  organisations: [
    {
      code: 'C0001',
      name: 'Northfield CCG',
      kind: 'ccg',
      rows: [
        { measure: 'Balance this year', unit: '£', player: -4.9e6, model: -3e6 },
        { measure: 'Contracts held', unit: 'count', player: 16, model: 16 },
        { measure: 'Mean trust with its providers', unit: 'score', player: 0.5512, model: 0.5507 },
      ],
    },
  ],
  turningPoints: [
    {
      tick: 27,
      kind: 'negotiation.offer',
      subject: 'ct3',
      holder: 'C0001',
      answer: 63.5e6,
      suggestion: 57.7e6,
      first: true,
    },
    {
      tick: 30,
      kind: 'tender.compete',
      subject: 'ct4/2',
      holder: 'C0001',
      answer: 'compete',
      suggestion: 'keep',
      first: false,
    },
  ],
};

describe('the debrief report', () => {
  const card = {
    key: '27/negotiation.offer/ct3',
    tick: 27,
    kind: 'negotiation.offer',
    subject: 'ct3',
    facts: { counterpart: 'P0002' },
  };
  const report = debriefReport(
    debrief,
    [
      { tick: 20, kind: 'inject', inject: { kind: 'funding', change: -0.05 } },
      { tick: 21, kind: 'reform', regime: 'icb-2022' },
    ],
    nameOf,
    2013,
    { name: 'CCGs', seed: 7 },
    new Map([[card.key, card as unknown as DecisionRequest]]),
  );

  it('names the first diverging decision: date, kind in words, the other side, answer against suggestion', () => {
    expect(report.headline).toBe(
      'The runs first diverged on 7 Oct 2013, contract offer with Riverside Acute Trust (Northfield CCG): the player offered £63.5m; the model would have offered £57.7m.',
    );
    expect(report.turningPoints[1].text).toContain('the player chose compete; the model would have chosen keep');
  });

  it('compares each measure with the model’s own run, small score changes included', () => {
    const rows = report.organisations[0].rows;
    expect(rows[0]).toMatchObject({ player: '−£4.9m', model: '−£3m', change: '−£1.9m', differs: true });
    expect(rows[1]).toMatchObject({ change: 'same', differs: false });
    expect(rows[2].change).toBe('+0.0005');
  });

  it('lists the injects with their dates, not the other interventions', () => {
    expect(report.injects).toEqual(['19 Aug 2013: a 5% funding squeeze']);
    expect(report.subtitle).toContain('to 1 Apr 2015');
  });

  it('says so when every answer was the model’s own', () => {
    const same = debriefReport({ ...debrief, turningPoints: [] }, [], nameOf, 2013, { name: 'x', seed: 1 });
    expect(same.headline).toMatch(/Every decision taken \(12\) was the model’s own/);
  });

  it('puts every inject kind in words', () => {
    expect(injectWords({ kind: 'cash', amount: 10e6, commissioner: 'C0001' }, nameOf)).toBe(
      '£10m one-off cash to Northfield CCG',
    );
    expect(injectWords({ kind: 'provider-crisis', deficit: 2e7, inspection: true }, nameOf)).toBe(
      'the largest acute trust in crisis: £20m sudden cost and a failed inspection',
    );
    expect(injectWords({ kind: 'pandemic', weeks: 30, electiveCapacity: 0.3, label: 'Covid' }, nameOf)).toBe(
      'Covid (a pandemic: planned care at 30% of capacity for 30 weeks)',
    );
    expect(injectWords({ kind: 'rule', label: 'a ban on arbitration' }, nameOf)).toBe(
      'a new rule: a ban on arbitration',
    );
  });
});
