// Legend: each organisation kind's shape and colour, each relationship state's colour and the
// colours of the rings that flash when something happens, all from the one palette.
import { EDGE_STATES, NODE_KINDS, TONES, type NodeKind } from '../engine/api';
import { EDGE_STYLE, KIND_STYLE, TONE_STYLE, css, shapePoints } from '../render/palette';
import { h } from '../ui/dom';

/** A small inline SVG icon (the panels' builder makes HTML elements, not SVG). */
function icon(width: number, height: number, markup: string): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('aria-hidden', 'true');
  svg.innerHTML = markup;
  return svg;
}

function kindIcon(kind: NodeKind): SVGSVGElement {
  const st = KIND_STYLE[kind];
  const pts = shapePoints(st.shape);
  const r = st.shape === 'dot' ? 3.5 : 5.5;
  const body = pts
    ? `<polygon points="${pts.map(([x, y]) => `${(8 + x * r).toFixed(1)},${(8 + y * r).toFixed(1)}`).join(' ')}"`
    : `<circle cx="8" cy="8" r="${r}"`;
  return icon(16, 16, `${body} fill="${css(st.color)}" stroke="#0a0c10" stroke-width="1"/>`);
}

export function mountLegend(stage: HTMLElement): HTMLDetailsElement {
  const heading = (text: string): HTMLElement => h('li', { class: 'legend-head' }, h('h4', { text }));
  const kinds = NODE_KINDS.map((k) => h('li', {}, kindIcon(k), KIND_STYLE[k].label));
  const edges = EDGE_STATES.map((s) => {
    const st = EDGE_STYLE[s];
    // Memberships and bids are drawn thin and faint on the network.
    const thin = s === 'membership' || s === 'referral' || s === 'bid';
    const line = `<line x1="1" y1="5" x2="21" y2="5" stroke="${css(st.color)}" stroke-opacity="${thin ? 0.7 : 1}" stroke-width="${thin ? 1.5 : 3}"/>`;
    return h('li', {}, icon(22, 10, line), st.label);
  });
  // The rings' colours in one wrapping row, so the legend covers little more of the network.
  const rings = h(
    'li',
    { class: 'legend-rings' },
    ...TONES.map((t) => {
      const ring = `<circle cx="6" cy="6" r="4" fill="none" stroke="${css(TONE_STYLE[t].color)}" stroke-width="2"/>`;
      return h('span', {}, icon(12, 12, ring), TONE_STYLE[t].label);
    }),
  );
  const legend = h(
    'details',
    { class: 'legend', open: true, 'data-testid': 'legend' },
    h('summary', { text: 'Legend' }),
    h(
      'ul',
      {},
      heading('Organisations (size: budget, income or list)'),
      ...kinds,
      heading('Relationships (width: contract value)'),
      ...edges,
      heading('Rings: events as they happen'),
      rings,
    ),
  );
  stage.append(legend);
  return legend;
}
