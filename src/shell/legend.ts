// Legend: each organisation kind's shape and colour, each relationship state's colour and
// stroke pattern (so states differ without colour too) and the colours of the rings that flash
// when something happens, all from the one palette. It folds to a small control, and the
// network's "fit" keeps clear of it while it is open.
import { EDGE_STATES, NODE_KINDS, TONES, type NodeKind } from '../engine/api';
import { EDGE_STYLE, KIND_STYLE, PATTERN_DASH, TONE_STYLE, css, shapePoints } from '../render/palette';
import { h } from '../ui/dom';

/** A small inline SVG icon (the panels' builder makes HTML elements, not SVG). */
function icon(width: number, height: number, markup: string): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
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

/** A relationship state's line: its colour and its stroke pattern (a double line for alliances). */
function edgeIcon(s: (typeof EDGE_STATES)[number]): SVGSVGElement {
  const st = EDGE_STYLE[s];
  const thin = s === 'membership' || s === 'referral' || s === 'bid';
  const dash = PATTERN_DASH[st.pattern] ? ` stroke-dasharray="${PATTERN_DASH[st.pattern]}"` : '';
  const line = (y: number, w: number): string =>
    `<line x1="1" y1="${y}" x2="29" y2="${y}" stroke="${css(st.color)}" stroke-opacity="${thin ? 0.7 : 1}" stroke-width="${w}"${dash}/>`;
  return icon(30, 10, st.pattern === 'double' ? line(3, 2) + line(7, 2) : line(5, thin ? 1.5 : 3));
}

export interface LegendHandle {
  el: HTMLDetailsElement;
  /** Told when the legend opens or closes (the view refits around it). */
  onToggle(cb: () => void): void;
}

export function mountLegend(stage: HTMLElement): LegendHandle {
  const section = (title: string, ...items: HTMLElement[]): HTMLElement =>
    h('section', { class: 'legend-part' }, h('h4', { text: title }), h('ul', {}, ...items));
  const kinds = NODE_KINDS.map((k) => h('li', {}, kindIcon(k), KIND_STYLE[k].label));
  const edges = EDGE_STATES.map((s) =>
    h('li', { 'data-state': s, 'data-pattern': EDGE_STYLE[s].pattern }, edgeIcon(s), EDGE_STYLE[s].label),
  );
  const rings = TONES.map((t) => {
    const ring = `<circle cx="6" cy="6" r="4" fill="none" stroke="${css(TONE_STYLE[t].color)}" stroke-width="2"/>`;
    return h('li', {}, icon(12, 12, ring), TONE_STYLE[t].label);
  });
  const el = h(
    'details',
    { class: 'legend', open: true, 'data-testid': 'legend', 'data-overlay': '' },
    h('summary', { text: 'Legend' }),
    section('Organisations (size: budget, income or list)', ...kinds),
    section('Relationships (width: contract value)', ...edges),
    h(
      'section',
      { class: 'legend-part legend-rings' },
      h('h4', { text: 'Rings: events as they happen' }),
      h('ul', {}, ...rings),
    ),
  );
  stage.append(el);
  return { el, onToggle: (cb) => el.addEventListener('toggle', cb) };
}
