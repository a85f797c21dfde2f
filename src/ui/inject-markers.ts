// Dotted vertical lines, labelled, where the facilitator injected an event (beside the reforms'
// dashed ones), drawn on each live chart.
import type uPlot from 'uplot';
import type { SeriesStore } from './series';

const COLOUR = '#f0e442';

export function injectMarkers(store: SeriesStore): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u) => {
          if (!store.injects.length) return;
          const { ctx, bbox } = u;
          const dpr = devicePixelRatio || 1;
          ctx.save();
          ctx.strokeStyle = COLOUR;
          ctx.fillStyle = COLOUR;
          ctx.lineWidth = 2 * dpr;
          ctx.setLineDash([2 * dpr, 3 * dpr]);
          ctx.font = `${Math.round((parseFloat(getComputedStyle(u.root).fontSize) || 16) * 0.75) * dpr}px system-ui, sans-serif`;
          ctx.textBaseline = 'bottom';
          for (const m of store.injects) {
            const x = Math.round(u.valToPos(store.startYear + m.tick / 52, 'x', true));
            if (x < bbox.left || x > bbox.left + bbox.width) continue;
            ctx.beginPath();
            ctx.moveTo(x, bbox.top);
            ctx.lineTo(x, bbox.top + bbox.height);
            ctx.stroke();
            const w = ctx.measureText(m.label).width;
            ctx.textAlign = 'left';
            ctx.fillText(
              m.label,
              x + 4 * dpr + w > bbox.left + bbox.width ? x - w - 4 * dpr : x + 4 * dpr,
              bbox.top + bbox.height - 2 * dpr,
            );
          }
          ctx.restore();
        },
      ],
    },
  };
}
