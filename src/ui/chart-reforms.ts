// Dashed vertical lines at each reform on a chart, labelled. Labels that would overprint one
// another drop to the next row down (reforms a year or two apart are common in the history run).
import type uPlot from 'uplot';
import { REGIMES } from '../model/index';
import { SERIES_CSS as C } from '../render/palette';
import type { SeriesStore } from './series';

/** Places labels (left x and width, in pixels, in x order) in rows so that none overlaps another. */
export function labelRows(labels: { x: number; w: number }[], gap: number): number[] {
  const ends: number[] = [];
  return labels.map((l) => {
    let row = ends.findIndex((end) => l.x >= end + gap);
    if (row < 0) row = ends.length;
    ends[row] = l.x + l.w;
    return row;
  });
}

export function reformMarkers(store: SeriesStore, fontPx: (u: uPlot) => number): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u) => {
          if (!store.reforms.length) return;
          const { ctx, bbox } = u;
          const dpr = devicePixelRatio || 1;
          ctx.save();
          ctx.strokeStyle = C.reform;
          ctx.fillStyle = C.reform;
          ctx.lineWidth = 2 * dpr;
          ctx.setLineDash([5 * dpr, 4 * dpr]);
          const px = fontPx(u) * dpr;
          ctx.font = `${px}px system-ui, sans-serif`;
          ctx.textBaseline = 'top';
          ctx.textAlign = 'left';
          const marks: { x: number; label: string; w: number; left: number }[] = [];
          for (const r of store.reforms) {
            if (r.tick === 0) continue; // the starting regime, not a reform
            const x = Math.round(u.valToPos(store.startYear + r.tick / 52, 'x', true));
            if (x < bbox.left || x > bbox.left + bbox.width) continue;
            ctx.beginPath();
            ctx.moveTo(x, bbox.top);
            ctx.lineTo(x, bbox.top + bbox.height);
            ctx.stroke();
            const label = REGIMES[r.regime]?.shortLabel ?? r.regime;
            const w = ctx.measureText(label).width;
            const left = x + 4 * dpr + w > bbox.left + bbox.width ? x - w - 4 * dpr : x + 4 * dpr;
            marks.push({ x, label, w, left });
          }
          const rows = labelRows(
            marks.map((m) => ({ x: m.left, w: m.w })),
            6 * dpr,
          );
          ctx.fillStyle = C.reform;
          marks.forEach((m, i) => {
            // A dark backing keeps a label readable over the lines it crosses.
            const y = bbox.top + 2 * dpr + rows[i] * (px + 3 * dpr);
            ctx.save();
            ctx.fillStyle = 'rgba(20,23,28,0.8)';
            ctx.fillRect(m.left - 2 * dpr, y - dpr, m.w + 4 * dpr, px + 2 * dpr);
            ctx.restore();
            ctx.fillText(m.label, m.left, y);
          });
          ctx.restore();
        },
      ],
    },
  };
}
