// The Experiments tab: an ensemble or a one-parameter sweep of the scenario being edited
// (regime, scale, seed, years, reforms and parameters as the Scenario and Parameters tabs have
// them), run on a pool of Web Workers with a progress bar and cancel; results kept in this
// browser (IndexedDB), drawn as fan charts, two side by side, and saved as the command line's
// CSV (byte for byte `sim ensemble`/`sim sweep` for the same scenario and seeds) and its
// datapackage.json.
import './experiments.css';
import type { UiContext } from '../engine/api';
import type { Software } from '../engine/datapackage';
import { experimentJobs, experimentPoints, type Experiment } from '../engine/experiment';
import { parseScenario } from '../model/index';
import type { ScenarioEditor } from './editor';
import { createExperimentForm } from './experiments-form';
import { runPool, type PoolRun } from './experiments-pool';
import { createExperimentResults } from './experiments-results';
import { openExperimentStore, type ExperimentStore } from './experiments-store';
import { h } from './dom';

/** Version and commit of the build (vite.config.ts); absent in unit tests. */
declare const __QUASIMARKET_APP__: { version: string; commit: string | null; dirty: boolean | null } | undefined;

function software(): Software {
  const app = typeof __QUASIMARKET_APP__ === 'undefined' ? undefined : __QUASIMARKET_APP__;
  return {
    name: 'quasimarket',
    version: app?.version ?? 'unknown',
    commit: app?.commit ?? null,
    dirty: app?.dirty ?? null,
  };
}

export function createExperimentsPanel(ctx: UiContext, editor: ScenarioEditor): HTMLElement {
  const form = createExperimentForm();
  const about = h('p', { class: 'qm-help' });
  const describe = (): void => {
    const s = editor.scenario;
    const edited = Object.keys(s.params ?? {}).length;
    about.textContent = `Runs of the scenario being edited: ${s.id ?? s.regime}, ${s.scale} scale, root seed ${s.seed}, ${s.years} years${edited ? `, ${edited} parameter${edited === 1 ? '' : 's'} set` : ''}${s.reforms?.length ? `, ${s.reforms.length} reform${s.reforms.length === 1 ? '' : 's'}` : ''}. Run r has seed runSeed(${s.seed}, r), as in npm run sim -- ensemble.`;
  };
  editor.onChange(describe);
  ctx.onCatalogue(describe);
  describe();

  const progress = h('progress', { max: 1, value: 0, 'data-testid': 'experiment-progress', 'aria-label': 'Runs done' });
  const status = h('p', { class: 'qm-help', role: 'status', 'aria-live': 'polite' });
  const runButton = h('button', {
    type: 'button',
    class: 'qm-btn qm-primary',
    text: 'Run',
    'data-testid': 'experiment-run',
  });
  const cancelButton = h('button', {
    type: 'button',
    class: 'qm-btn',
    text: 'Cancel',
    disabled: true,
    'data-testid': 'experiment-cancel',
  });
  let store: ExperimentStore | null = null;
  let running: PoolRun | null = null;
  let list: Experiment[] = [];
  const results = createExperimentResults(async (id) => {
    list = list.filter((e) => e.id !== id);
    await store?.remove(id);
    results.show(list);
  });

  const ready = openExperimentStore().then(async (s) => {
    store = s;
    list = await s.all();
    results.show(list);
    if (!s.persistent)
      status.textContent = 'This browser refuses storage: experiments are kept until the page is closed.';
  });

  runButton.addEventListener('click', async () => {
    const spec = form.spec();
    if (typeof spec === 'string') return ctx.notify(spec, 'error');
    const parsed = parseScenario(JSON.parse(JSON.stringify(editor.scenario)));
    if (!parsed.ok) return ctx.notify(`The scenario cannot run: ${parsed.errors.slice(0, 2).join('; ')}`, 'error');
    const scenario = parsed.scenario;
    const name = scenario.id ?? 'scenario';
    const jobs = experimentJobs(scenario, name, spec);
    const exp: Experiment = {
      id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      created: new Date().toISOString(),
      name,
      scenario,
      spec,
      points: experimentPoints(spec),
      yearly: jobs.map(() => null),
      software: software(),
    };
    let done = 0;
    progress.max = jobs.length;
    progress.value = 0;
    status.textContent = `0 of ${jobs.length} runs…`;
    runButton.disabled = true;
    cancelButton.disabled = false;
    const started = performance.now();
    running = runPool(
      jobs.map((j) => j.scenario),
      (i, yearly) => {
        exp.yearly[i] = yearly;
        progress.value = ++done;
        status.textContent = `${done} of ${jobs.length} runs…`;
      },
    );
    try {
      const complete = await running.done;
      if (!complete) {
        status.textContent = `Cancelled after ${done} of ${jobs.length} runs; nothing kept.`;
        return;
      }
      await ready;
      list = [...list, exp];
      await store?.put(exp);
      results.show(list, exp.id);
      status.textContent = `${jobs.length} runs in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
    } catch (e) {
      status.textContent = '';
      ctx.notify(`The experiment failed: ${e instanceof Error ? e.message : String(e)}`, 'error');
    } finally {
      running = null;
      runButton.disabled = false;
      cancelButton.disabled = true;
    }
  });
  cancelButton.addEventListener('click', () => running?.cancel());

  return h(
    'div',
    { class: 'qm-experiments', 'data-testid': 'experiments' },
    about,
    form.el,
    h('div', { class: 'qm-row' }, runButton, cancelButton),
    progress,
    status,
    results.el,
  );
}
