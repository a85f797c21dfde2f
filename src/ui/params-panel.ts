// The parameter panel: every parameter of the registry, grouped, each with its meaning, unit,
// range and (on hover) its source. Dragging a slider changes the running simulation live; the
// change becomes one undoable step when the slider is released.
import { PARAMETERS, type ParamSpec } from '../model/index';
import type { ScenarioEditor } from './editor';
import { effectiveParam, setParamRecipe } from './scenario-edit';
import { coerceParamValue, formatParamValue, paramStep } from './format';
import { h, newId, throttle } from './dom';
import { annotate, termElement } from './glossary';
import { TERMS, UNIT_WORDS } from './glossary-terms';

/** A parameter's unit in words; jargon units (log β, log-odds…) explained on hover and focus. */
function unitElement(unit: string): HTMLElement {
  const words = UNIT_WORDS[unit] ?? unit;
  const term = TERMS.find((t) => t.forms.includes(unit));
  return term
    ? h('span', { class: 'qm-unit' }, termElement(words, term))
    : h('span', { class: 'qm-unit', text: words });
}

interface Row {
  spec: ParamSpec;
  el: HTMLElement;
  slider: HTMLInputElement;
  number: HTMLInputElement;
  reset: HTMLButtonElement;
}

export function createParamsPanel(editor: ScenarioEditor): HTMLElement {
  const rows: Row[] = [];
  const groups = new Map<string, ParamSpec[]>();
  for (const s of PARAMETERS) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);

  const commit = (spec: ParamSpec, value: number): void => {
    const before = effectiveParam(editor.scenario, spec.id);
    editor.edit(
      `${spec.label}: ${formatParamValue(spec, before)} → ${formatParamValue(spec, value)}`,
      setParamRecipe(spec.id, value),
    );
    sync();
  };

  function row(spec: ParamSpec): Row {
    const id = newId('qm-param');
    const step = paramStep(spec);
    const meaningId = `${id}-meaning`;
    const described = `${meaningId} ${id}-source`;
    const slider = h('input', {
      type: 'range',
      min: spec.min,
      max: spec.max,
      step,
      'aria-label': `${spec.label} (${UNIT_WORDS[spec.unit] ?? spec.unit})`,
      'aria-describedby': described,
      'data-param': spec.id,
    });
    const number = h('input', {
      type: 'number',
      id,
      class: 'qm-num-input',
      min: spec.min,
      max: spec.max,
      step,
      'aria-describedby': described,
      'data-param': spec.id,
    });
    const reset = h('button', {
      type: 'button',
      class: 'qm-icon qm-reset',
      text: '↺',
      title: `Back to the default (${formatParamValue(spec, spec.default)})`,
      'aria-label': `Reset ${spec.label} to its default, ${formatParamValue(spec, spec.default)}`,
      onclick: () => commit(spec, spec.default),
    });
    // While dragging: show the value and send it live, at most ten times a second.
    let dragValue = NaN;
    const sendLive = throttle(() => editor.sendParam(spec.id, dragValue), 100);
    slider.addEventListener('input', () => {
      dragValue = Number(slider.value);
      number.value = formatParamValue(spec, dragValue);
      sendLive();
    });
    slider.addEventListener('change', () => {
      sendLive.cancel();
      commit(spec, Number(slider.value));
    });
    number.addEventListener('change', () => {
      const v = coerceParamValue(spec, number.value);
      if (v === null) {
        number.value = formatParamValue(spec, effectiveParam(editor.scenario, spec.id));
        return;
      }
      commit(spec, v);
    });
    const el = h(
      'div',
      { class: 'qm-param', 'data-param': spec.id, title: `Source: ${spec.source}` },
      h(
        'div',
        { class: 'qm-param-head' },
        h('label', { for: id, class: 'qm-param-label', text: spec.label }),
        unitElement(spec.unit),
        reset,
      ),
      h('p', { class: 'qm-meaning', id: meaningId, text: spec.meaning }),
      h('span', {
        class: 'qm-sr',
        id: `${id}-source`,
        text: `Range ${formatParamValue(spec, spec.min)} to ${formatParamValue(spec, spec.max)}, default ${formatParamValue(spec, spec.default)}. Source: ${spec.source}`,
      }),
      h(
        'div',
        { class: 'qm-param-controls' },
        h('span', { class: 'qm-range', 'aria-hidden': 'true', text: formatParamValue(spec, spec.min) }),
        slider,
        h('span', { class: 'qm-range', 'aria-hidden': 'true', text: formatParamValue(spec, spec.max) }),
        number,
      ),
    );
    return { spec, el, slider, number, reset };
  }

  function sync(): void {
    const s = editor.scenario;
    for (const r of rows) {
      const v = effectiveParam(s, r.spec.id);
      const text = formatParamValue(r.spec, v);
      if (document.activeElement !== r.number || r.number.value !== text) r.number.value = text;
      r.slider.value = String(v);
      const changed = v !== r.spec.default;
      r.el.classList.toggle('qm-changed', changed);
      r.reset.hidden = !changed;
    }
    for (const [g, el] of groupEls) {
      const n = groups.get(g)!.filter((p) => effectiveParam(s, p.id) !== p.default).length;
      el.textContent = n ? `${n} changed` : '';
    }
  }

  const groupEls = new Map<string, HTMLElement>();
  const sections = [...groups].map(([group, specs], i) => {
    const badge = h('span', { class: 'qm-badge' });
    groupEls.set(group, badge);
    const r = specs.map(row);
    rows.push(...r);
    return h(
      'details',
      { class: 'qm-group', open: i === 0 },
      h('summary', {}, h('span', { text: `${group} (${specs.length})` }), ' ', badge),
      ...r.map((x) => x.el),
    );
  });

  const filter = h('input', {
    type: 'search',
    class: 'qm-param-filter',
    placeholder: 'Find a parameter…',
    'aria-label': 'Find a parameter',
  });
  filter.addEventListener('input', () => {
    const q = filter.value.trim().toLowerCase();
    for (const r of rows) {
      r.el.hidden = q !== '' && !`${r.spec.label} ${r.spec.meaning} ${r.spec.id}`.toLowerCase().includes(q);
    }
    for (const sec of sections) {
      const any = [...sec.querySelectorAll<HTMLElement>('.qm-param')].some((e) => !e.hidden);
      sec.hidden = !any;
      if (q) (sec as HTMLDetailsElement).open = any;
    }
  });

  editor.onChange(sync);
  sync();
  for (const r of rows) annotate(r.el.querySelector('.qm-meaning')!);
  return h(
    'div',
    { class: 'qm-params' },
    h('p', {
      class: 'qm-help',
      text: 'Changes apply at once to the running simulation and can be undone (Ctrl+Z). Hover a parameter to see where its value comes from.',
    }),
    filter,
    ...sections,
  );
}
