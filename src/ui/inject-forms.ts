// The facilitator's injects as forms (pure): each kind with sensible defaults, the presets of a
// new rule, the inject built from what was typed (percentages and £m as people type them), and
// live injects turned into scheduled ones for the scenario file.
import type { Inject, Intervention, Scenario } from '../engine/api';
import { REGIMES } from '../model/index';

export type InjectKind = Inject['kind'];
export type ScheduledInject = NonNullable<Scenario['injects']>[number];

/** What the form holds, as typed: percentages as percent, money in £m. */
export interface InjectFields {
  kind: InjectKind;
  /** Funding or tariff change, % (−3: a 3% cut). */
  changePct: number;
  /** Cash, £m. */
  amountM: number;
  /** Commissioner code for cash ('' = all, by population). */
  commissioner: string;
  /** Provider code in crisis ('' = the largest acute trust). */
  provider: string;
  deficitM: number;
  inspection: boolean;
  weeks: number;
  /** Winter surge: extra emergency demand, %. */
  extraPct: number;
  /** Pandemic: planned care capacity left, %. */
  capacityPct: number;
  rule: RulePresetId;
  label: string;
}

export const INJECT_KINDS: { kind: InjectKind; label: string; help: string }[] = [
  { kind: 'funding', label: 'Funding squeeze', help: 'Allocations per head change from now on.' },
  { kind: 'cash', label: 'One-off cash', help: 'A cash injection to one commissioner or all (by population).' },
  { kind: 'tariff', label: 'Tariff change', help: 'National prices, and contracts paid by activity, change now.' },
  { kind: 'provider-crisis', label: 'Provider in crisis', help: 'A sudden cost and/or a failed inspection.' },
  { kind: 'winter-surge', label: 'Winter surge', help: 'Emergency demand rises for some weeks.' },
  { kind: 'pandemic', label: 'Pandemic', help: 'Planned care runs at a share of its capacity (infection control).' },
  { kind: 'rule', label: 'New rule', help: 'Control totals, a ban on arbitration, new procurement rules.' },
];

export type RulePresetId = 'provider-control-totals' | 'system-control-totals' | 'no-arbitration' | 'psr';
export const RULE_PRESETS: { id: RulePresetId; label: string; build(): Inject }[] = [
  {
    id: 'provider-control-totals',
    label: 'Control totals per trust',
    build: () => ({
      kind: 'rule',
      label: 'control totals per trust',
      rules: { finance: { controlTotals: 'provider' } },
    }),
  },
  {
    id: 'system-control-totals',
    label: 'System control totals (surpluses and deficits pooled by area)',
    build: () => ({
      kind: 'rule',
      label: 'system control totals',
      rules: {
        finance: { controlTotals: 'system' },
        collaboration: { systemPooling: REGIMES['icb-2022'].collaboration.systemPooling },
      },
    }),
  },
  {
    id: 'no-arbitration',
    label: 'Ban on arbitration (failed mediations roll over)',
    build: () => ({ kind: 'rule', label: 'a ban on arbitration', params: { 'dispute.escalationPropensity': 0 } }),
  },
  {
    id: 'psr',
    label: 'Provider Selection Regime procurement rules',
    build: () => ({
      kind: 'rule',
      label: 'the Provider Selection Regime',
      rules: { procurement: structuredClone(REGIMES['icb-2022'].procurement) },
    }),
  },
];

export const DEFAULT_FIELDS: InjectFields = {
  kind: 'funding',
  changePct: -3,
  amountM: 10,
  commissioner: '',
  provider: '',
  deficitM: 20,
  inspection: true,
  weeks: 12,
  extraPct: 15,
  capacityPct: 30,
  rule: 'provider-control-totals',
  label: '',
};

/** The inject the form describes, or what is wrong with it (in words). */
export function buildInject(f: InjectFields): { ok: true; inject: Inject } | { ok: false; message: string } {
  const label = f.label.trim() ? { label: f.label.trim().slice(0, 200) } : {};
  const num = (v: number, lo: number, hi: number, what: string): string | null =>
    Number.isFinite(v) && v >= lo && v <= hi ? null : `${what} must be from ${lo} to ${hi}`;
  const fail = (message: string) => ({ ok: false as const, message });
  switch (f.kind) {
    case 'funding':
    case 'tariff': {
      const bad = num(f.changePct, -50, 50, 'The change (%)');
      return bad ? fail(bad) : { ok: true, inject: { kind: f.kind, change: f.changePct / 100, ...label } };
    }
    case 'cash': {
      const bad = num(f.amountM, 0.001, 100000, 'The cash (£m)');
      if (bad) return fail(bad);
      const to = f.commissioner ? { commissioner: f.commissioner } : {};
      return { ok: true, inject: { kind: 'cash', amount: Math.round(f.amountM * 1e6), ...to, ...label } };
    }
    case 'provider-crisis': {
      const bad = num(f.deficitM, 0, 10000, 'The sudden cost (£m)');
      if (bad) return fail(bad);
      if (!(f.deficitM > 0) && !f.inspection) return fail('A crisis needs a sudden cost or a failed inspection');
      return {
        ok: true,
        inject: {
          kind: 'provider-crisis',
          ...(f.provider && { provider: f.provider }),
          ...(f.deficitM > 0 && { deficit: Math.round(f.deficitM * 1e6) }),
          ...(f.inspection && { inspection: true }),
          ...label,
        },
      };
    }
    case 'winter-surge': {
      const bad = num(f.weeks, 1, 52, 'Weeks') ?? num(f.extraPct, 0, 200, 'The extra demand (%)');
      if (bad || !Number.isInteger(f.weeks)) return fail(bad ?? 'Weeks must be a whole number');
      return { ok: true, inject: { kind: 'winter-surge', weeks: f.weeks, extra: f.extraPct / 100, ...label } };
    }
    case 'pandemic': {
      const bad = num(f.weeks, 1, 104, 'Weeks') ?? num(f.capacityPct, 0, 100, 'The capacity left (%)');
      if (bad || !Number.isInteger(f.weeks)) return fail(bad ?? 'Weeks must be a whole number');
      return {
        ok: true,
        inject: { kind: 'pandemic', weeks: f.weeks, electiveCapacity: f.capacityPct / 100, ...label },
      };
    }
    case 'rule': {
      const preset = RULE_PRESETS.find((p) => p.id === f.rule) ?? RULE_PRESETS[0];
      const inject = preset.build();
      return { ok: true, inject: f.label.trim() && inject.kind === 'rule' ? { ...inject, ...label } : inject };
    }
  }
}

/** An inject at a week of the run, as the scenario file schedules it (year 1 = the first). */
export function scheduledAt(tick: number, inject: Inject): ScheduledInject {
  const week = tick % 52;
  return { year: Math.floor(tick / 52) + 1, ...(week > 0 && { week }), inject };
}

/** The live injects of a journal, scheduled at the weeks they were made. */
export function liveInjectsScheduled(journal: readonly Intervention[]): ScheduledInject[] {
  return journal.flatMap((iv) => (iv.kind === 'inject' ? [scheduledAt(iv.tick, iv.inject)] : []));
}

/** A story's chapters (week and title), where the scenario tells a story; [] otherwise. */
export function storyChapters(s: Scenario): { week: number; title: string }[] {
  return (s.story ?? []).map((c) => ({ week: c.week, title: c.title }));
}
