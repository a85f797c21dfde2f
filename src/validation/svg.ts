// A tiny dependency-free SVG chart writer for the validation report's figures: bar chart
// with error bars, line chart with optional bands, labelled scatter. Deterministic output
// (fixed number formatting) so regenerated figures only change when the data do.
import { roundTo } from '../engine/stats';
import { esc, niceTicks, tickText } from '../analysis/svg-kit';

const FONT = 'font-family="Helvetica, Arial, sans-serif"';
export const PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#ff7f0e',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];

const f = (x: number) => roundTo(x, 2).toString();

interface Frame {
  w: number;
  h: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function frameSvg(fr: Frame, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fr.w}" height="${fr.h}" viewBox="0 0 ${fr.w} ${fr.h}" ${FONT} font-size="12">`,
    `<rect width="${fr.w}" height="${fr.h}" fill="#ffffff"/>`,
    `<text x="${fr.w / 2}" y="18" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

function yAxis(fr: Frame, ticks: number[], y: (v: number) => number, label: string): string[] {
  const out: string[] = [];
  for (const t of ticks) {
    out.push(`<line x1="${fr.left}" x2="${fr.w - fr.right}" y1="${f(y(t))}" y2="${f(y(t))}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${fr.left - 6}" y="${f(y(t) + 4)}" text-anchor="end" fill="#333">${esc(tickText(t))}</text>`);
  }
  out.push(`<line x1="${fr.left}" x2="${fr.left}" y1="${fr.top}" y2="${fr.h - fr.bottom}" stroke="#333"/>`);
  const cy = (fr.top + fr.h - fr.bottom) / 2;
  out.push(
    `<text transform="translate(14 ${f(cy)}) rotate(-90)" text-anchor="middle" fill="#333">${esc(label)}</text>`,
  );
  return out;
}

export interface BarChart {
  title: string;
  yLabel: string;
  bars: { label: string; value: number; lo?: number; hi?: number; color?: string }[];
  /** Horizontal reference band (e.g. the literature's range). */
  band?: { lo: number; hi: number; label: string };
  width?: number;
  height?: number;
}

export function barChart(c: BarChart): string {
  const fr: Frame = { w: c.width ?? 640, h: c.height ?? 360, left: 64, right: 16, top: 32, bottom: 80 };
  const vals = c.bars.flatMap((b) => [b.value, b.lo ?? b.value, b.hi ?? b.value]);
  if (c.band) vals.push(c.band.lo, c.band.hi);
  const ticks = niceTicks(Math.min(0, ...vals), Math.max(0, ...vals));
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const ph = fr.h - fr.top - fr.bottom;
  const y = (v: number) => fr.top + ph * (1 - (v - lo) / (hi - lo || 1));
  const pw = fr.w - fr.left - fr.right;
  const slot = pw / Math.max(1, c.bars.length);
  const body = yAxis(fr, ticks, y, c.yLabel);
  if (c.band) {
    body.push(
      `<rect x="${fr.left}" y="${f(y(c.band.hi))}" width="${f(pw)}" height="${f(Math.max(1, y(c.band.lo) - y(c.band.hi)))}" fill="#2ca02c" fill-opacity="0.15" stroke="#2ca02c" stroke-dasharray="4 3"/>`,
    );
    body.push(
      `<text x="${fr.w - fr.right - 4}" y="${f(y(c.band.hi) - 4)}" text-anchor="end" fill="#2a7a2a" font-size="11">${esc(c.band.label)}</text>`,
    );
  }
  c.bars.forEach((b, i) => {
    const x = fr.left + slot * i + slot * 0.15;
    const w = slot * 0.7;
    const y0 = y(0);
    const y1 = y(b.value);
    body.push(
      `<rect x="${f(x)}" y="${f(Math.min(y0, y1))}" width="${f(w)}" height="${f(Math.max(0.5, Math.abs(y0 - y1)))}" fill="${b.color ?? PALETTE[0]}"><title>${esc(`${b.label}: ${tickText(b.value)}`)}</title></rect>`,
    );
    if (b.lo !== undefined && b.hi !== undefined) {
      const cx = x + w / 2;
      body.push(
        `<line x1="${f(cx)}" x2="${f(cx)}" y1="${f(y(b.lo))}" y2="${f(y(b.hi))}" stroke="#111" stroke-width="1.5"/>`,
      );
      for (const v of [b.lo, b.hi])
        body.push(
          `<line x1="${f(cx - 5)}" x2="${f(cx + 5)}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="#111" stroke-width="1.5"/>`,
        );
    }
    const lx = x + w / 2;
    const ly = fr.h - fr.bottom + 14;
    body.push(
      `<text transform="translate(${f(lx)} ${f(ly)}) rotate(-25)" text-anchor="end" fill="#333" font-size="11">${esc(b.label)}</text>`,
    );
  });
  body.push(
    `<line x1="${fr.left}" x2="${fr.w - fr.right}" y1="${f(y(Math.max(lo, 0)))}" y2="${f(y(Math.max(lo, 0)))}" stroke="#333"/>`,
  );
  return frameSvg(fr, c.title, body);
}

export interface LineSeries {
  name: string;
  values: number[];
  /** Optional spread band (e.g. min–max across seeds). */
  lo?: number[];
  hi?: number[];
  color?: string;
  dashed?: boolean;
}

export interface LineChart {
  title: string;
  xLabel: string;
  yLabel: string;
  x: number[];
  series: LineSeries[];
  width?: number;
  height?: number;
}

export function lineChart(c: LineChart): string {
  const fr: Frame = { w: c.width ?? 640, h: c.height ?? 360, left: 64, right: 150, top: 32, bottom: 48 };
  const all = c.series.flatMap((s) => [...s.values, ...(s.lo ?? []), ...(s.hi ?? [])]).filter(Number.isFinite);
  const ticks = niceTicks(Math.min(...all), Math.max(...all));
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const ph = fr.h - fr.top - fr.bottom;
  const pw = fr.w - fr.left - fr.right;
  const x0 = Math.min(...c.x);
  const x1 = Math.max(...c.x);
  const x = (v: number) => fr.left + pw * ((v - x0) / (x1 - x0 || 1));
  const y = (v: number) => fr.top + ph * (1 - (v - lo) / (hi - lo || 1));
  const body = yAxis(fr, ticks, y, c.yLabel);
  for (const t of niceTicks(x0, x1, Math.min(10, c.x.length))) {
    if (t < x0 || t > x1) continue;
    body.push(
      `<text x="${f(x(t))}" y="${fr.h - fr.bottom + 16}" text-anchor="middle" fill="#333">${esc(tickText(t))}</text>`,
    );
  }
  body.push(
    `<line x1="${fr.left}" x2="${fr.left + pw}" y1="${fr.h - fr.bottom}" y2="${fr.h - fr.bottom}" stroke="#333"/>`,
  );
  body.push(
    `<text x="${f(fr.left + pw / 2)}" y="${fr.h - 10}" text-anchor="middle" fill="#333">${esc(c.xLabel)}</text>`,
  );
  c.series.forEach((s, i) => {
    const col = s.color ?? PALETTE[i % PALETTE.length];
    if (s.lo && s.hi) {
      const up = c.x.map((xv, j) => `${f(x(xv))},${f(y(s.hi![j]))}`);
      const dn = c.x.map((xv, j) => `${f(x(xv))},${f(y(s.lo![j]))}`).reverse();
      body.push(`<polygon points="${[...up, ...dn].join(' ')}" fill="${col}" fill-opacity="0.15" stroke="none"/>`);
    }
    const pts = c.x.map((xv, j) => `${f(x(xv))},${f(y(s.values[j]))}`).join(' ');
    body.push(
      `<polyline points="${pts}" fill="none" stroke="${col}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    const ly = fr.top + 14 + i * 18;
    body.push(
      `<line x1="${fr.w - fr.right + 10}" x2="${fr.w - fr.right + 30}" y1="${ly - 4}" y2="${ly - 4}" stroke="${col}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    body.push(`<text x="${fr.w - fr.right + 34}" y="${ly}" fill="#333" font-size="11">${esc(s.name)}</text>`);
  });
  return frameSvg(fr, c.title, body);
}

export interface Scatter {
  title: string;
  xLabel: string;
  yLabel: string;
  points: { x: number; y: number; label: string; color?: string }[];
  /** Draw the line y = ratio·x (Morris: σ/μ* = 1 separates linear from non-linear). */
  ratioLine?: number;
  width?: number;
  height?: number;
}

export function scatterChart(c: Scatter): string {
  const fr: Frame = { w: c.width ?? 560, h: c.height ?? 420, left: 64, right: 24, top: 32, bottom: 48 };
  const xs = c.points.map((p) => p.x).filter(Number.isFinite);
  const ys = c.points.map((p) => p.y).filter(Number.isFinite);
  const xt = niceTicks(0, Math.max(1e-9, ...xs));
  const yt = niceTicks(0, Math.max(1e-9, ...ys));
  const pw = fr.w - fr.left - fr.right;
  const ph = fr.h - fr.top - fr.bottom;
  const x = (v: number) => fr.left + pw * (v / xt[xt.length - 1]);
  const y = (v: number) => fr.top + ph * (1 - v / yt[yt.length - 1]);
  const body = yAxis(fr, yt, y, c.yLabel);
  for (const t of xt)
    body.push(
      `<text x="${f(x(t))}" y="${fr.h - fr.bottom + 16}" text-anchor="middle" fill="#333">${esc(tickText(t))}</text>`,
    );
  body.push(
    `<line x1="${fr.left}" x2="${fr.left + pw}" y1="${fr.h - fr.bottom}" y2="${fr.h - fr.bottom}" stroke="#333"/>`,
  );
  body.push(
    `<text x="${f(fr.left + pw / 2)}" y="${fr.h - 10}" text-anchor="middle" fill="#333">${esc(c.xLabel)}</text>`,
  );
  if (c.ratioLine) {
    const xe = Math.min(xt[xt.length - 1], yt[yt.length - 1] / c.ratioLine);
    body.push(
      `<line x1="${x(0)}" y1="${y(0)}" x2="${f(x(xe))}" y2="${f(y(xe * c.ratioLine))}" stroke="#999" stroke-dasharray="5 4"/>`,
    );
    body.push(
      `<text x="${f(x(xe) - 4)}" y="${f(y(xe * c.ratioLine) + 14)}" text-anchor="end" fill="#777" font-size="10">σ = μ*</text>`,
    );
  }
  c.points.forEach((p, i) => {
    const col = p.color ?? PALETTE[i % PALETTE.length];
    body.push(
      `<circle cx="${f(x(p.x))}" cy="${f(y(p.y))}" r="4.5" fill="${col}"><title>${esc(`${p.label}: μ*=${tickText(p.x)}, σ=${tickText(p.y)}`)}</title></circle>`,
    );
    const right = x(p.x) < fr.left + pw * 0.7;
    body.push(
      `<text x="${f(x(p.x) + (right ? 7 : -7))}" y="${f(y(p.y) + 4 - (i % 3) * 0)}" text-anchor="${right ? 'start' : 'end'}" font-size="10" fill="#222">${esc(p.label)}</text>`,
    );
  });
  return frameSvg(fr, c.title, body);
}
