// The app's colours in one place: Okabe & Ito's colour-blind-safe set (2008) for node kinds,
// relationship states, event tones and chart series, with the shape each kind is drawn with.
// Colours are 0xRRGGBB numbers as Pixi wants them; css() gives the panels their CSS form.
import type { EdgeState, NodeKind, Tone } from '../engine/api';

export type Shape = 'square' | 'circle' | 'triangle' | 'diamond' | 'pentagon' | 'hexagon' | 'dot';

const OKABE_ITO = {
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
} as const;

export const BACKGROUND = 0x14171c;

export const KIND_STYLE: Record<NodeKind, { color: number; shape: Shape; label: string; plural: string }> = {
  commissioner: { color: OKABE_ITO.orange, shape: 'square', label: 'Commissioner', plural: 'Commissioners' },
  acute: { color: OKABE_ITO.skyBlue, shape: 'circle', label: 'Acute trust', plural: 'Acute trusts' },
  community: {
    color: OKABE_ITO.bluishGreen,
    shape: 'triangle',
    label: 'Community provider',
    plural: 'Community providers',
  },
  'mental-health': {
    color: OKABE_ITO.reddishPurple,
    shape: 'diamond',
    label: 'Mental-health trust',
    plural: 'Mental-health trusts',
  },
  isp: {
    color: OKABE_ITO.vermillion,
    shape: 'pentagon',
    label: 'Independent provider',
    plural: 'Independent providers',
  },
  'gp-federation': { color: OKABE_ITO.yellow, shape: 'hexagon', label: 'GP federation', plural: 'GP federations' },
  practice: { color: 0x8d96a0, shape: 'dot', label: 'GP practice', plural: 'GP practices' },
};

/**
 * How an edge is stroked, so relationship states differ without colour too: dashes, dots and
 * a double line (drawn by the edge shader; the legend draws the same in SVG).
 */
export type EdgePattern = 'solid' | 'long-dash' | 'dots' | 'double' | 'dash' | 'dash-dot-dot';
/** Pattern number as the edge shader reads it. */
export const PATTERN_ID: Record<EdgePattern, number> = {
  solid: 0,
  'long-dash': 1,
  dots: 2,
  double: 3,
  dash: 4,
  'dash-dot-dot': 5,
};
/** The same patterns as SVG dash arrays (CSS pixels; '' = solid). */
export const PATTERN_DASH: Record<EdgePattern, string> = {
  solid: '',
  'long-dash': '12 5',
  dots: '2.5 3.5',
  double: '',
  dash: '5 4',
  'dash-dot-dot': '6 2.5 2 2.5 2 2.5',
};

// Contract states' colours stay apart under simulated deuteranopia and protanopia as well as
// in full colour (test/render/palette-cvd.test.ts), and stand out on the dark background.
export const EDGE_STYLE: Record<EdgeState, { color: number; alpha: number; label: string; pattern: EdgePattern }> = {
  agreed: { color: 0x3d8fd1, alpha: 0.55, label: 'Agreed contract', pattern: 'solid' },
  negotiating: { color: OKABE_ITO.orange, alpha: 0.8, label: 'Negotiating', pattern: 'long-dash' },
  tendering: { color: 0xff99cc, alpha: 0.85, label: 'Tendering', pattern: 'dots' },
  alliance: { color: OKABE_ITO.bluishGreen, alpha: 0.8, label: 'Alliance / capitated', pattern: 'double' },
  dispute: { color: 0xcc3311, alpha: 0.95, label: 'Dispute / mediation', pattern: 'dash' },
  arbitration: { color: 0xffee88, alpha: 1, label: 'Arbitration', pattern: 'dash-dot-dot' },
  membership: { color: 0x8b949e, alpha: 0.13, label: 'Practice membership', pattern: 'solid' },
  referral: { color: OKABE_ITO.skyBlue, alpha: 0.1, label: 'Federation membership', pattern: 'solid' },
  bid: { color: 0xff99cc, alpha: 0.35, label: 'Bid in a tender', pattern: 'dots' },
};

/** Event tones: the pulse on the network, the feed's stripe and its filter chip. */
export const TONE_STYLE: Record<Tone, { color: number; label: string }> = {
  info: { color: 0xdfe4ea, label: 'Contracts' },
  tender: { color: OKABE_ITO.reddishPurple, label: 'Tenders' },
  dispute: { color: OKABE_ITO.yellow, label: 'Disputes' },
  alliance: { color: OKABE_ITO.bluishGreen, label: 'Alliances' },
  finance: { color: OKABE_ITO.vermillion, label: 'Finance' },
  reform: { color: 0xffffff, label: 'Reforms' },
};

/** Chart lines, by what they measure (matching what the colour means on the network). */
const SERIES_COLOR = {
  spendAcute: KIND_STYLE.acute.color,
  spendCommunity: KIND_STYLE.community.color,
  spendMentalHealth: KIND_STYLE['mental-health'].color,
  spendPrimary: KIND_STYLE.practice.color,
  transactionCost: OKABE_ITO.orange,
  arbitrations: EDGE_STYLE.arbitration.color,
  tenders: EDGE_STYLE.tendering.color,
  trust: EDGE_STYLE.alliance.color,
  deficit: OKABE_ITO.vermillion,
  surplus: OKABE_ITO.orange,
  cash: OKABE_ITO.skyBlue,
  balance: OKABE_ITO.orange,
  reform: TONE_STYLE.reform.color,
} as const;

/** A colour number as CSS ("#e69f00"). */
export const css = (c: number): string => `#${c.toString(16).padStart(6, '0')}`;

const cssOf = <K extends string>(colours: Record<K, number>): Record<K, string> =>
  Object.fromEntries(Object.entries<number>(colours).map(([k, c]) => [k, css(c)])) as Record<K, string>;
const colourOf = <K extends string>(styles: Record<K, { color: number }>): Record<K, number> =>
  Object.fromEntries(Object.entries<{ color: number }>(styles).map(([k, s]) => [k, s.color])) as Record<K, number>;

/** CSS colours for the panels. */
export const KIND_CSS = cssOf(colourOf(KIND_STYLE));
export const TONE_CSS = cssOf(colourOf(TONE_STYLE));
export const SERIES_CSS = cssOf(SERIES_COLOR);

/** Vertices of a regular shape of radius 1 centred on 0,0 (for canvas and SVG drawing). */
export function shapePoints(shape: Shape): [number, number][] | null {
  const poly = (n: number, rot: number, r = 1): [number, number][] =>
    Array.from({ length: n }, (_, i) => [
      Math.cos(rot + (i * 2 * Math.PI) / n) * r,
      Math.sin(rot + (i * 2 * Math.PI) / n) * r,
    ]);
  switch (shape) {
    case 'square':
      return poly(4, Math.PI / 4, 1.25);
    case 'triangle':
      return poly(3, -Math.PI / 2, 1.3);
    case 'diamond':
      return poly(4, 0, 1.25);
    case 'pentagon':
      return poly(5, -Math.PI / 2, 1.1);
    case 'hexagon':
      return poly(6, 0, 1.08);
    default:
      return null;
  }
}
