// What the inspector shows about one organisation: key facts (formatted), its contracts with
// trust, a year-end history for charts and its recent events in plain English.
import type { FeedItem, Inspection, NodeKind } from './api';
import { edgeStateOf, type FrameBuilder } from './frame';
import { contractValue } from '../model/contract';
import { formatMoney } from './money';
import type { Model } from '../model/model';
import type { ModelEvent } from '../model/events';

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const num = (x: number): string => Math.round(x).toLocaleString('en-GB');
const m2 = (x: number): number => Math.round(x / 1e4) / 100;

export function inspect(m: Model, fb: FrameBuilder, index: number, recent = 15): Inspection | null {
  const who = fb.entityOf(index);
  if (!who) return null;
  const cat = fb.catalogue();
  const info = cat.nodes[index];
  const base = { index, id: info.id, name: info.name, kind: info.kind as NodeKind, areaName: info.areaName };
  let facts: [string, string][] = [];
  let contracts: Inspection['contracts'] = [];
  let history: Inspection['history'] = [];
  let match: (e: ModelEvent) => boolean = () => false;

  if (who.kind === 'commissioner') {
    const c = m.world.commissioners[who.id];
    facts = [
      ['Type', c.kind.toUpperCase() + (c.gpLed ? ' (GP-led)' : '')],
      [
        'Status',
        c.active
          ? `active since year ${c.createdYear}`
          : `abolished in year ${c.endedYear ?? '?'}${c.successor != null ? ` → ${m.world.commissioners[c.successor]?.name}` : ''}`,
      ],
      ['Population', num(c.population)],
      ['Allocation', `${formatMoney(c.allocation)} a year`],
      ['Balance this year', formatMoney(c.balance)],
      ['Carried over', formatMoney(c.carried)],
      ['Running costs', `${formatMoney(c.runningCosts)} a year`],
      ['Practices', String(c.practices.length)],
      ['Orientation', `${pct(c.orientation)} relational`],
      [
        'Capability',
        `procurement ${pct(c.procurement)}, contracting ${pct(c.contracting)}, actuarial ${pct(c.actuarial)}`,
      ],
    ];
    contracts = m.world.contracts
      .filter((k) => k.commissioner === c.id && k.state !== 'ended')
      .map((k) => ({
        counterpart: m.world.providers[k.provider]?.name ?? '?',
        counterpartIndex: fb.providerNode(k.provider),
        valueM: m2(contractValue(k)),
        form: k.form,
        state: edgeStateOf(k, m),
        trust: m.world.relationship(c.id, k.provider)?.trust ?? NaN,
      }));
    const trustByYear = meanTrustHistory(
      m,
      contracts.map((k) => k.counterpartIndex - fb.providerNode(0)),
      c.id,
      'commissioner',
    );
    history = m.records.commissioner(c.id).map((h) => ({
      year: h.year,
      trust: trustByYear.get(h.year) ?? null,
      surplusM: null,
      cashM: null,
      balanceM: m2(h.balance),
    }));
    match = (e) => e.commissioner === c.id;
  } else if (who.kind === 'provider') {
    const v = m.world.providers[who.id];
    const live = m.world.contracts.filter((k) => k.provider === v.id && k.state !== 'ended');
    facts = [
      ['Type', v.type + (v.foundation ? ' (foundation trust)' : '')],
      [
        'Status',
        v.status === 'active'
          ? `active since year ${v.createdYear}`
          : `${v.status} in year ${v.endedYear ?? '?'}${v.successor != null ? ` → ${m.world.providers[v.successor]?.name}` : ''}`,
      ],
      ['Contracted income', `${formatMoney(live.reduce((s, k) => s + contractValue(k), 0))} a year`],
      ['Income this year', formatMoney(v.income)],
      ['Costs this year', formatMoney(v.costs)],
      ['Last year surplus', formatMoney(v.surplus)],
      ['Cash', formatMoney(v.cash)],
      ['Debt', formatMoney(v.debt)],
      ['Bail-outs', String(v.bailouts)],
      ['Quality', pct(v.quality)],
      ['Profit motive', pct(v.profitMotive)],
    ];
    contracts = live.map((k) => ({
      counterpart: m.world.commissioners[k.commissioner]?.name ?? '?',
      counterpartIndex: fb.commissionerNode(k.commissioner),
      valueM: m2(contractValue(k)),
      form: k.form,
      state: edgeStateOf(k, m),
      trust: m.world.relationship(k.commissioner, v.id)?.trust ?? NaN,
    }));
    const trustByYear = meanTrustHistory(
      m,
      live.map((k) => k.commissioner),
      v.id,
      'provider',
    );
    history = m.records.provider(v.id).map((h) => ({
      year: h.year,
      trust: trustByYear.get(h.year) ?? null,
      surplusM: m2(h.surplus),
      cashM: m2(h.cash),
      balanceM: null,
    }));
    match = (e) => e.provider === v.id;
  } else {
    const p = m.world.practices[who.id];
    facts = [
      [
        'Status',
        p.active
          ? 'active'
          : `merged into ${p.mergedInto != null ? m.world.practices[p.mergedInto]?.name : 'a neighbour'}`,
      ],
      ['Commissioner', m.world.commissioners[p.commissioner]?.name ?? '?'],
      ['List size', num(p.listSize)],
      ['Primary care network', String(p.pcn)],
      ['GP federation', p.federation != null ? (m.world.providers[p.federation]?.name ?? '?') : 'none'],
      ['Case-mix index', p.caseMix.toFixed(2)],
      ['Referral rate', `${p.referralRate.toFixed(2)}× average`],
      [
        'Prevalence',
        `diabetes ${(p.diabetes * 100).toFixed(1)}%, stroke ${(p.stroke * 100).toFixed(1)}%, dementia ${(p.dementia * 100).toFixed(1)}%`,
      ],
    ];
    contracts = [
      {
        counterpart: m.world.commissioners[p.commissioner]?.name ?? '?',
        counterpartIndex: fb.commissionerNode(p.commissioner),
        valueM: 0,
        form: 'registered list',
        state: 'membership',
        trust: NaN,
      },
    ];
    match = (e) =>
      e.type === 'practice.merged' &&
      (e.detail.practice === p.id || e.detail.into === p.id || e.detail.mergedInto === p.id);
  }

  const evs = m.events.events;
  const found: FeedItem[] = [];
  for (let i = evs.length - 1; i >= 0 && found.length < recent; i--) if (match(evs[i])) found.push(fb.item(evs[i]));
  return { ...base, facts, contracts, history, recentEvents: found };
}

/** Mean year-end trust over an organisation's relationships, by simulated year. */
function meanTrustHistory(
  m: Model,
  partners: number[],
  self: number,
  side: 'commissioner' | 'provider',
): Map<number, number> {
  const sums = new Map<number, [number, number]>();
  for (const other of new Set(partners)) {
    const r = side === 'commissioner' ? m.world.relationship(self, other) : m.world.relationship(other, self);
    const h = r?.history ?? [];
    h.forEach((t, i) => {
      const year = r!.historyFrom + i;
      const s = sums.get(year) ?? [0, 0];
      s[0] += t;
      s[1]++;
      sums.set(year, s);
    });
  }
  return new Map([...sums].map(([y, [s, n]]) => [y, s / n]));
}
