import { describe, expect, it } from 'vitest';
import { decodeRun, encodeRun, MAX_RUN_PARAM } from '../../src/shell/run-codec';
import { parseJournal } from '../../src/shell/journal';
import type { Scenario } from '../../src/model/index';

const scenario: Scenario = {
  id: 'ccg-2013',
  name: 'Edited',
  regime: 'ccg-2013',
  scale: 'region',
  seed: 42,
  years: 6,
  params: {},
  reforms: [{ regime: 'icb-2022', year: 4 }],
};

describe('run codec', () => {
  it('round-trips a scenario and its live changes, short enough for a link', async () => {
    const journal = [
      { tick: 10, kind: 'reform' as const, regime: 'accountable-care-2017' as const },
      { tick: 20, kind: 'reform' as const, regime: 'icb-2022' as const },
    ];
    const text = await encodeRun({ scenario, journal });
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(text.length).toBeLessThan(MAX_RUN_PARAM);
    const back = await decodeRun(text);
    expect(back.ok && back.run.journal).toEqual(journal);
    expect(back.ok && back.run.scenario).toMatchObject({ seed: 42, scale: 'region', years: 6 });
  });

  it('refuses damaged, foreign, oversized and invalid payloads with one bounded message', async () => {
    const bad = await decodeRun('AAAA');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/cannot be read/);
    expect((await decodeRun('not base64!')).ok).toBe(false);
    const long = await decodeRun('A'.repeat(MAX_RUN_PARAM + 1));
    expect(!long.ok && long.message).toMatch(/too long/);
    expect(!long.ok && long.message.length).toBeLessThan(300);
    // A valid payload whose scenario breaks the model's rules (a reform after the last year).
    const invalid = await encodeRun({ scenario: { ...scenario, years: 3 }, journal: [] });
    const r = await decodeRun(invalid);
    expect(!r.ok && r.message).toMatch(/scenario is not valid.*reforms\[0\]\.year/);
  });

  it('refuses a payload that inflates past its bound (a zip bomb)', async () => {
    const bomb = await encodeRun({ scenario: { ...scenario, name: 'x'.repeat(400_000) }, journal: [] });
    expect(bomb.length).toBeLessThan(MAX_RUN_PARAM);
    const r = await decodeRun(bomb);
    expect(!r.ok && r.message).toMatch(/unpacks to more than/);
  });
});

describe('parseJournal', () => {
  it('accepts reforms and parameter changes in week order', () => {
    expect(parseJournal([{ tick: 3, kind: 'reform', regime: 'icb-2022' }]).ok).toBe(true);
  });
  it.each([
    ['not a list', { tick: 1 }],
    ['bad week', [{ tick: -1, kind: 'reform', regime: 'icb-2022' }]],
    [
      'out of order',
      [
        { tick: 5, kind: 'reform', regime: 'icb-2022' },
        { tick: 4, kind: 'reform', regime: 'icb-2022' },
      ],
    ],
    ['unknown regime', [{ tick: 1, kind: 'reform', regime: '__proto__' }]],
    ['unknown parameter', [{ tick: 1, kind: 'param', id: '__proto__', value: 1 }]],
    ['unknown kind', [{ tick: 1, kind: 'eval' }]],
  ])('refuses %s', (_n, json) => {
    expect(parseJournal(json).ok).toBe(false);
  });
});
