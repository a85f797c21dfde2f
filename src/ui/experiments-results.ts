// The Experiments tab's results: pick a group (an ensemble, or one value of a sweep) as A and
// optionally another as B; for each metric shown, A's and B's fan charts side by side on one
// scale. A's experiment can be saved as the command line's tidy CSV and datapackage.json.
import { METRIC_NAMES } from '../engine/columns';
import { experimentCsv, experimentPackage, fanSeries, type Experiment } from '../engine/experiment';
import { fanRange, fanSvg } from './experiments-fan';
import { h, newId } from './dom';

/** Shown until another metric is chosen: money, disputes, trust, deficits and waits. */
export const HEADLINE_METRICS = [
  'spend_total_m',
  'transaction_cost_m',
  'arbitrations',
  'mean_trust',
  'nhs_trusts_in_deficit_share',
  'waiting_list',
];
const COLORS = ['#56b4e9', '#e69f00'];

interface Group {
  key: string;
  experiment: Experiment;
  point: number;
  label: string;
}

function groups(list: readonly Experiment[]): Group[] {
  return list.flatMap((e) =>
    e.points.map((values, point) => {
      const when = e.created.slice(0, 16).replace('T', ' ');
      const what = e.spec.vary ? ` · ${e.spec.vary.param} = ${values[e.spec.vary.param]}` : '';
      const s = e.scenario;
      return {
        key: `${e.id}/${point}`,
        experiment: e,
        point,
        label: `${when} · ${e.name} ${s.scale}, seed ${s.seed}, ${s.years} yr · ${e.spec.runs} runs${what}`,
      };
    }),
  );
}

export function fileStem(e: Experiment): string {
  return `${e.name}-${e.spec.kind}-${e.spec.runs}-runs-${e.created.slice(0, 19).replace(/[:T]/g, '-')}`;
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface ExperimentResults {
  el: HTMLElement;
  show(list: readonly Experiment[], select?: string): void;
}

export function createExperimentResults(onDelete: (id: string) => void): ExperimentResults {
  let all: Group[] = [];
  const pickA = h('select', { 'data-testid': 'experiment-a' });
  const pickB = h('select', { 'data-testid': 'experiment-b' });
  const metric = h(
    'select',
    { 'data-testid': 'experiment-metric' },
    h('option', { value: '', text: 'Headline metrics' }),
    ...METRIC_NAMES.filter((m) => m !== 'regime').map((m) => h('option', { value: m, text: m })),
  );
  const charts = h('div', { class: 'qm-exp-charts' });
  const label = (text: string, control: HTMLElement): HTMLElement => {
    control.id = newId('qm-exp');
    return h('div', { class: 'qm-field' }, h('label', { for: control.id, text }), control);
  };
  const current = (): Group | undefined => all.find((g) => g.key === pickA.value);
  const csvButton = h('button', {
    type: 'button',
    class: 'qm-btn',
    text: 'Save CSV',
    title: 'Every run, one row per year: the same file as npm run sim -- ensemble (or sweep) --out',
    'data-testid': 'experiment-csv',
    onclick: () => {
      const g = current();
      if (g) download(`${fileStem(g.experiment)}.csv`, experimentCsv(g.experiment), 'text/csv');
    },
  });
  const pkgButton = h('button', {
    type: 'button',
    class: 'qm-btn',
    text: 'Save datapackage.json',
    title: 'The Frictionless Data Package descriptor of the CSV: what made it, and its columns',
    'data-testid': 'experiment-datapackage',
    onclick: async () => {
      const g = current();
      if (!g) return;
      const name = `${fileStem(g.experiment)}.csv`;
      const pkg = await experimentPackage(g.experiment, experimentCsv(g.experiment), name);
      download('datapackage.json', JSON.stringify(pkg, null, 2) + '\n', 'application/json');
    },
  });
  const deleteButton = h('button', {
    type: 'button',
    class: 'qm-btn',
    text: 'Delete',
    title: 'Forget experiment A in this browser',
    onclick: () => {
      const g = current();
      if (g) onDelete(g.experiment.id);
    },
  });
  const actions = h('div', { class: 'qm-row' }, csvButton, pkgButton, deleteButton);
  const empty = h('p', { class: 'qm-help', text: 'No experiments yet: run one above. They are kept in this browser.' });

  const draw = (): void => {
    const a = current();
    const b = all.find((g) => g.key === pickB.value);
    charts.replaceChildren();
    if (!a) return;
    const metrics = metric.value ? [metric.value] : HEADLINE_METRICS;
    for (const m of metrics) {
      const shown = [a, ...(b ? [b] : [])];
      const series = shown.map((g) => fanSeries(g.experiment, g.point, m));
      const range = fanRange(series);
      const row = h('div', { class: 'qm-exp-fan-row' });
      series.forEach((points, i) => {
        const fig = h('figure', { class: 'qm-exp-fan', 'data-testid': 'fan-chart', 'data-metric': m });
        fig.innerHTML = fanSvg(points, `${i === 0 ? 'A' : 'B'} · ${m}`, range, COLORS[i]);
        row.append(fig);
      });
      charts.append(row);
    }
  };
  for (const s of [pickA, pickB, metric]) s.addEventListener('change', draw);

  const el = h(
    'div',
    { class: 'qm-exp-results' },
    empty,
    h('div', { class: 'qm-exp-picks' }, label('A', pickA), label('B (beside A)', pickB), label('Metric', metric)),
    actions,
    h('p', { class: 'qm-help', text: 'Line: median of the runs; darker band: the middle 50%; lighter band: 90%.' }),
    charts,
  );
  return {
    el,
    show(list, select) {
      all = groups(list);
      const keepA = select ? `${select}/0` : pickA.value;
      const keepB = pickB.value;
      pickA.replaceChildren(...all.map((g) => h('option', { value: g.key, text: g.label })).reverse());
      pickB.replaceChildren(
        h('option', { value: '', text: '— none —' }),
        ...all.map((g) => h('option', { value: g.key, text: g.label })).reverse(),
      );
      pickA.value = all.some((g) => g.key === keepA) ? keepA : (all.at(-1)?.key ?? '');
      pickB.value = all.some((g) => g.key === keepB) ? keepB : '';
      empty.hidden = all.length > 0;
      for (const x of [pickA, pickB, metric, csvButton, pkgButton, deleteButton]) x.disabled = all.length === 0;
      draw();
    },
  };
}
