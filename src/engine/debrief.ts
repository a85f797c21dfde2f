// The debrief after playing a role: the organisations a player held, compared with the same
// seed's run in which the model took every decision (same scenario, same reforms, parameters and
// injects at the same weeks), with the turning points — the player's decisions that differed
// from what the model's agent would have done.
import type { Model } from '../model/model';
import type { DecisionTaken } from '../model/decisions';
import { contractPathways } from '../model/waiting';
import { contractValue } from '../model/contract';

export interface DebriefRow {
  measure: string;
  unit: '£' | 'share' | 'count' | 'score' | 'people';
  player: number;
  model: number;
}

export interface DebriefOrganisation {
  code: string;
  name: string;
  kind: string;
  rows: DebriefRow[];
}

export interface TurningPoint {
  tick: number;
  kind: string;
  subject: string;
  holder: string;
  answer: number | string;
  suggestion: number | string;
  /** The first decision where the player's run left the model's. */
  first: boolean;
}

export interface Debrief {
  tick: number;
  organisations: DebriefOrganisation[];
  turningPoints: TurningPoint[];
  /** Decisions the player took, agreeing with the model's suggestion or not. */
  decisions: number;
}

/** An organisation's headline facts now, by code (null if the run has no such organisation). */
export function organisationFacts(m: Model, code: string): DebriefOrganisation | null {
  const w = m.world;
  const c = w.commissioners.find((x) => x.code === code);
  if (c) {
    const cts = w.contracts.filter((k) => k.commissioner === c.id && k.state !== 'ended');
    const rels = cts.map((k) => w.relationship(c.id, k.provider));
    return {
      code,
      name: c.name,
      kind: c.kind,
      rows: [
        { measure: 'Balance this year', unit: '£', player: c.balance, model: 0 },
        { measure: 'Carried over- or under-spend', unit: '£', player: c.carried, model: 0 },
        { measure: 'Contracts held', unit: 'count', player: cts.length, model: 0 },
        { measure: 'Contract value a year', unit: '£', player: sum(cts.map(contractValue)), model: 0 },
        { measure: 'Mean trust with its providers', unit: 'score', player: mean(rels.map((r) => r?.trust)), model: 0 },
        { measure: 'Disputes (all time)', unit: 'count', player: sum(rels.map((r) => r?.disputes ?? 0)), model: 0 },
        {
          measure: 'Arbitrations (all time)',
          unit: 'count',
          player: sum(rels.map((r) => r?.arbitrations ?? 0)),
          model: 0,
        },
        { measure: 'Its patients waiting', unit: 'people', player: sum(cts.map(contractPathways)), model: 0 },
      ],
    };
  }
  const p = w.providers.find((x) => x.code === code);
  if (!p) return null;
  const cts = w.contracts.filter((k) => k.provider === p.id && k.state !== 'ended');
  const rels = cts.map((k) => w.relationship(k.commissioner, p.id));
  return {
    code,
    name: p.name,
    kind: p.type,
    rows: [
      { measure: 'Surplus last year (reported)', unit: '£', player: p.surplus, model: 0 },
      { measure: 'Cash', unit: '£', player: p.cash, model: 0 },
      { measure: 'Debt to the centre', unit: '£', player: p.debt, model: 0 },
      { measure: 'Contract income a year', unit: '£', player: sum(cts.map(contractValue)), model: 0 },
      { measure: 'Quality', unit: 'score', player: p.quality, model: 0 },
      {
        measure: 'Mean trust with its commissioners',
        unit: 'score',
        player: mean(rels.map((r) => r?.trust)),
        model: 0,
      },
      { measure: 'Disputes (all time)', unit: 'count', player: sum(rels.map((r) => r?.disputes ?? 0)), model: 0 },
      { measure: 'Patients waiting', unit: 'people', player: sum(cts.map(contractPathways)), model: 0 },
    ],
  };
}

/** The player's run against the model's own, for the organisations the player held. */
export function debrief(player: Model, model: Model, held: readonly string[]): Debrief {
  const organisations: DebriefOrganisation[] = [];
  for (const code of held) {
    const a = organisationFacts(player, code);
    if (!a) continue;
    const b = organisationFacts(model, code);
    a.rows.forEach((r, i) => (r.model = b?.rows[i]?.player ?? NaN));
    organisations.push(a);
  }
  return {
    tick: player.tick,
    organisations,
    turningPoints: turningPoints(player.decisions.taken),
    decisions: player.decisions.taken.length,
  };
}

function turningPoints(taken: readonly DecisionTaken[]): TurningPoint[] {
  const out: TurningPoint[] = [];
  const seen = new Set<string>();
  for (const { request: r, answer } of taken) {
    // The same decision is taken again each time its week is re-run: count it once.
    if (seen.has(r.key) || answer === r.suggestion) continue;
    seen.add(r.key);
    out.push({
      tick: r.tick,
      kind: r.kind,
      subject: r.subject,
      holder: r.holder,
      answer,
      suggestion: r.suggestion,
      first: out.length === 0,
    });
  }
  return out;
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
function mean(xs: (number | undefined)[]): number {
  const v = xs.filter((x): x is number => x !== undefined);
  return v.length ? sum(v) / v.length : NaN;
}
