// The facilitator's injects: pick a kind, adjust its fields (sensible defaults), and inject it
// now (journalled with the run, in the feed and on the charts) or schedule it at a week or a
// story chapter of the scenario being edited (it then travels in the saved scenario file).
import type { UiContext } from '../engine/api';
import type { ScenarioEditor } from './editor';
import { h, newId } from './dom';
import {
  buildInject,
  DEFAULT_FIELDS,
  INJECT_KINDS,
  liveInjectsScheduled,
  RULE_PRESETS,
  scheduledAt,
  storyChapters,
  type InjectFields,
  type InjectKind,
} from './inject-forms';
import { injectWords } from './debrief-report';
import { nameLookup } from './decision-words';

export function createInjectPanel(ctx: UiContext, editor: ScenarioEditor): HTMLElement {
  const f: InjectFields = structuredClone(DEFAULT_FIELDS);
  const field = (label: string, control: HTMLElement, kinds: InjectKind[]): HTMLElement => {
    control.id ||= newId('qm-inj');
    const el = h(
      'div',
      { class: 'qm-field', 'data-kinds': kinds.join(' ') },
      h('label', { for: control.id, text: label }),
      control,
    );
    return el;
  };
  const number = (key: keyof InjectFields, step: number, testid: string) => {
    const input = h('input', {
      type: 'number',
      step,
      class: 'qm-num-input',
      'data-testid': testid,
      value: String(f[key]),
    });
    input.addEventListener('input', () => ((f as unknown as Record<string, number>)[key] = Number(input.value)));
    return input;
  };
  const kind = h(
    'select',
    { 'data-testid': 'inject-kind' },
    ...INJECT_KINDS.map((k) => h('option', { value: k.kind, text: k.label })),
  );
  const help = h('p', { class: 'qm-help' });
  const commissioner = h('select', { 'data-testid': 'inject-commissioner' });
  const provider = h('select', { 'data-testid': 'inject-provider' });
  const inspection = h('input', { type: 'checkbox', checked: f.inspection, 'data-testid': 'inject-inspection' });
  const rule = h(
    'select',
    { 'data-testid': 'inject-rule' },
    ...RULE_PRESETS.map((p) => h('option', { value: p.id, text: p.label })),
  );
  const label = h('input', {
    type: 'text',
    maxlength: 200,
    placeholder: 'e.g. “The 2025 squeeze”',
    'data-testid': 'inject-label',
  });
  commissioner.addEventListener('change', () => (f.commissioner = commissioner.value));
  provider.addEventListener('change', () => (f.provider = provider.value));
  inspection.addEventListener('change', () => (f.inspection = inspection.checked));
  rule.addEventListener('change', () => (f.rule = rule.value as InjectFields['rule']));
  label.addEventListener('input', () => (f.label = label.value));

  const fields = [
    field('Change (%; negative cuts)', number('changePct', 0.5, 'inject-change'), ['funding', 'tariff']),
    field('Cash (£m)', number('amountM', 1, 'inject-amount'), ['cash']),
    field('To', commissioner, ['cash']),
    field('Provider', provider, ['provider-crisis']),
    field('Sudden cost (£m)', number('deficitM', 1, 'inject-deficit'), ['provider-crisis']),
    h(
      'div',
      { class: 'qm-field', 'data-kinds': 'provider-crisis' },
      h('label', {}, inspection, ' A failed inspection (quality falls)'),
    ),
    field('For (weeks)', number('weeks', 1, 'inject-weeks'), ['winter-surge', 'pandemic']),
    field('Extra emergency demand (%)', number('extraPct', 1, 'inject-extra'), ['winter-surge']),
    field('Planned-care capacity left (%)', number('capacityPct', 5, 'inject-capacity'), ['pandemic']),
    field('Rule', rule, ['rule']),
  ];
  const when = h('select', { 'data-testid': 'inject-when', 'aria-label': 'When' });
  const atYear = h('input', {
    type: 'number',
    min: 1,
    step: 1,
    value: 1,
    class: 'qm-num-input',
    'aria-label': 'Year of the run',
  });
  const atWeek = h('input', {
    type: 'number',
    min: 0,
    max: 51,
    step: 1,
    value: 0,
    class: 'qm-num-input',
    'aria-label': 'Week of that year (0 = first week of April)',
  });
  const atBox = h('div', { class: 'qm-row' }, 'Year ', atYear, ' week ', atWeek);
  const sync = (): void => {
    f.kind = kind.value as InjectKind;
    help.textContent = INJECT_KINDS.find((k) => k.kind === f.kind)!.help;
    for (const el of fields) el.hidden = !el.dataset.kinds!.split(' ').includes(f.kind);
    atBox.hidden = when.value !== 'week';
  };
  kind.addEventListener('change', sync);
  when.addEventListener('change', sync);

  const fillOrganisations = (): void => {
    const nodes = ctx.current().catalogue?.nodes ?? [];
    const opts = (list: typeof nodes, none: string) => [
      h('option', { value: '', text: none }),
      ...list.map((n) => h('option', { value: n.id, text: `${n.name} (${n.id})` })),
    ];
    commissioner.replaceChildren(
      ...opts(
        nodes.filter((n) => n.kind === 'commissioner'),
        'All commissioners, by population',
      ),
    );
    provider.replaceChildren(
      ...opts(
        nodes.filter((n) => n.kind !== 'commissioner' && n.kind !== 'practice'),
        'The largest acute trust',
      ),
    );
    commissioner.value = f.commissioner;
    provider.value = f.provider;
    const chapters = storyChapters(editor.scenario);
    when.replaceChildren(
      h('option', { value: 'now', text: 'Now, in the running simulation' }),
      h('option', { value: 'week', text: 'Scheduled in the scenario, at a week…' }),
      ...chapters.map((c, i) =>
        h('option', { value: `chapter:${i}`, text: `Scheduled at the story chapter “${c.title}”` }),
      ),
    );
    sync();
  };
  ctx.onCatalogue(fillOrganisations);

  const apply = h('button', {
    type: 'button',
    class: 'qm-btn qm-primary',
    'data-testid': 'inject-apply',
    text: 'Inject',
    onclick: async () => {
      const built = buildInject(f);
      if (!built.ok) return ctx.notify(built.message, 'error');
      const words = injectWords(built.inject, nameLookup(ctx.current().catalogue?.nodes));
      if (when.value === 'now') {
        try {
          await ctx.api.inject(built.inject);
          ctx.notify(`Injected ${words}.`);
        } catch (e) {
          ctx.notify(`The inject was not applied: ${e instanceof Error ? e.message : String(e)}`, 'error');
        }
        return;
      }
      const chapter = when.value.startsWith('chapter:')
        ? storyChapters(editor.scenario)[Number(when.value.slice(8))]
        : null;
      const tick = chapter
        ? chapter.week
        : (Math.round(Number(atYear.value)) - 1) * 52 + Math.round(Number(atWeek.value));
      if (!(tick >= 0) || tick >= editor.scenario.years * 52)
        return ctx.notify(`Schedule it within the run’s ${editor.scenario.years} years.`, 'error');
      const s = scheduledAt(tick, built.inject);
      editor.edit(`Schedule ${words}`, (d) => void (d.injects ??= []).push(s as never));
      ctx.notify(
        `Scheduled ${words} in year ${s.year}, week ${s.week ?? 0}. Restart (Scenario tab) to run it; save the scenario to keep it.`,
      );
    },
  });
  const keep = h('button', {
    type: 'button',
    class: 'qm-btn',
    'data-testid': 'inject-keep',
    text: 'Add the live injects to the scenario',
    title:
      'Schedules the injects made during this run at their weeks in the scenario being edited (save it from the Scenario tab)',
    onclick: async () => {
      const live = liveInjectsScheduled(await ctx.api.interventions());
      if (!live.length) return ctx.notify('No inject has been made in this run yet.');
      editor.edit(`Schedule ${live.length} live injects`, (d) => void (d.injects ??= []).push(...(live as never[])));
      ctx.notify(`${live.length} injects added to the scenario at their weeks. Save it from the Scenario tab.`);
    },
  });
  fillOrganisations();
  return h(
    'fieldset',
    { class: 'qm-fieldset', 'data-testid': 'inject' },
    h('legend', { text: 'The facilitator’s injects' }),
    field(
      'Event',
      kind,
      INJECT_KINDS.map((k) => k.kind),
    ),
    help,
    ...fields,
    field(
      'Label in the feed (optional)',
      label,
      INJECT_KINDS.map((k) => k.kind),
    ),
    h('div', { class: 'qm-field' }, when, atBox),
    h('div', { class: 'qm-row' }, apply, keep),
  );
}
