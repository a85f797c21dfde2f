// Legend: each organisation kind's shape and colour, and each relationship state's colour.
import { EDGE_STATES, NODE_KINDS } from '../engine/api';
import { EDGE_STYLE, KIND_STYLE, css, shapePoints } from '../render/palette';

function shapeSvg(kind: (typeof NODE_KINDS)[number]): string {
  const st = KIND_STYLE[kind];
  const pts = shapePoints(st.shape);
  const r = st.shape === 'dot' ? 3.5 : 5.5;
  const body = pts
    ? `<polygon points="${pts.map(([x, y]) => `${(8 + x * r).toFixed(1)},${(8 + y * r).toFixed(1)}`).join(' ')}"`
    : `<circle cx="8" cy="8" r="${r}"`;
  return `<svg width="16" height="16" aria-hidden="true">${body} fill="${css(st.color)}" stroke="#0a0c10" stroke-width="1"/></svg>`;
}

export function mountLegend(stage: HTMLElement): void {
  const el = document.createElement('details');
  el.className = 'legend';
  el.open = true;
  el.dataset.testid = 'legend';
  const kinds = NODE_KINDS.map((k) => `<li>${shapeSvg(k)}${KIND_STYLE[k].label}</li>`).join('');
  const edges = EDGE_STATES.map((s) => {
    const st = EDGE_STYLE[s];
    const thin = s === 'membership' || s === 'referral' || s === 'bid';
    const w = thin ? 1.5 : 3;
    const a = thin ? 0.7 : 1;
    return `<li><svg width="22" height="10" aria-hidden="true"><line x1="1" y1="5" x2="21" y2="5" stroke="${css(st.color)}" stroke-opacity="${a}" stroke-width="${w}"/></svg>${st.label}</li>`;
  }).join('');
  el.innerHTML = `<summary>Legend</summary><ul><h4>Organisations (size: budget, income or list)</h4>${kinds}<h4>Relationships (width: contract value)</h4>${edges}<h4>Rings: events as they happen</h4></ul>`;
  stage.append(el);
}
