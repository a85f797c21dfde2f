// One row per organisation for the app's organisation table: what it is, where, who
// commissions it, its money, its trust and its waiting list. Read on demand (the table asks
// while it is shown), never packed into frames.
import type { NodeKind } from './api';
import type { FrameBuilder } from './frame';
import type { Model } from '../model/model';
import { contractValue } from '../model/contract';
import { contractPathways } from '../model/waiting';

export interface OrganisationTableRow {
  index: number;
  id: string;
  name: string;
  kind: NodeKind;
  area: string;
  /** The real ICB footprint's ODS code and its NHS England region; null for fictional areas. */
  areaCode: string | null;
  region: string | null;
  /** The commissioner it answers to: its own (practice), its largest (provider), its successor (abolished commissioner). */
  commissioner: string;
  /** £m a year: allocation (commissioner) or contracted income (provider); null for practices. */
  incomeM: number | null;
  /** Last year's result as a share of income (provider) or this year's balance as a share of allocation (commissioner). */
  margin: number | null;
  /** Mean trust over its live contracts (0–1), null without any. */
  trust: number | null;
  contracts: number;
  /** People waiting (RTT pathways) on its live contracts; null for practices. */
  waitingList: number | null;
  active: boolean;
}

const round = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;

export function organisationTableRows(m: Model, fb: FrameBuilder): OrganisationTableRow[] {
  const cat = fb.catalogue();
  const { commissioners, providers, practices } = m.world;
  const live = m.world.contracts.filter((k) => k.state !== 'ended');
  const byProvider = new Map<number, typeof live>();
  const byCommissioner = new Map<number, typeof live>();
  const add = (map: Map<number, typeof live>, key: number, k: (typeof live)[number]): void => {
    const list = map.get(key);
    if (list) list.push(k);
    else map.set(key, [k]);
  };
  for (const k of live) {
    add(byProvider, k.provider, k);
    add(byCommissioner, k.commissioner, k);
  }
  const sums = (ks: typeof live) => {
    let value = 0,
      waiting = 0,
      trust = 0,
      n = 0;
    for (const k of ks) {
      value += contractValue(k);
      waiting += contractPathways(k);
      const r = m.world.relationship(k.commissioner, k.provider);
      if (r) {
        trust += r.trust;
        n++;
      }
    }
    return { value, waiting: Math.round(waiting), trust: n ? round(trust / n, 3) : null };
  };
  return cat.nodes.map((node) => {
    const who = fb.entityOf(node.index)!;
    const base = {
      index: node.index,
      id: node.id,
      name: node.name,
      kind: node.kind,
      area: node.areaName,
      areaCode: node.areaCode,
      region: node.region,
    };
    if (who.kind === 'practice') {
      const p = practices[who.id];
      return {
        ...base,
        commissioner: commissioners[p.commissioner]?.name ?? '',
        incomeM: null,
        margin: null,
        trust: null,
        contracts: 0,
        waitingList: null,
        active: p.active,
      };
    }
    if (who.kind === 'provider') {
      const v = providers[who.id];
      const ks = byProvider.get(v.id) ?? [];
      const s = sums(ks);
      const main = ks.reduce<(typeof ks)[number] | null>(
        (a, k) => (!a || contractValue(k) > contractValue(a) ? k : a),
        null,
      );
      return {
        ...base,
        commissioner: main ? (commissioners[main.commissioner]?.name ?? '') : '',
        incomeM: round(s.value / 1e6, 1),
        margin: s.value > 0 ? round(v.surplus / s.value, 4) : null,
        trust: s.trust,
        contracts: ks.length,
        waitingList: s.waiting,
        active: v.status === 'active',
      };
    }
    const c = commissioners[who.id];
    const s = sums(byCommissioner.get(c.id) ?? []);
    return {
      ...base,
      commissioner: c.successor != null ? (commissioners[c.successor]?.name ?? '') : '',
      incomeM: round(c.allocation / 1e6, 1),
      margin: c.allocation > 0 ? round(c.balance / c.allocation, 4) : null,
      trust: s.trust,
      contracts: (byCommissioner.get(c.id) ?? []).length,
      waitingList: s.waiting,
      active: c.active,
    };
  });
}
