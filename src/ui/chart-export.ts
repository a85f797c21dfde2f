// A chart for slides: a PNG of the chart as drawn (with its title and key) and an SVG drawn
// from the same data, which stays sharp at any size.
import type uPlot from 'uplot';
import type { ChartSpec } from './charts';
import { formatValue } from './charts';
import { financialYearLabel } from './format';

const BG = '#14171c';
const FG = '#e6edf3';
const MUTED = '#9da7b3';

/** The drawn chart with a title above and a key below, as PNG. */
export async function chartPng(spec: ChartSpec, u: uPlot, subtitle: string): Promise<Blob> {
  const src = u.ctx.canvas;
  const dpr = src.width / Math.max(1, u.width);
  const head = Math.round(56 * dpr),
    foot = Math.round(34 * dpr);
  const c = document.createElement('canvas');
  c.width = src.width;
  c.height = src.height + head + foot;
  const g = c.getContext('2d')!;
  g.fillStyle = BG;
  g.fillRect(0, 0, c.width, c.height);
  g.fillStyle = FG;
  g.font = `600 ${Math.round(20 * dpr)}px system-ui, sans-serif`;
  g.textBaseline = 'top';
  g.fillText(spec.title, 12 * dpr, 8 * dpr);
  g.fillStyle = MUTED;
  g.font = `${Math.round(14 * dpr)}px system-ui, sans-serif`;
  g.fillText(subtitle, 12 * dpr, 32 * dpr);
  g.drawImage(src, 0, head);
  let x = 12 * dpr;
  for (const s of spec.series) {
    g.fillStyle = s.colour;
    g.fillRect(x, c.height - foot + 12 * dpr, 18 * dpr, 4 * dpr);
    x += 24 * dpr;
    g.fillStyle = FG;
    g.fillText(s.label, x, c.height - foot + 6 * dpr);
    x += g.measureText(s.label).width + 18 * dpr;
  }
  return new Promise((resolve, reject) =>
    c.toBlob((b) => (b ? resolve(b) : reject(new Error('the chart could not be saved'))), 'image/png'),
  );
}

const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An SVG line chart of the same data: x in years, one polyline per series, breaks at gaps. */
export function chartSvg(
  spec: ChartSpec,
  data: uPlot.AlignedData,
  subtitle: string,
  width = 800,
  height = 420,
): string {
  const [xs, ...ys] = data as (number | null)[][];
  const L = 70,
    R = 20,
    T = 60,
    B = 70;
  const w = width - L - R,
    h = height - T - B;
  const xMin = xs.length ? Math.floor(xs[0] ?? 0) : 0;
  const xMax = Math.max(xMin + 1, Math.ceil(xs.at(-1) ?? xMin + 1));
  let yMax = spec.unit === 'share' ? 1 : 0;
  for (const col of ys) for (const v of col) if (v != null && v > yMax) yMax = v;
  if (spec.unit !== 'share') yMax = yMax > 0 ? yMax * 1.08 : 1;
  const px = (x: number): number => L + ((x - xMin) / (xMax - xMin)) * w;
  const py = (y: number): number => T + h - (y / yMax) * h;
  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="${BG}"/>`);
  parts.push(
    `<text x="${L}" y="26" fill="${FG}" font-size="20" font-weight="600">${esc(spec.title)}</text>`,
    `<text x="${L}" y="46" fill="${MUTED}" font-size="13">${esc(subtitle)}</text>`,
  );
  for (let i = 0; i <= 4; i++) {
    const v = (yMax * i) / 4;
    parts.push(
      `<line x1="${L}" x2="${L + w}" y1="${py(v).toFixed(1)}" y2="${py(v).toFixed(1)}" stroke="#ffffff22"/>`,
      `<text x="${L - 6}" y="${(py(v) + 4).toFixed(1)}" fill="${MUTED}" font-size="12" text-anchor="end">${esc(formatValue(spec.unit, v))}</text>`,
    );
  }
  const step = Math.max(1, Math.ceil((xMax - xMin) / 10));
  for (let x = xMin; x <= xMax; x += step)
    parts.push(
      `<text x="${px(x).toFixed(1)}" y="${T + h + 18}" fill="${MUTED}" font-size="12" text-anchor="middle">${esc(financialYearLabel(x).slice(2))}</text>`,
    );
  spec.series.forEach((s, i) => {
    let d = '';
    let pen = false;
    ys[i]?.forEach((v, k) => {
      const x = xs[k];
      if (v == null || x == null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${px(x).toFixed(1)},${py(v).toFixed(1)}`;
      pen = true;
    });
    parts.push(`<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2"/>`);
    const kx = L + i * 170;
    parts.push(
      `<rect x="${kx}" y="${height - 26}" width="18" height="4" fill="${s.colour}"/>`,
      `<text x="${kx + 24}" y="${height - 20}" fill="${FG}" font-size="13">${esc(s.label)}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">${parts.join('')}</svg>\n`;
}
