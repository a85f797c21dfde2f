// A facilitator's injects: changes to the world mid-run, the way the King's Fund's Windmill
// facilitators changed the rules between rounds. Each is data (it travels in the scenario file
// and in a run's journal), applied at a week, and recorded as an event the feed, the charts'
// markers and the debrief show.
import { z } from 'zod';
import { EXTERNAL, CENTRE } from './ledger';
import type { Model } from './model';
import { regimeOverrideSchema } from './regime-schema';
import { checkParam } from './params';
import { LINE_COUNT } from './types';

const share = (lo: number, hi: number) => z.number().min(lo).max(hi);
const label = z.string().max(200).optional();
const code = z.string().max(20);

export const injectSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('funding'), change: share(-0.5, 0.5), label })
    .strict()
    .describe('Allocations per head change by this share from now on (−0.03: a 3% squeeze)'),
  z
    .object({ kind: z.literal('cash'), amount: z.number().positive().max(1e11), commissioner: code.optional(), label })
    .strict()
    .describe('A one-off cash injection to commissioners (all, by population, or the one named by code), £'),
  z
    .object({ kind: z.literal('tariff'), change: share(-0.5, 0.5), label })
    .strict()
    .describe('National prices, and activity-paid contracts with them, change by this share now'),
  z
    .object({
      kind: z.literal('provider-crisis'),
      provider: code.optional(),
      deficit: z.number().min(0).max(1e10).optional(),
      inspection: z.boolean().optional(),
      label,
    })
    .strict()
    .describe(
      "A provider's sudden cost (£) and/or failed inspection (quality falls); default: the largest acute trust",
    ),
  z
    .object({ kind: z.literal('winter-surge'), weeks: z.int().min(1).max(52), extra: share(0, 2), label })
    .strict()
    .describe('Emergency demand rises by this share for some weeks'),
  z
    .object({ kind: z.literal('pandemic'), weeks: z.int().min(1).max(104), electiveCapacity: share(0, 1), label })
    .strict()
    .describe('Planned care runs at this share of its capacity for some weeks (infection control)'),
  z
    .object({
      kind: z.literal('rule'),
      label: z.string().min(1).max(200),
      rules: regimeOverrideSchema.optional(),
      params: z.record(z.string(), z.number()).optional(),
    })
    .strict()
    .describe('A new rule: regime rules (control totals, procurement) and/or parameters (a ban on arbitration)'),
]);
export type Inject = z.infer<typeof injectSchema>;

/** A shock while it lasts: multipliers on emergency demand and on planned-care capacity. */
export interface Shock {
  until: number;
  emergency: number;
  elective: number;
}

/** Product of the shocks in force this week. */
export function shockNow(m: Model): { emergency: number; elective: number } {
  let emergency = 1;
  let elective = 1;
  for (const s of m.shocks)
    if (m.tick < s.until) {
      emergency *= s.emergency;
      elective *= s.elective;
    }
  return { emergency, elective };
}

const DEFAULT_LABEL: Record<Inject['kind'], string> = {
  funding: 'a funding squeeze',
  cash: 'a one-off cash injection',
  tariff: 'a tariff change',
  'provider-crisis': 'a provider in crisis',
  'winter-surge': 'a winter surge',
  pandemic: 'a pandemic stops elective work',
  rule: 'a new rule',
};

export function applyInject(m: Model, inject: Inject, why: string): void {
  const { world } = m;
  let provider: number | null = null;
  let commissioner: number | null = null;
  let value: number | null = null;
  switch (inject.kind) {
    case 'funding':
      m.economy.allocationPerHead *= 1 + inject.change;
      m.economy.refreshAllocations();
      break;
    case 'cash': {
      const to = world.commissioners.filter(
        (c) => c.active && c.kind !== 'fundholder' && (!inject.commissioner || c.code === inject.commissioner),
      );
      if (to.length === 0) throw new Error(`inject: no active commissioner ${inject.commissioner ?? ''}`.trim());
      const pop = to.reduce((s, c) => s + c.population, 0);
      for (const c of to) {
        const x = (inject.amount * c.population) / Math.max(1, pop);
        m.ledger.transfer(CENTRE, c.account, x);
        c.balance += x;
      }
      if (to.length === 1) commissioner = to[0].id;
      value = inject.amount;
      break;
    }
    case 'tariff':
      for (let l = 0; l < LINE_COUNT; l++) m.economy.prices[l] *= 1 + inject.change;
      for (const ct of world.contracts) {
        if (ct.state === 'ended' || ct.form === 'block' || ct.form === 'capitated') continue;
        for (let l = 0; l < LINE_COUNT; l++)
          if (ct.lineValue[l] > 0)
            world.adjustLine(ct, l, ct.lineValue[l] * (1 + inject.change), ct.lineVolume[l], true);
      }
      break;
    case 'provider-crisis': {
      const p = inject.provider
        ? world.providers.find((x) => x.code === inject.provider && x.status === 'active')
        : world.providers
            .filter((x) => x.status === 'active' && x.type === 'acute')
            .sort((a, b) => b.income - a.income || a.id - b.id)[0];
      if (!p) throw new Error(`inject: no active provider ${inject.provider ?? '(acute trust)'}`);
      if (inject.deficit) {
        m.ledger.transfer(p.account, EXTERNAL, inject.deficit);
        p.costs += inject.deficit;
      }
      if (inject.inspection) p.quality = Math.max(0, p.quality - 0.15);
      provider = p.id;
      value = inject.deficit ?? null;
      break;
    }
    case 'winter-surge':
      m.shocks.push({ until: m.tick + inject.weeks, emergency: 1 + inject.extra, elective: 1 });
      break;
    case 'pandemic':
      m.shocks.push({ until: m.tick + inject.weeks, emergency: 1, elective: inject.electiveCapacity });
      break;
    case 'rule': {
      const params = Object.entries(inject.params ?? {});
      for (const [id, v] of params) {
        const err = checkParam(id, v);
        if (err) throw new Error(`inject: ${err}`);
      }
      if (inject.rules) m.changeRules(inject.rules);
      for (const [id, v] of params) m.setParam(id, v);
      break;
    }
  }
  const { kind, label: text, ...facts } = inject;
  const detail: Record<string, number | string | boolean> = { kind, label: text ?? DEFAULT_LABEL[kind] };
  for (const [k, v] of Object.entries(facts))
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') detail[k] = v;
  m.events.record(m.tick, m.year, { type: 'inject.applied', provider, commissioner, value, reason: why, detail });
}
