// Live charts of the key weekly and yearly metrics (uPlot: canvas, small, fast). Data columns
// grow in place in a SeriesStore; a chart only redraws when it is visible, at most a few times
// a second, and draws a dashed line wherever a reform happened.
import uPlot from 'uplot';
import type { WeeklyKey, SeriesStore } from './series';
import type { YearMetrics } from '../model/index';
import { reformMarkers } from './chart-reforms';
import { formatMillions, financialYearLabel } from './format';
import { trim } from '../engine/money';
import { SERIES_CSS as C } from '../render/palette';
import { h, whenVisible } from './dom';
import { injectMarkers } from './inject-markers';

export type ChartMode = 'weekly' | 'yearly';
type Unit = 'money' | 'count' | 'share';

/** Money series are in £m, weekly (the engine's WeeklyPoint) as yearly (YearMetrics *_m). */
export interface SeriesSpec {
  label: string;
  colour: string;
  weekly: WeeklyKey;
  yearly: keyof YearMetrics;
}
export interface ChartSpec {
  id: string;
  title: string;
  help: string;
  unit: Unit;
  series: SeriesSpec[];
}

export const CHARTS: ChartSpec[] = [
  {
    id: 'spend',
    title: 'Spend by sector',
    unit: 'money',
    help: 'What commissioners paid each sector: this financial year so far (weekly) or each whole year.',
    series: [
      { label: 'Acute', colour: C.spendAcute, weekly: 'spendAcute', yearly: 'spend_acute_m' },
      { label: 'Community', colour: C.spendCommunity, weekly: 'spendCommunity', yearly: 'spend_community_m' },
      {
        label: 'Mental health',
        colour: C.spendMentalHealth,
        weekly: 'spendMentalHealth',
        yearly: 'spend_mental_health_m',
      },
      { label: 'Primary', colour: C.spendPrimary, weekly: 'spendPrimary', yearly: 'spend_primary_m' },
    ],
  },
  {
    id: 'transaction',
    title: 'Transaction costs',
    unit: 'money',
    help: 'Cost of specifying, negotiating, monitoring and enforcing contracts — the price of running a market.',
    series: [
      {
        label: 'Transaction costs',
        colour: C.transactionCost,
        weekly: 'transactionCost',
        yearly: 'transaction_cost_m',
      },
    ],
  },
  {
    id: 'disputes',
    title: 'Arbitrations and tenders',
    unit: 'count',
    help: 'Contracts decided by an arbiter, and services put out to competitive tender.',
    series: [
      { label: 'Arbitrations', colour: C.arbitrations, weekly: 'arbitrations', yearly: 'arbitrations' },
      { label: 'Tenders', colour: C.tenders, weekly: 'tenders', yearly: 'tenders' },
    ],
  },
  {
    id: 'trust',
    title: 'Mean trust',
    unit: 'share',
    help: 'Average trust between commissioners and their providers (0 = none, 1 = complete). Disputes erode it; kept promises build it.',
    series: [{ label: 'Mean trust', colour: C.trust, weekly: 'meanTrust', yearly: 'mean_trust' }],
  },
  {
    id: 'deficit',
    title: 'Providers in deficit',
    unit: 'count',
    help: 'Providers spending more than they earn this year.',
    series: [{ label: 'In deficit', colour: C.deficit, weekly: 'providersInDeficit', yearly: 'providers_in_deficit' }],
  },
];

export function formatValue(unit: Unit, v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  if (unit === 'money') return formatMillions(v);
  if (unit === 'share') return trim(v, 2);
  return trim(v, 0);
}

const AXIS = {
  stroke: '#c9d1d9',
  font: '13px system-ui, sans-serif',
  grid: { stroke: '#ffffff1a', width: 1 },
  ticks: { stroke: '#ffffff2a', width: 1 },
};

/** The panel's text size in px (charts follow the "larger text" switch). */
export function fontPx(el: Element): number {
  return parseFloat(getComputedStyle(el).fontSize) || 16;
}

/** Text on a chart's canvas: a little smaller than the panel's, but never under 18 px in presenter mode. */
export function chartFontPx(el: Element): number {
  const px = Math.round(fontPx(el) * 0.8);
  return document.documentElement.hasAttribute('data-presenter') ? Math.max(18, px) : px;
}

/** Axis style at a text size (the panel's). */
export function axisStyle(px: number, el?: Element): Pick<uPlot.Axis, 'stroke' | 'font' | 'grid' | 'ticks'> {
  return { ...AXIS, font: `${el ? chartFontPx(el) : Math.round(px * 0.8)}px system-ui, sans-serif` };
}

/** X axis in years: whole years labelled as short financial years ("13/14"). */
function xAxis(px: number, el: Element): uPlot.Axis {
  return {
    ...axisStyle(px, el),
    incrs: [1, 2, 5, 10, 20, 25, 50],
    values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? financialYearLabel(v).slice(2) : '')),
  };
}

function latestWeek(u: uPlot): string {
  const x = lastOf(u.data[0]);
  return x == null ? '–' : `${financialYearLabel(Math.floor(x))} wk ${Math.floor((x % 1) * 52 + 1e-6) + 1}`;
}

function latestYear(u: uPlot): string {
  const x = lastOf(u.data[0]);
  return x == null ? '–' : financialYearLabel(Math.floor(x));
}

export function lastOf(col: ArrayLike<number | null | undefined> | undefined): number | null {
  if (!col) return null;
  for (let i = col.length - 1; i >= 0; i--) if (col[i] != null) return col[i] as number;
  return null;
}

export class LiveChart {
  readonly el: HTMLElement;
  private readonly plotEl: HTMLElement;
  private u: uPlot | null = null;
  private drawnVersion = -1;
  private mode: ChartMode = 'weekly';
  private isVisible: () => boolean;

  constructor(
    readonly spec: ChartSpec,
    private readonly store: SeriesStore,
    private readonly runYears: () => number,
  ) {
    this.plotEl = h('div', { class: 'qm-chart-plot', role: 'img', 'aria-label': `${spec.title} chart` });
    this.el = h(
      'figure',
      { class: 'qm-chart', 'data-chart': spec.id },
      h(
        'figcaption',
        {},
        h('strong', { text: spec.title }),
        ' ',
        h('span', { class: 'qm-help', text: spec.help }),
        h(
          'span',
          { class: 'qm-chart-export', role: 'group', 'aria-label': `Save the ${spec.title.toLowerCase()} chart` },
          h('button', {
            type: 'button',
            class: 'qm-btn',
            'data-export': 'png',
            text: 'PNG',
            title: 'Save this chart as a picture (PNG)',
            onclick: () => this.onExport('png'),
          }),
          h('button', {
            type: 'button',
            class: 'qm-btn',
            'data-export': 'svg',
            text: 'SVG',
            title: 'Save this chart as a drawing that scales (SVG)',
            onclick: () => this.onExport('svg'),
          }),
        ),
      ),
      this.plotEl,
    );
    this.isVisible = whenVisible(this.plotEl, () => this.update(true));
    new ResizeObserver(() => this.resize()).observe(this.plotEl);
  }

  /** Told when a save button is pressed (the panel names the file). */
  onExport: (kind: 'png' | 'svg') => void = () => {};

  /** The chart as drawn (null until first drawn), its data and mode, for saving. */
  get plot(): uPlot | null {
    return this.u;
  }
  get chartMode(): ChartMode {
    return this.mode;
  }

  setMode(mode: ChartMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.rebuild();
  }

  /** Recreates the chart (another mode or text size). */
  rebuild(): void {
    this.u?.destroy();
    this.u = null;
    this.update(true);
  }

  private width(): number {
    return Math.max(200, Math.floor(this.plotEl.clientWidth));
  }

  private resize(): void {
    if (this.u && this.plotEl.clientWidth > 0)
      this.u.setSize({ width: this.width(), height: Math.round(fontPx(this.plotEl) * 9.5) });
  }

  data(): uPlot.AlignedData {
    const s = this.store;
    if (this.mode === 'weekly') return [s.x, ...this.spec.series.map((x) => s.weekly[x.weekly])];
    const xs = s.years.map((r) => s.startYear + r.year - 0.5);
    return [
      xs,
      ...this.spec.series.map((x) =>
        s.years.map((r) => {
          const v = r[x.yearly];
          return typeof v === 'number' && Number.isFinite(v) ? v : null;
        }),
      ),
    ];
  }

  private create(): void {
    const { spec, store } = this;
    const unit = spec.unit;
    const yearly = this.mode === 'yearly';
    const px = fontPx(this.plotEl);
    this.u = new uPlot(
      {
        width: this.width(),
        height: Math.round(px * 9.5),
        scales: {
          x: { time: false, range: () => [store.startYear, store.startYear + Math.max(1, this.runYears())] },
          y: { range: unit === 'share' ? [0, 1] : (_u, _min, max) => [0, max > 0 ? max * 1.08 : 1] },
        },
        axes: [
          xAxis(px, this.plotEl),
          {
            ...axisStyle(px, this.plotEl),
            size: Math.round(px * 4),
            values: (_u, splits) => splits.map((v) => formatValue(unit, v)),
          },
        ],
        series: [
          {
            label: yearly ? 'Year' : 'Week',
            value: (u, v, _si, di) =>
              di == null
                ? yearly
                  ? latestYear(u)
                  : latestWeek(u)
                : v == null
                  ? '–'
                  : yearly
                    ? financialYearLabel(Math.floor(v))
                    : `${financialYearLabel(Math.floor(v))} wk ${Math.floor((v % 1) * 52 + 1e-6) + 1}`,
          },
          ...spec.series.map((x) => ({
            label: x.label,
            stroke: x.colour,
            width: 2,
            points: { show: yearly, size: 7, fill: x.colour },
            // With the pointer away from the chart the legend shows the latest value.
            value: (u: uPlot, v: number | null, si: number, di: number | null) =>
              formatValue(unit, di == null ? lastOf(u.data[si]) : v),
          })),
        ],
        cursor: { drag: { x: false, y: false }, points: { size: 7 } },
        legend: { show: true },
        plugins: [reformMarkers(store, (u) => chartFontPx(u.root)), injectMarkers(store)],
      },
      this.data(),
      this.plotEl,
    );
    this.drawnVersion = store.version;
  }

  /** Redraws if visible and the data changed (or when forced). Cheap when nothing to do. */
  update(force = false): void {
    if (!this.isVisible() || this.plotEl.clientWidth === 0) return;
    if (!this.u) {
      this.create();
      return;
    }
    if (!force && this.drawnVersion === this.store.version) return;
    this.u.setData(this.data());
    this.drawnVersion = this.store.version;
    this.describe();
    // How many points the chart draws (tests check a fast run still gets every week).
    const col = (this.u.data[1] ?? []) as ArrayLike<number | null | undefined>;
    let points = 0;
    for (let i = 0; i < col.length; i++) if (col[i] != null) points++;
    this.plotEl.dataset.points = String(points);
  }

  /** Screen readers get the latest values in words. */
  private describe(): void {
    if (!this.u) return;
    const u = this.u;
    const parts = this.spec.series.map((x, i) => `${x.label} ${formatValue(this.spec.unit, lastOf(u.data[i + 1]))}`);
    this.plotEl.setAttribute('aria-label', `${this.spec.title} chart, latest: ${parts.join(', ')}`);
  }
}
