// Structural changes that are decisions of the model (and so draw random numbers or record
// events): commissioners created and abolished, contracts ended. The World keeps its indexes
// valid; these functions add the organisation's traits and the event.
import { contractValue } from './contract';
import { clamp01 } from './math';
import type { Model } from './model';
import type { Commissioner, CommissionerKind, Contract } from './types';

/** Creates a commissioner holding these practices, with capabilities and orientation drawn for the era. */
export function createCommissioner(
  m: Model,
  kind: CommissionerKind,
  area: number,
  name: string,
  practiceIds: number[],
): Commissioner {
  const { world, regime, params } = m;
  const rng = m.rng.init;
  const cap = regime.commissioners.capability;
  const id = world.commissioners.length;
  let x = 0;
  let y = 0;
  for (const pid of practiceIds) {
    x += world.practices[pid].x;
    y += world.practices[pid].y;
  }
  const c: Commissioner = {
    id,
    code: `C${String(id).padStart(4, '0')}`,
    name: m.namer.exact(name),
    kind,
    area,
    account: m.ledger.open(name),
    x: x / Math.max(1, practiceIds.length),
    y: y / Math.max(1, practiceIds.length),
    population: 0,
    allocation: 0,
    runningCosts: 0,
    procurement: clamp01(rng.normal(cap, 0.12)),
    contracting: clamp01(rng.normal(cap, 0.12)),
    actuarial: clamp01(rng.normal(cap - 0.1, 0.12)),
    orientation: clamp01(rng.normal(params['commissioner.orientationInitial'] + 0.25 * regime.orientationNudge, 0.12)),
    gpLed: regime.commissioners.gpLed && kind !== 'fundholder',
    practices: practiceIds,
    balance: 0,
    carried: 0,
    active: true,
    createdYear: m.year,
    endedYear: null,
    successor: null,
  };
  world.addCommissioner(c);
  return c;
}

export function abolishCommissioner(m: Model, c: Commissioner, successor: number, cause: number | null): void {
  m.world.abolishCommissioner(c, successor);
  m.events.record(m.tick, m.year, {
    type: 'commissioner.abolished',
    commissioner: c.id,
    cause,
    reason: 'reform',
    detail: { successor: m.world.commissioners[successor]?.code ?? '' },
  });
}

/** Ends a contract, recording why (a reform's hand-over is not recorded: the reform is). */
export function endContract(m: Model, ct: Contract, reason: string, cause: number | null, record = true): void {
  if (!m.world.endContract(ct) || !record) return;
  m.events.record(m.tick, m.year, {
    type: 'contract.ended',
    commissioner: ct.commissioner,
    provider: ct.provider,
    contract: ct.id,
    cause,
    reason,
    value: contractValue(ct),
  });
}
