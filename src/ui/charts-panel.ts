// The Charts tab: weekly (this year so far) or yearly view of the key metrics.
import { CHARTS, LiveChart, type ChartMode } from './charts';
import type { SeriesStore } from './series';
import { h, throttle } from './dom';

export function createChartsPanel(
  store: SeriesStore,
  runYears: () => number,
): { el: HTMLElement; changed(): void; rebuild(): void } {
  const charts = CHARTS.map((spec) => new LiveChart(spec, store, runYears));
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
  const el = h(
    'div',
    { class: 'qm-charts' },
    h('div', { class: 'qm-segs', role: 'group', 'aria-label': 'Chart period' }, ...modeButtons),
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
