// Scenario editing: regime, scale, seed, years and the reform schedule; restart to apply.
// Save the edited scenario as a JSON file and load one back (checked against the schema).
import type { UiContext } from '../engine/api';
import {
  REGIMES,
  REGIME_IDS,
  SCALES,
  SCALE_IDS,
  MAX_SEED,
  MAX_YEARS,
  type RegimeId,
  type ScaleId,
} from '../model/index';
import type { ScenarioEditor } from './editor';
import {
  addReformRecipe,
  changedParams,
  removeReformRecipe,
  scenarioFileName,
  scenarioToJson,
  setFieldRecipe,
  updateReformRecipe,
} from './scenario-edit';
import { readScenarioText } from './scenario-file';
import { h, newId } from './dom';

const FIELD_NAMES: Record<string, string> = {
  regime: 'regime',
  scale: 'scale',
  seed: 'seed',
  years: 'years',
  reforms: 'reforms',
  injects: 'scheduled injects',
};

export function createScenarioPanel(ctx: UiContext, editor: ScenarioEditor): HTMLElement {
  const options = <T extends string>(ids: readonly T[], label: (id: T) => string) =>
    ids.map((id) => h('option', { value: id, text: label(id) }));
  const field = (label: string, control: HTMLElement, help?: string): HTMLElement => {
    const id = newId('qm-sc');
    control.id = id;
    return h(
      'div',
      { class: 'qm-field' },
      h('label', { for: id, text: label }),
      control,
      help ? h('p', { class: 'qm-help', text: help }) : null,
    );
  };

  const title = h('p', { class: 'qm-scenario-title' });
  const aboutText = h('p', { class: 'qm-help' });
  const about = h('details', { class: 'qm-about' }, h('summary', { text: 'About this scenario' }), aboutText);
  const regime = h('select', {}, ...options(REGIME_IDS, (id) => REGIMES[id].label));
  regime.addEventListener('change', () =>
    editor.edit(
      `Starting regime: ${REGIMES[regime.value as RegimeId].label}`,
      setFieldRecipe('regime', regime.value as RegimeId),
    ),
  );
  const regimeSummary = h('p', { class: 'qm-help' });
  const scale = h('select', {}, ...options(SCALE_IDS, (id) => SCALES[id].label));
  scale.addEventListener('change', () =>
    editor.edit(`Scale: ${scale.value}`, setFieldRecipe('scale', scale.value as ScaleId)),
  );
  const seed = h('input', { type: 'number', min: 0, max: MAX_SEED, step: 1, class: 'qm-num-input' });
  seed.addEventListener('change', () => {
    const v = Math.round(Number(seed.value));
    if (!Number.isFinite(v) || v < 0 || v > MAX_SEED) {
      ctx.notify(`Seed must be a whole number from 0 to ${MAX_SEED}`, 'error');
      sync();
      return;
    }
    editor.edit(`Seed: ${v}`, setFieldRecipe('seed', v));
  });
  const newSeed = h('button', {
    type: 'button',
    class: 'qm-btn',
    text: 'New seed',
    title: 'Pick another random seed (same rules, different chance events)',
    onclick: () => {
      const v = Math.floor(Math.random() * 100000);
      editor.edit(`Seed: ${v}`, setFieldRecipe('seed', v));
    },
  });
  const years = h('input', { type: 'number', min: 1, max: MAX_YEARS, step: 1, class: 'qm-num-input' });
  years.addEventListener('change', () => {
    const v = Math.round(Number(years.value));
    if (!Number.isFinite(v) || v < 1 || v > MAX_YEARS) {
      ctx.notify(`Years must be a whole number from 1 to ${MAX_YEARS}`, 'error');
      sync();
      return;
    }
    editor.edit(`Years: ${v}`, setFieldRecipe('years', v));
  });

  const reformList = h('ol', { class: 'qm-reforms', 'aria-label': 'Reform schedule' });
  const addRegime = h(
    'select',
    { 'aria-label': 'Regime of the reform to add' },
    ...options(REGIME_IDS, (id) => REGIMES[id].label),
  );
  addRegime.value = 'icb-2022';
  const add = h('button', {
    type: 'button',
    class: 'qm-btn',
    text: 'Add reform',
    onclick: () =>
      editor.edit(
        `Add reform: ${REGIMES[addRegime.value as RegimeId].label}`,
        addReformRecipe(addRegime.value as RegimeId),
      ),
  });

  const pending = h('p', { class: 'qm-pending', role: 'status' });
  const restart = h('button', {
    type: 'button',
    class: 'qm-btn qm-primary',
    text: 'Restart with these settings',
    onclick: () => {
      void editor.restart();
    },
  });

  const fileInput = h('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'qm-sr',
    tabindex: -1,
    'aria-hidden': 'true',
  });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const r = readScenarioText(await file.text(), file.name);
    if (!r.ok) {
      ctx.notify(r.message, 'error');
      return;
    }
    await editor.load(r.scenario, `Load ${file.name}`);
    ctx.notify(`Loaded ${file.name}`);
  });
  const save = h('button', {
    type: 'button',
    class: 'qm-btn',
    text: 'Save as file…',
    title: 'Download the edited scenario as JSON',
    onclick: () => {
      const blob = new Blob([scenarioToJson(editor.scenario)], { type: 'application/json' });
      const a = h('a', { href: URL.createObjectURL(blob), download: scenarioFileName(editor.scenario) });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    },
  });
  const load = h('button', {
    type: 'button',
    class: 'qm-btn',
    text: 'Load file…',
    title: 'Open a scenario JSON file',
    onclick: () => fileInput.click(),
  });

  function sync(): void {
    const s = editor.scenario;
    const edited = editor.pending().length > 0 || changedParams(s, editor.running).length > 0;
    title.textContent = (s.name ?? 'Custom scenario') + (edited ? ' (edited)' : '');
    about.hidden = !s.description;
    aboutText.textContent = s.description ?? '';
    regime.value = s.regime;
    regimeSummary.textContent = REGIMES[s.regime].summary;
    scale.value = s.scale;
    if (document.activeElement !== seed) seed.value = String(s.seed);
    if (document.activeElement !== years) years.value = String(s.years);
    const reforms = s.reforms ?? [];
    reformList.replaceChildren(
      ...reforms.map((r, i) => {
        const yearSel = h(
          'select',
          { 'aria-label': `Year of reform ${i + 1}` },
          ...Array.from({ length: s.years }, (_, y) => h('option', { value: y + 1, text: `Year ${y + 1}` })),
        );
        yearSel.value = String(r.year);
        yearSel.addEventListener('change', () =>
          editor.edit(`Reform ${i + 1} year: ${yearSel.value}`, updateReformRecipe(i, { year: Number(yearSel.value) })),
        );
        const regSel = h(
          'select',
          { 'aria-label': `Regime of reform ${i + 1}` },
          ...options(REGIME_IDS, (id) => REGIMES[id].label),
        );
        regSel.value = r.regime;
        regSel.addEventListener('change', () =>
          editor.edit(
            `Reform ${i + 1}: ${REGIMES[regSel.value as RegimeId].label}`,
            updateReformRecipe(i, { regime: regSel.value as RegimeId }),
          ),
        );
        const remove = h('button', {
          type: 'button',
          class: 'qm-icon',
          text: '✕',
          'aria-label': `Remove reform ${i + 1}`,
          onclick: () => editor.edit(`Remove reform ${i + 1}`, removeReformRecipe(i)),
        });
        return h('li', { class: 'qm-reform' }, yearSel, regSel, remove);
      }),
    );
    if (!reforms.length)
      reformList.replaceChildren(
        h('li', {
          class: 'qm-help',
          text: 'No scheduled reforms. Use “Reform now” in the toolbar for a reform mid-run.',
        }),
      );
    const p = editor.pending();
    pending.textContent = p.length
      ? `Changed: ${p.map((f) => FIELD_NAMES[f]).join(', ')}. Restart to apply.`
      : 'The running simulation uses these settings.';
    pending.classList.toggle('qm-attention', p.length > 0);
    restart.classList.toggle('qm-attention', p.length > 0);
    restart.textContent = p.length ? 'Restart with these settings' : 'Restart from the first week';
  }
  editor.onChange(sync);
  sync();

  return h(
    'div',
    { class: 'qm-scenario' },
    title,
    about,
    h('p', {
      class: 'qm-help',
      text: 'Parameters change the running simulation at once; these settings take effect when you restart.',
    }),
    field('Starting regime', regime),
    regimeSummary,
    field('Scale', scale),
    h('div', { class: 'qm-row' }, field('Seed', seed), newSeed, field('Years', years)),
    h(
      'fieldset',
      { class: 'qm-fieldset' },
      h('legend', { text: 'Reforms during the run' }),
      reformList,
      h('div', { class: 'qm-row' }, addRegime, add),
    ),
    pending,
    h('div', { class: 'qm-row' }, restart),
    h('div', { class: 'qm-row' }, save, load, fileInput),
  );
}
