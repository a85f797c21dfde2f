// Okabe–Ito colours (safe for the common colour-vision deficiencies), by meaning. The network
// should use the same mapping so a provider type or tone looks the same everywhere.
import type { NodeKind } from '../engine/api';
import type { Tone } from './feed';

export const OKABE_ITO = {
  black: '#000000', orange: '#E69F00', skyBlue: '#56B4E9', bluishGreen: '#009E73',
  yellow: '#F0E442', blue: '#0072B2', vermillion: '#D55E00', reddishPurple: '#CC79A7', grey: '#767676',
} as const;

export const KIND_COLOURS: Record<NodeKind, string> = {
  commissioner: OKABE_ITO.blue,
  acute: OKABE_ITO.vermillion,
  community: OKABE_ITO.bluishGreen,
  'mental-health': OKABE_ITO.reddishPurple,
  isp: OKABE_ITO.orange,
  'gp-federation': OKABE_ITO.skyBlue,
  practice: OKABE_ITO.grey,
};

export const KIND_LABELS: Record<NodeKind, string> = {
  commissioner: 'Commissioners',
  acute: 'Acute trusts',
  community: 'Community providers',
  'mental-health': 'Mental-health trusts',
  isp: 'Independent providers',
  'gp-federation': 'GP federations',
  practice: 'GP practices',
};

export const TONE_COLOURS: Record<Tone, string> = {
  info: OKABE_ITO.grey,
  tender: OKABE_ITO.blue,
  dispute: OKABE_ITO.vermillion,
  alliance: OKABE_ITO.bluishGreen,
  finance: OKABE_ITO.orange,
  reform: OKABE_ITO.reddishPurple,
};

export const TONE_LABELS: Record<Tone, string> = {
  info: 'Contracts', tender: 'Tenders', dispute: 'Disputes', alliance: 'Alliances', finance: 'Finance', reform: 'Reforms',
};

/** Spend series follow the provider-type colours. */
export const SECTOR_COLOURS = {
  spendAcute: KIND_COLOURS.acute,
  spendCommunity: KIND_COLOURS.community,
  spendMentalHealth: KIND_COLOURS['mental-health'],
  spendPrimary: OKABE_ITO.skyBlue,
} as const;
