// The figure of a sensitivity analysis, as SVG text: one panel per output. Morris: μ* (how
// much moving the parameter across its range moves the output) against σ (how much that
// depends on the other parameters), with μ*'s interval and the line σ = μ*. Sobol: first-order
// (S1) and total-order (ST) indices of each parameter as bars with their intervals.
import { esc, linear, niceTicks, OKABE_ITO, px, tickText } from './svg-kit';

/** An index as the tidy CSV holds it. */
export interface IndexPoint {
  method: string;
  parameter: string;
  output: string;
  index: string;
  value: number;
  ci_low: number;
  ci_high: number;
}

const PANEL_W = 420;
const PANEL_H = 300;
const M = { left: 58, right: 16, top: 30, bottom: 46 };
const FONT = 'font-family="Helvetica, Arial, sans-serif" font-size="11"';

const finite = (xs: number[]): number[] => xs.filter(Number.isFinite);

function axes(
  x: (v: number) => number,
  y: (v: number) => number,
  xt: number[],
  yt: number[],
  labels: [string, string],
) {
  const out: string[] = [];
  const [x0, x1] = [x(xt[0]), x(xt[xt.length - 1])];
  const [y0, y1] = [y(yt[0]), y(yt[yt.length - 1])];
  for (const t of yt)
    out.push(
      `<line x1="${px(x0)}" x2="${px(x1)}" y1="${px(y(t))}" y2="${px(y(t))}" stroke="#e5e5e5"/>`,
      `<text x="${px(x0 - 5)}" y="${px(y(t) + 4)}" text-anchor="end" fill="#333">${esc(tickText(t))}</text>`,
    );
  for (const t of xt)
    out.push(
      `<line x1="${px(x(t))}" x2="${px(x(t))}" y1="${px(y0)}" y2="${px(y0 + 4)}" stroke="#333"/>`,
      `<text x="${px(x(t))}" y="${px(y0 + 16)}" text-anchor="middle" fill="#333">${esc(tickText(t))}</text>`,
    );
  out.push(
    `<line x1="${px(x0)}" x2="${px(x1)}" y1="${px(y0)}" y2="${px(y0)}" stroke="#333"/>`,
    `<line x1="${px(x0)}" x2="${px(x0)}" y1="${px(y0)}" y2="${px(y1)}" stroke="#333"/>`,
    `<text x="${px((x0 + x1) / 2)}" y="${px(y0 + 32)}" text-anchor="middle" fill="#333">${esc(labels[0])}</text>`,
    `<text transform="translate(${px(x0 - 44)} ${px((y0 + y1) / 2)}) rotate(-90)" text-anchor="middle" fill="#333">${esc(labels[1])}</text>`,
  );
  return out;
}

function morrisPanel(points: IndexPoint[], params: string[]): string[] {
  const get = (p: string, index: string) => points.find((r) => r.parameter === p && r.index === index);
  const xs = finite(params.flatMap((p) => [get(p, 'mu_star')?.ci_high ?? NaN, get(p, 'mu_star')?.value ?? NaN]));
  const ys = finite(params.map((p) => get(p, 'sigma')?.value ?? NaN));
  const top = Math.max(0, ...xs, ...ys);
  const xt = niceTicks(0, top);
  const yt = niceTicks(0, top);
  const x = linear(0, xt[xt.length - 1], M.left, PANEL_W - M.right);
  const y = linear(0, yt[yt.length - 1], PANEL_H - M.bottom, M.top);
  const out = axes(x, y, xt, yt, ['μ* (effect across the range)', 'σ (interactions, non-linearity)']);
  const lim = Math.min(xt[xt.length - 1], yt[yt.length - 1]);
  out.push(
    `<line x1="${px(x(0))}" y1="${px(y(0))}" x2="${px(x(lim))}" y2="${px(y(lim))}" stroke="#999" stroke-dasharray="4 3"/>`,
  );
  // Labels beside their points, moved up while they would overlap one already placed.
  const placed: { x: number; y: number }[] = [];
  params.forEach((p, k) => {
    const ms = get(p, 'mu_star');
    const sg = get(p, 'sigma');
    if (!ms || !sg || !Number.isFinite(ms.value) || !Number.isFinite(sg.value)) return;
    const c = OKABE_ITO[k % OKABE_ITO.length];
    if (Number.isFinite(ms.ci_low) && Number.isFinite(ms.ci_high))
      out.push(
        `<line x1="${px(x(ms.ci_low))}" x2="${px(x(ms.ci_high))}" y1="${px(y(sg.value))}" y2="${px(y(sg.value))}" stroke="${c}"/>`,
      );
    const right = x(ms.value) > (M.left + PANEL_W - M.right) / 2;
    const lx = x(ms.value) + (right ? -6 : 6);
    let ly = y(sg.value) - 6;
    while (placed.some((q) => Math.abs(q.y - ly) < 12 && Math.abs(q.x - lx) < 160)) ly -= 12;
    placed.push({ x: lx, y: ly });
    out.push(
      `<circle cx="${px(x(ms.value))}" cy="${px(y(sg.value))}" r="4" fill="${c}"><title>${esc(`${p}: μ* ${tickText(ms.value)}, σ ${tickText(sg.value)}`)}</title></circle>`,
      `<text x="${px(lx)}" y="${px(ly)}" fill="${c}"${right ? ' text-anchor="end"' : ''}>${esc(p)}</text>`,
    );
  });
  return out;
}

function sobolPanel(points: IndexPoint[], params: string[]): string[] {
  const get = (p: string, index: string) => points.find((r) => r.parameter === p && r.index === index);
  const vals = finite(points.flatMap((r) => [r.value, r.ci_low, r.ci_high]));
  const xt = niceTicks(Math.min(0, ...vals), Math.max(1, ...vals));
  const x = linear(xt[0], xt[xt.length - 1], M.left, PANEL_W - M.right);
  const band = (PANEL_H - M.top - M.bottom) / Math.max(1, params.length);
  const out: string[] = [];
  for (const t of xt)
    out.push(
      `<line x1="${px(x(t))}" x2="${px(x(t))}" y1="${M.top}" y2="${PANEL_H - M.bottom}" stroke="#e5e5e5"/>`,
      `<text x="${px(x(t))}" y="${PANEL_H - M.bottom + 14}" text-anchor="middle" fill="#333">${esc(tickText(t))}</text>`,
    );
  out.push(
    `<text x="${px((x(xt[0]) + x(xt[xt.length - 1])) / 2)}" y="${PANEL_H - M.bottom + 30}" text-anchor="middle" fill="#333">Sobol' index: S1 (solid), ST (light), 95% intervals</text>`,
  );
  params.forEach((p, k) => {
    const y0 = M.top + k * band;
    // The parameter's id above its two bars.
    const h = Math.max(3, Math.min(12, (band - 16) / 2 - 1));
    out.push(`<text x="${px(x(0) + 4)}" y="${px(y0 + 11)}" fill="#333">${esc(p)}</text>`);
    (['S1', 'ST'] as const).forEach((index, j) => {
      const r = get(p, index);
      if (!r || !Number.isFinite(r.value)) return;
      const yy = y0 + 14 + j * (h + 2);
      const [a, b] = [x(Math.min(0, r.value)), x(Math.max(0, r.value))];
      const fill = j === 0 ? OKABE_ITO[0] : '#9ecae1';
      out.push(
        `<rect x="${px(a)}" y="${px(yy)}" width="${px(b - a)}" height="${px(h)}" fill="${fill}"><title>${esc(`${p} ${index} ${tickText(r.value)} (${tickText(r.ci_low)} to ${tickText(r.ci_high)})`)}</title></rect>`,
      );
      if (Number.isFinite(r.ci_low) && Number.isFinite(r.ci_high))
        out.push(
          `<line x1="${px(x(r.ci_low))}" x2="${px(x(r.ci_high))}" y1="${px(yy + h / 2)}" y2="${px(yy + h / 2)}" stroke="#222"/>`,
        );
    });
  });
  out.push(`<line x1="${px(x(0))}" x2="${px(x(0))}" y1="${M.top}" y2="${PANEL_H - M.bottom}" stroke="#333"/>`);
  return out;
}

/** The SVG of the indices: panels in two columns, one per output, in the order of the rows. */
export function indicesFigure(rows: readonly IndexPoint[], title: string): string {
  const outputs = [...new Set(rows.map((r) => r.output))];
  const params = [...new Set(rows.map((r) => r.parameter))];
  const cols = Math.min(2, Math.max(1, outputs.length));
  const w = cols * PANEL_W;
  const h = 36 + Math.ceil(outputs.length / cols) * PANEL_H;
  const body: string[] = [];
  outputs.forEach((o, i) => {
    const points = rows.filter((r) => r.output === o);
    const morris = points[0]?.method === 'morris';
    body.push(
      `<g transform="translate(${(i % cols) * PANEL_W} ${36 + Math.floor(i / cols) * PANEL_H})">`,
      `<text x="${PANEL_W / 2}" y="16" text-anchor="middle" font-weight="bold">${esc(o)}</text>`,
      ...(morris ? morrisPanel(points, params) : sobolPanel(points, params)),
      '</g>',
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" ${FONT}>`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
    `<text x="${w / 2}" y="22" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
