// The Charts tab: weekly (this year so far) or yearly view of the key metrics; each chart
// saves as PNG or SVG, and the yearly figures as CSV.
import { CHARTS, LiveChart, type ChartMode } from './charts';
import type { SeriesStore } from './series';
import { chartPng, chartSvg } from './chart-export';
import { download, yearlyCsv } from './exports';
import { h, throttle } from './dom';

export interface ChartsPanelOptions {
  runYears: () => number;
  /** File name stem ("icb-2022-seed3-wk57") and a one-line description of the run, for saved files. */
  stem: () => string;
  caption: () => string;
  notify: (message: string, tone?: 'info' | 'error') => void;
}

export function createChartsPanel(
  store: SeriesStore,
  o: ChartsPanelOptions,
): { el: HTMLElement; changed(): void; rebuild(): void } {
  const charts = CHARTS.map((spec) => new LiveChart(spec, store, o.runYears));
  for (const c of charts)
    c.onExport = (kind) => {
      const name = `${o.stem()}-${c.spec.id}-${c.chartMode}`;
      if (kind === 'svg') download(`${name}.svg`, chartSvg(c.spec, c.data(), o.caption()), 'image/svg+xml');
      else if (c.plot)
        chartPng(c.spec, c.plot, o.caption()).then(
          (b) => download(`${name}.png`, b),
          (e: unknown) =>
            o.notify(`The chart could not be saved: ${e instanceof Error ? e.message : String(e)}`, 'error'),
        );
    };
  const modeButtons = (['weekly', 'yearly'] as ChartMode[]).map((mode) =>
    h('button', {
      type: 'button',
      class: 'qm-seg',
      'aria-pressed': String(mode === 'weekly'),
      'data-mode': mode,
      text: mode === 'weekly' ? 'This year so far (weekly)' : 'Whole years',
      onclick: () => {
        for (const b of modeButtons) b.setAttribute('aria-pressed', String(b.dataset.mode === mode));
        for (const c of charts) c.setMode(mode);
      },
    }),
  );
  const csv = h('button', {
    type: 'button',
    class: 'qm-btn',
    'data-testid': 'export-csv',
    text: 'Yearly figures (CSV)',
    title: 'Save every yearly figure of this run so far as CSV, the same columns as the command line’s',
    onclick: () => download(`${o.stem()}-yearly.csv`, yearlyCsv(store.years)),
  });
  const el = h(
    'div',
    { class: 'qm-charts' },
    h('div', { class: 'qm-segs', role: 'group', 'aria-label': 'Chart period' }, ...modeButtons),
    h('div', { class: 'qm-row' }, csv),
    h('p', {
      class: 'qm-help',
      text: 'Dashed white lines mark reforms, dotted yellow ones the facilitator’s injects. Hover a chart to read values.',
    }),
    ...charts.map((c) => c.el),
  );
  // At most four redraws a second, whatever the frame rate; invisible charts skip theirs.
  const redraw = throttle(() => {
    for (const c of charts) c.update();
  }, 250);
  return {
    el,
    changed: redraw,
    rebuild: () => {
      for (const c of charts) c.rebuild();
    },
  };
}
