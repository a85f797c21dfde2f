// Colour-blind-safe colours (Okabe & Ito 2008) for node kinds and relationship states, and
// the shape each kind is drawn with, shared by the network and the legend.
import type { EdgeState, NodeKind } from '../engine/api';

export type Shape = 'square' | 'circle' | 'triangle' | 'diamond' | 'pentagon' | 'hexagon' | 'dot';

export const BACKGROUND = 0x14171c;

export const KIND_STYLE: Record<NodeKind, { color: number; shape: Shape; label: string }> = {
  commissioner: { color: 0xe69f00, shape: 'square', label: 'Commissioner' },
  acute: { color: 0x56b4e9, shape: 'circle', label: 'Acute trust' },
  community: { color: 0x009e73, shape: 'triangle', label: 'Community provider' },
  'mental-health': { color: 0xcc79a7, shape: 'diamond', label: 'Mental-health trust' },
  isp: { color: 0xd55e00, shape: 'pentagon', label: 'Independent provider' },
  'gp-federation': { color: 0xf0e442, shape: 'hexagon', label: 'GP federation' },
  practice: { color: 0x8d96a0, shape: 'dot', label: 'GP practice' },
};

export const EDGE_STYLE: Record<EdgeState, { color: number; alpha: number; label: string }> = {
  agreed: { color: 0x3d8fd1, alpha: 0.55, label: 'Agreed contract' },
  negotiating: { color: 0xe69f00, alpha: 0.8, label: 'Negotiating' },
  tendering: { color: 0xcc79a7, alpha: 0.85, label: 'Tendering' },
  alliance: { color: 0x009e73, alpha: 0.8, label: 'Alliance / capitated' },
  dispute: { color: 0xd55e00, alpha: 0.95, label: 'Dispute / mediation' },
  arbitration: { color: 0xf0e442, alpha: 1, label: 'Arbitration' },
  membership: { color: 0x8b949e, alpha: 0.13, label: 'Practice membership' },
  referral: { color: 0x56b4e9, alpha: 0.1, label: 'Federation membership' },
  bid: { color: 0xcc79a7, alpha: 0.35, label: 'Bid in a tender' },
};

/** Pulse colours by feed tone. */
export const TONE_COLOR: Record<string, number> = {
  info: 0xdfe4ea,
  tender: 0xcc79a7,
  dispute: 0xf0e442,
  alliance: 0x009e73,
  finance: 0xd55e00,
  reform: 0xffffff,
};

export const css = (c: number): string => `#${c.toString(16).padStart(6, '0')}`;

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
