// A year-by-year chart for the history run: one thin line per seed, their mean in bold,
// and beside them what the shared record holds — a value in a year, a range over a period,
// a reference level, or a period it describes in words. A small SVG writer on d3-scale (the
// project's one charting dependency outside the app's uPlot, which needs a DOM).
import { scaleLinear } from 'd3-scale';
import { roundTo } from '../engine/stats';
import { PALETTE } from './svg';
import { esc, tickText } from '../analysis/svg-kit';

export interface TimelineChart {
  title: string;
  yLabel: string;
  /** Financial years (their April), one per value. */
  years: number[];
  /** Named groups of runs: each run one value per year; drawn thin, with the group's mean bold. */
  groups: { name: string; runs: number[][]; color?: string }[];
  /** Scale values for display (e.g. 100 for percentages). */
  scale?: number;
  /** Record: a value in a year. */
  points?: { year: number; value: number; label: string }[];
  /** Record: a range of values over a run of years (a period average). */
  ranges?: { from: number; to: number; lo: number; hi: number; label: string }[];
  /** A reference level across the chart. */
  levels?: { value: number; label: string }[];
  /** A period the record describes in words. */
  periods?: { from: number; to: number; label: string }[];
}

const W = 760;
const H = 400;
const M = { left: 64, right: 16, top: 34, bottom: 92 };
const f = (x: number) => roundTo(x, 2).toString();
const REC = '#2a7a2a';

export function timelineChart(c: TimelineChart): string {
  const k = c.scale ?? 1;
  const values = [
    ...c.groups.flatMap((g) => g.runs.flat()),
    ...(c.points ?? []).map((p) => p.value),
    ...(c.ranges ?? []).flatMap((r) => [r.lo, r.hi]),
    ...(c.levels ?? []).map((l) => l.value),
  ]
    .filter(Number.isFinite)
    .map((v) => v * k);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(...values)])
    .nice()
    .range([H - M.bottom, M.top]);
  const x = scaleLinear()
    .domain([c.years[0] - 0.5, c.years[c.years.length - 1] + 0.5])
    .range([M.left, W - M.right]);
  const mid = (yr: number) => x(yr + 0.5); // a financial year is drawn at its middle (October)
  const out: string[] = [];
  for (const p of c.periods ?? []) {
    const x0 = x(p.from);
    out.push(
      `<rect x="${f(x0)}" y="${M.top}" width="${f(x(p.to + 1) - x0)}" height="${H - M.top - M.bottom}" fill="${REC}" fill-opacity="0.08"/>`,
      // A label that would run off the right edge ends at its period's end instead.
      x0 > W - M.right - 130
        ? `<text x="${f(x(p.to + 1) - 3)}" y="${M.top + 12}" text-anchor="end" fill="${REC}" font-size="10">${esc(p.label)}</text>`
        : `<text x="${f(x0 + 3)}" y="${M.top + 12}" fill="${REC}" font-size="10">${esc(p.label)}</text>`,
    );
  }
  for (const t of y.ticks(6)) {
    out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${f(y(t))}" y2="${f(y(t))}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${M.left - 6}" y="${f(y(t) + 4)}" text-anchor="end" fill="#333">${esc(tickText(t))}</text>`);
  }
  const first = c.years[0];
  const last = c.years[c.years.length - 1];
  for (const t of c.years.filter((t) => t === first || (t % 5 === 0 && t - first >= 3) || t === last)) {
    const anchor = t === last ? 'end' : 'middle';
    const lx = t === last ? W - M.right : mid(t);
    out.push(
      `<text x="${f(lx)}" y="${H - M.bottom + 16}" text-anchor="${anchor}" fill="#333" font-size="11">${t}/${String((t + 1) % 100).padStart(2, '0')}</text>`,
    );
  }
  out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${f(y(0))}" y2="${f(y(0))}" stroke="#999"/>`);
  out.push(`<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${H - M.bottom}" stroke="#333"/>`);
  out.push(
    `<text transform="translate(14 ${f((M.top + H - M.bottom) / 2)}) rotate(-90)" text-anchor="middle" fill="#333">${esc(c.yLabel)}</text>`,
  );
  const line = (vals: number[], col: string, width: number, opacity: number, dash = '') => {
    const pts = vals
      .map((v, i) => (Number.isFinite(v) ? `${f(mid(c.years[i]))},${f(y(v * k))}` : ''))
      .filter(Boolean)
      .join(' ');
    return `<polyline points="${pts}" fill="none" stroke="${col}" stroke-width="${width}" stroke-opacity="${opacity}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  };
  const legend: { label: string; color: string; dash?: string }[] = [];
  c.groups.forEach((g, gi) => {
    const col = g.color ?? PALETTE[gi % PALETTE.length];
    for (const r of g.runs) out.push(line(r, col, 1, 0.35));
    const mean = c.years.map((_, i) => g.runs.reduce((s, r) => s + r[i], 0) / g.runs.length);
    out.push(line(mean, col, 2.5, 1));
    const label = g.runs.length > 1 ? `${g.name} (mean of ${g.runs.length} seeds; thin: each seed)` : g.name;
    legend.push({ label, color: col });
  });
  for (const l of c.levels ?? []) {
    out.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${f(y(l.value * k))}" y2="${f(y(l.value * k))}" stroke="${REC}" stroke-dasharray="6 4"/>`,
    );
    legend.push({ label: l.label, color: REC, dash: '6 4' });
  }
  for (const r of c.ranges ?? []) {
    const [x0, x1] = [x(r.from), x(r.to + 1)];
    out.push(
      `<rect x="${f(x0)}" y="${f(y(r.hi * k) - 1.5)}" width="${f(x1 - x0)}" height="${f(Math.max(3, y(r.lo * k) - y(r.hi * k) + 3))}" fill="${REC}" fill-opacity="0.55"/>`,
      `<text x="${f((x0 + x1) / 2)}" y="${f(y(r.hi * k) - 5)}" text-anchor="middle" fill="${REC}" font-size="10">${esc(r.label)}</text>`,
    );
  }
  for (const p of c.points ?? []) {
    // Labels near the right edge go to the left of their circle.
    const left = mid(p.year) > W - M.right - 120;
    out.push(
      `<circle cx="${f(mid(p.year))}" cy="${f(y(p.value * k))}" r="5" fill="none" stroke="${REC}" stroke-width="2"/>`,
      `<text x="${f(mid(p.year) + (left ? -8 : 8))}" y="${f(y(p.value * k) + 4)}" text-anchor="${left ? 'end' : 'start'}" fill="${REC}" font-size="10">${esc(p.label)}</text>`,
    );
  }
  if ((c.points ?? []).length || (c.ranges ?? []).length)
    legend.push({ label: 'the shared record (circles: a year; bars: a period)', color: REC });
  legend.forEach((l, i) => {
    const ly = H - M.bottom + 34 + i * 15;
    out.push(
      `<line x1="${M.left}" x2="${M.left + 22}" y1="${ly - 4}" y2="${ly - 4}" stroke="${l.color}" stroke-width="2.5"${l.dash ? ` stroke-dasharray="${l.dash}"` : ''}/>`,
      `<text x="${M.left + 28}" y="${ly}" fill="#333" font-size="11">${esc(l.label)}</text>`,
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${W / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${esc(c.title)}</text>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}
