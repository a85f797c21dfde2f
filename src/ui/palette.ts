// Colours for the panels, taken from the network's palette (src/render/palette.ts, Okabe–Ito)
// so that an acute trust, a dispute or a reform has one colour everywhere on the screen.
import type { NodeKind } from '../engine/api';
import { KIND_STYLE, EDGE_STYLE, TONE_COLOR, css } from '../render/palette';
import type { Tone } from './feed-buffer';

export const OKABE_ITO = {
  black: '#000000',
  orange: '#e69f00',
  skyBlue: '#56b4e9',
  bluishGreen: '#009e73',
  yellow: '#f0e442',
  blue: '#0072b2',
  vermillion: '#d55e00',
  reddishPurple: '#cc79a7',
  grey: '#b8c0c8',
} as const;

export const KIND_COLOURS = Object.fromEntries(Object.entries(KIND_STYLE).map(([k, v]) => [k, css(v.color)])) as Record<
  NodeKind,
  string
>;

export const KIND_LABELS: Record<NodeKind, string> = {
  commissioner: 'Commissioners',
  acute: 'Acute trusts',
  community: 'Community providers',
  'mental-health': 'Mental-health trusts',
  isp: 'Independent providers',
  'gp-federation': 'GP federations',
  practice: 'GP practices',
};

export const TONE_COLOURS = Object.fromEntries(
  (['info', 'tender', 'dispute', 'alliance', 'finance', 'reform'] as const).map((t) => [
    t,
    css(TONE_COLOR[t] ?? 0xdfe4ea),
  ]),
) as Record<Tone, string>;

export const TONE_LABELS: Record<Tone, string> = {
  info: 'Contracts',
  tender: 'Tenders',
  dispute: 'Disputes',
  alliance: 'Alliances',
  finance: 'Finance',
  reform: 'Reforms',
};

/** Chart series colours, by what they measure (matching the network's meaning of colours). */
export const SERIES_COLOURS = {
  spendAcute: KIND_COLOURS.acute,
  spendCommunity: KIND_COLOURS.community,
  spendMentalHealth: KIND_COLOURS['mental-health'],
  spendPrimary: KIND_COLOURS.practice,
  transactionCost: OKABE_ITO.orange,
  arbitrations: css(EDGE_STYLE.arbitration.color),
  tenders: css(EDGE_STYLE.tendering.color),
  trust: css(EDGE_STYLE.alliance.color),
  deficit: OKABE_ITO.vermillion,
  reform: TONE_COLOURS.reform,
} as const;
