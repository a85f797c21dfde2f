// Fan charts of an experiment: for one metric, the median over the runs year by year with the
// 50% band (25th-75th percentiles) and the 90% band (5th-95th), as SVG. Two charts side by side
// share their vertical scale, so two scenarios' distributions compare at a glance.
import { esc, linear, niceTicks, px, tickText } from '../analysis/svg-kit';
import type { FanPoint } from '../engine/experiment';

const W = 300;
const H = 180;
const M = { left: 48, right: 8, top: 24, bottom: 28 };

/** The vertical range that holds every band of these series. */
export function fanRange(series: readonly FanPoint[][]): [number, number] {
  const all = series.flat();
  if (all.length === 0) return [0, 1];
  const ticks = niceTicks(Math.min(...all.map((p) => p.p05)), Math.max(...all.map((p) => p.p95)), 4);
  return [ticks[0], ticks[ticks.length - 1]];
}

function area(
  points: readonly FanPoint[],
  lo: keyof FanPoint,
  hi: keyof FanPoint,
  x: (i: number) => number,
  y: (v: number) => number,
): string {
  const top = points.map((p, i) => `${px(x(i))},${px(y(p[hi] as number))}`);
  const bottom = points.map((p, i) => `${px(x(i))},${px(y(p[lo] as number))}`).reverse();
  return `M${top.join('L')}L${bottom.join('L')}Z`;
}

/** One fan chart as SVG text; `color` is the median's, the bands are lighter shades of it. */
export function fanSvg(points: readonly FanPoint[], title: string, range: [number, number], color: string): string {
  const [lo, hi] = range;
  const n = points.length;
  const x = (i: number): number => (n <= 1 ? (M.left + W - M.right) / 2 : linear(0, n - 1, M.left, W - M.right)(i));
  const y = linear(lo, hi, H - M.bottom, M.top);
  const body: string[] = [];
  for (const t of niceTicks(lo, hi, 4))
    body.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${px(y(t))}" y2="${px(y(t))}" stroke="#8884" stroke-width="0.5"/>`,
      `<text x="${M.left - 4}" y="${px(y(t) + 3)}" text-anchor="end">${esc(tickText(t))}</text>`,
    );
  const every = Math.max(1, Math.ceil(n / 5));
  points.forEach((p, i) => {
    if (i % every === 0 || i === n - 1) {
      const anchor = n === 1 ? 'middle' : i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle';
      body.push(`<text x="${px(x(i))}" y="${H - 8}" text-anchor="${anchor}">${esc(p.financialYear)}</text>`);
    }
  });
  if (n > 0) {
    body.push(
      `<path d="${area(points, 'p05', 'p95', x, y)}" fill="${color}" fill-opacity="0.18"><title>90% of runs</title></path>`,
      `<path d="${area(points, 'p25', 'p75', x, y)}" fill="${color}" fill-opacity="0.35"><title>50% of runs</title></path>`,
      `<path d="M${points.map((p, i) => `${px(x(i))},${px(y(p.median))}`).join('L')}" fill="none" stroke="${color}" stroke-width="2"><title>median</title></path>`,
    );
    if (n === 1) body.push(`<circle cx="${px(x(0))}" cy="${px(y(points[0].median))}" r="3" fill="${color}"/>`);
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}" font-size="12" fill="currentColor">`,
    `<text x="${M.left}" y="15" font-weight="bold">${esc(title)}</text>`,
    ...body,
    '</svg>',
  ].join('');
}
