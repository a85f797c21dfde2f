// Compare mode's charts: each headline metric of the two runs over the years, run A solid and
// run B dashed on one axis, with B − A for the latest year both have. Small SVGs (a few dozen
// points each), redrawn when a year closes in either run.
import { scaleLinear } from 'd3-scale';
import type { YearMetrics } from '../model/index';
import { financialYearLabel, formatMillions } from './format';
import { h } from './dom';

interface Metric {
  key: keyof YearMetrics;
  title: string;
  format: (v: number) => string;
}

const count = (v: number) => Math.round(v).toLocaleString('en-GB');
const share = (v: number) => `${(v * 100).toFixed(1)}%`;

export const COMPARE_METRICS: Metric[] = [
  { key: 'spend_total_m', title: 'Total spend', format: formatMillions },
  { key: 'nhs_trusts_in_deficit_share', title: 'NHS trusts in deficit', format: share },
  { key: 'waiting_list', title: 'Waiting list (people)', format: count },
  { key: 'arbitrations', title: 'Arbitrations a year', format: count },
  { key: 'tenders', title: 'Tenders a year', format: count },
  { key: 'mean_trust', title: 'Mean trust', format: (v) => v.toFixed(3) },
  { key: 'transaction_cost_m', title: 'Transaction costs', format: formatMillions },
];

const W = 260;
const H = 96;
const PAD = 4;
const SVG = 'http://www.w3.org/2000/svg';

function svgEl(tag: string, attrs: Record<string, string>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

const value = (r: YearMetrics, k: keyof YearMetrics): number | null => {
  const v = r[k];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

/** One metric's chart: both runs' lines, and B − A in words. */
function chart(m: Metric, a: readonly YearMetrics[], b: readonly YearMetrics[], years: number): HTMLElement {
  const all = [...a, ...b].map((r) => value(r, m.key)).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...all);
  const hi = Math.max(1e-9, ...all);
  const x = scaleLinear()
    .domain([1, Math.max(2, years)])
    .range([PAD, W - PAD]);
  const y = scaleLinear()
    .domain([lo, hi])
    .nice()
    .range([H - PAD, PAD]);
  const path = (rows: readonly YearMetrics[]) =>
    rows
      .map((r) => [r.year, value(r, m.key)] as const)
      .filter(([, v]) => v !== null)
      .map(([yr, v], i) => `${i ? 'L' : 'M'}${x(yr).toFixed(1)},${y(v!).toFixed(1)}`)
      .join('');
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${m.title}: run A and run B` });
  svg.append(
    svgEl('line', { x1: '0', x2: String(W), y1: String(y(0)), y2: String(y(0)), stroke: '#3a404a' }),
    svgEl('path', { d: path(a), fill: 'none', stroke: '#56b4e9', 'stroke-width': '2' }),
    svgEl('path', { d: path(b), fill: 'none', stroke: '#e69f00', 'stroke-width': '2', 'stroke-dasharray': '5 3' }),
  );
  const first = a[0] ?? b[0];
  if (first) {
    const label = (yr: number, anchor: string, px: number) => {
      const t = svgEl('text', {
        x: String(px),
        y: String(H - 1),
        'text-anchor': anchor,
        fill: '#8a93a3',
        'font-size': '9',
      });
      t.textContent = financialYearLabel(parseInt(first.financial_year, 10) + yr - 1);
      return t;
    };
    svg.append(label(1, 'start', PAD), label(Math.max(2, years), 'end', W - PAD));
  }
  const common = Math.min(a.length, b.length);
  let diff = 'B − A: no year closed in both yet';
  if (common > 0) {
    const va = value(a[common - 1], m.key);
    const vb = value(b[common - 1], m.key);
    if (va !== null && vb !== null) {
      const d = vb - va;
      const rel = va !== 0 ? ` (${d >= 0 ? '+' : ''}${((100 * d) / Math.abs(va)).toFixed(1)}%)` : '';
      diff = `${a[common - 1].financial_year}: A ${m.format(va)}, B ${m.format(vb)}; B − A ${d >= 0 ? '+' : '−'}${m.format(Math.abs(d))}${rel}`;
    }
  }
  return h(
    'figure',
    { class: 'qm-compare-chart', 'data-metric': m.key },
    h('h4', { text: m.title }),
    svg,
    h('figcaption', { class: 'qm-diff', text: diff }),
  );
}

/** The compare strip's charts for two runs' years (index = year − 1). */
export function compareCharts(a: readonly YearMetrics[], b: readonly YearMetrics[], years: number): HTMLElement {
  return h('div', { class: 'qm-compare-grid' }, ...COMPARE_METRICS.map((m) => chart(m, a, b, years)));
}
