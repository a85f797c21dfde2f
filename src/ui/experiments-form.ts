// What to run in the Experiments tab: an ensemble (N runs of the scenario being edited) or a
// sweep of one parameter over a grid, N runs at each value. Numbers are read with the engine's
// parser, as the command line reads its flags; a bad field says what is wrong.
import { checkParam, PARAMETERS } from '../model/index';
import type { ExperimentSpec } from '../engine/experiment';
import { parseDecimal, parseWholeIn } from '../engine/numbers';
import { h, newId } from './dom';

export const MAX_EXPERIMENT_RUNS = 2000;

export interface ExperimentForm {
  el: HTMLElement;
  /** The experiment asked for, or what is wrong with the fields. */
  spec(): ExperimentSpec | string;
}

function field(label: string, control: HTMLElement): HTMLElement {
  const id = newId('qm-exp');
  control.id = id;
  return h('div', { class: 'qm-field' }, h('label', { for: id, text: label }), control);
}

export function createExperimentForm(): ExperimentForm {
  const kind = h(
    'select',
    { 'data-testid': 'experiment-kind' },
    h('option', { value: 'ensemble', text: 'Ensemble: runs of this scenario' }),
    h('option', { value: 'sweep', text: 'Sweep: one parameter over a range' }),
  );
  const runs = h('input', { type: 'number', min: 1, max: 1000, step: 1, value: 10, 'data-testid': 'experiment-runs' });
  const param = h(
    'select',
    { 'data-testid': 'experiment-param' },
    ...PARAMETERS.map((p) => h('option', { value: p.id, text: `${p.label} (${p.id})` })),
  );
  param.value = 'market.providerChoice';
  const from = h('input', {
    type: 'text',
    inputmode: 'decimal',
    value: '0',
    size: 6,
    'data-testid': 'experiment-from',
  });
  const to = h('input', { type: 'text', inputmode: 'decimal', value: '1', size: 6, 'data-testid': 'experiment-to' });
  const steps = h('input', { type: 'number', min: 2, max: 11, step: 1, value: 3, 'data-testid': 'experiment-steps' });
  const sweep = h(
    'div',
    { class: 'qm-exp-sweep' },
    field('Parameter', param),
    h('div', { class: 'qm-row' }, field('From', from), field('To', to), field('Values', steps)),
  );
  const sync = (): void => {
    sweep.hidden = kind.value !== 'sweep';
    const spec = PARAMETERS.find((p) => p.id === param.value);
    if (spec) param.title = `${spec.meaning} (${spec.unit}; ${spec.min} to ${spec.max})`;
  };
  kind.addEventListener('change', sync);
  param.addEventListener('change', () => {
    const spec = PARAMETERS.find((p) => p.id === param.value);
    if (spec) {
      from.value = String(spec.min);
      to.value = String(spec.max);
    }
    sync();
  });
  sync();

  const spec = (): ExperimentSpec | string => {
    const n = parseWholeIn(runs.value, 1, 1000);
    if (n === null) return `Runs must be a whole number from 1 to 1000, not "${runs.value}".`;
    if (kind.value !== 'sweep') return { kind: 'ensemble', runs: n };
    const id = param.value;
    const lo = parseDecimal(from.value);
    const hi = parseDecimal(to.value);
    const k = parseWholeIn(steps.value, 2, 11);
    if (lo === null || hi === null) return 'From and To must be plain numbers such as 0.2.';
    const bad = checkParam(id, lo) ?? checkParam(id, hi);
    if (bad) return bad;
    if (k === null) return 'Values must be a whole number from 2 to 11.';
    if (n * k > MAX_EXPERIMENT_RUNS) return `${n} runs × ${k} values is more than ${MAX_EXPERIMENT_RUNS} runs.`;
    return { kind: 'sweep', runs: n, vary: { param: id, from: lo, to: hi, steps: k } };
  };
  return {
    el: h('div', { class: 'qm-exp-form' }, field('Experiment', kind), field('Runs (at each value)', runs), sweep),
    spec,
  };
}
