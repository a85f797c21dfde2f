// Model events in plain English for the feed and the inspector. Every EVENT_TYPES entry has
// its own sentence (a test checks none falls through), naming organisations and money in £m.
import type { ModelEvent } from '../model/events';
import { formatMoney } from './money';

/** Names the sentences need, looked up by the model's entity ids. */
export interface SentenceNames {
  commissioner(id: number): string;
  provider(id: number): string;
  practice(id: number): string;
  /** Service line of a tender or contract, e.g. "community services". */
  tenderService(id: number): string | null;
  allianceMembers(id: number): string[];
  regimeLabel(id: string): string;
  /** Name of any organisation by its code (events name successors and practices by code). */
  byCode(code: string): string | null;
}

/** £ amount for a sentence: "£212m", "£1.4m", "£350k"; unknown amounts in words. */
export function money(pounds: number | null | undefined): string {
  return pounds == null || !Number.isFinite(pounds) ? 'an undisclosed sum' : formatMoney(pounds);
}

const pct = (share: number): string => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;

/** First numeric detail among `keys`. */
function num(e: ModelEvent, ...keys: string[]): number | null {
  for (const k of keys) {
    const v = e.detail[k];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
  }
  return null;
}
function str(e: ModelEvent, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = e.detail[k];
    if (typeof v === 'string' && v) return v;
  }
  return null;
}

/** Turns a machine reason ("low-trust", "contract-expiry") into words. */
function reasonWords(reason: string): string {
  return reason.replace(/[-_.]+/g, ' ').trim();
}

const because = (e: ModelEvent): string => (e.reason ? ` (${reasonWords(e.reason)})` : '');

/** The sentence the feed and the inspector show for an event. */
export function eventSentence(e: ModelEvent, n: SentenceNames): string {
  const C = e.commissioner != null ? n.commissioner(e.commissioner) : 'The commissioner';
  const P = e.provider != null ? n.provider(e.provider) : 'the provider';
  const line = str(e, 'line', 'service');
  const service =
    (e.tender != null ? n.tenderService(e.tender) : null) ?? (line ? serviceWords(line) : null) ?? 'the service';
  const v = money(e.value);
  // An organisation named in the detail by id (number) or by code (string).
  const named = (k: string, byId: (id: number) => string): string | null => {
    const v = e.detail[k];
    if (typeof v === 'number' && v >= 0) return byId(v);
    if (typeof v === 'string' && v) return n.byCode(v) ?? v;
    return null;
  };
  switch (e.type) {
    case 'reform.applied': {
      const to = str(e, 'to', 'regime');
      const from = str(e, 'from', 'previous');
      const label = to ? n.regimeLabel(to) : (str(e, 'label') ?? 'a new regime');
      // Same regime, new shape (the CCG mergers of 2019–21).
      if (to && to === from) return `Reorganisation: ${reasonWords(e.reason) || 'the commissioners merge'}`;
      return `Reform: ${label} now applies${from ? ` in place of ${n.regimeLabel(from)}` : ''}${because(e)}`;
    }
    case 'commissioner.created':
      return `${C} was established${num(e, 'population') != null ? `, covering ${Math.round(num(e, 'population')! / 1000)}k registered patients` : ''}`;
    case 'commissioner.abolished': {
      const s = named('successor', n.commissioner);
      return `${C} was abolished${s ? `; ${s} takes over its responsibilities` : ''}`;
    }
    case 'practice.merged': {
      const into = named('into', n.practice);
      const list = num(e, 'list');
      return `${named('practice', n.practice) ?? 'A practice'}${list != null ? ` (${Math.round(list).toLocaleString('en-GB')} patients)` : ''} merged into ${into ?? 'a neighbouring practice'}`;
    }
    case 'negotiation.opened': {
      const form = str(e, 'form');
      return `${C} and ${P} opened negotiations on a ${form ? `${form} ` : ''}contract worth about ${v} a year`;
    }
    case 'negotiation.offer':
      return `${C} offered ${P} ${v}${num(e, 'round') != null ? ` (round ${num(e, 'round')})` : ''}`;
    case 'negotiation.counter-offer':
      return `${P} asked ${C} for ${v}${num(e, 'round') != null ? ` (round ${num(e, 'round')})` : ''}`;
    case 'negotiation.agreed':
      return `${C} and ${P} agreed a contract worth ${v}${num(e, 'rounds', 'round') != null ? ` after ${num(e, 'rounds', 'round')} rounds` : ''}`;
    case 'negotiation.deadline-missed':
      return `${C} and ${P} missed the signing deadline${offersGap(e)}; the dispute process starts`;
    case 'mediation.opened':
      return `${C} and ${P} went to mediation${offersGap(e) || (e.value != null ? ` over a ${v} gap` : '')}`;
    case 'mediation.settled':
      return `Mediation settled the dispute between ${C} and ${P} at ${v}`;
    case 'mediation.failed':
      return `Mediation between ${C} and ${P} failed${e.value != null ? ` with ${v} still between them` : ''}${because(e)}`;
    case 'arbitration.opened': {
      const co = num(e, 'commissionerOffer', 'commissionerFinal'),
        po = num(e, 'providerOffer', 'providerFinal');
      const arbiter = str(e, 'arbiter');
      return `${C} took ${P} to arbitration${arbiter ? ` before the ${arbiter}` : ''}${co != null && po != null ? `: final offers ${money(co)} and ${money(po)}` : e.value != null ? ` over a ${v} gap` : ''}`;
    }
    case 'arbitration.decided': {
      const co = num(e, 'commissionerOffer', 'commissionerFinal'),
        po = num(e, 'providerOffer', 'providerFinal');
      const w = str(e, 'winner', 'chose', 'side');
      const chose = w === 'commissioner' ? "the commissioner's" : w === 'provider' ? "the provider's" : v;
      return `${C} took ${P} to arbitration${co != null && po != null ? `: final offers ${money(co)} and ${money(po)}` : ''}; the panel chose ${chose}`;
    }
    case 'contract.rolled-over':
      return `${C} rolled over its contract with ${P} at ${v}${because(e)}`;
    case 'contract.signed': {
      const form = str(e, 'form');
      const years = num(e, 'years');
      return `${C} signed a ${years != null ? `${years}-year ` : ''}${form ? `${form} ` : ''}contract with ${P} worth ${v} a year`;
    }
    case 'contract.ended':
      return `${C}'s contract with ${P} ended${because(e)}`;
    case 'contract.collapsed':
      return `${P}'s contract with ${C} collapsed${e.value != null ? ` with a ${v} gap` : ''}${because(e)}`;
    case 'tender.decided': {
      const route = e.reason || str(e, 'route') || '';
      const held = e.provider != null ? `, held by ${P}` : '';
      if (route.startsWith('direct-award') || route === 'most-suitable-provider') {
        return `${C} chose a ${routeWords(route)} for ${service} (${v} a year${held}) instead of a tender`;
      }
      return `${C} decided to put ${service} out to ${routeWords(route) || 'tender'} (${v} a year${held})`;
    }
    case 'tender.opened': {
      const route = e.reason || str(e, 'route') || '';
      const weeks = num(e, 'weeks'),
        invited = num(e, 'invited');
      return `${C} opened a ${routeWords(route) || 'tender'} for ${service} worth ${v} a year${weeks != null ? `, closing in ${weeks} weeks` : ''}${invited != null ? ` (${invited} providers able to bid)` : ''}`;
    }
    case 'tender.bid':
      return `${P} bid ${v} for ${C}'s ${service} tender`;
    case 'tender.awarded': {
      const bids = num(e, 'bids');
      const kept = e.reason === 'incumbent retained' ? '; the incumbent kept it' : '';
      return `${C} awarded ${service} to ${P} at ${v} a year${bids != null ? ` (${bids} bid${bids === 1 ? '' : 's'})` : ''}${kept}`;
    }
    case 'tender.challenged':
      return `${P} challenged ${C}'s award of ${service}${because(e)}`;
    case 'tender.abandoned':
      return `${C} abandoned its tender for ${service}${because(e)}`;
    case 'provider.changed': {
      const from = named('from', n.provider);
      return `${C} moved ${service} ${from ? `from ${from} ` : ''}to ${P}${e.value != null ? ` (${v} a year)` : ''}`;
    }
    case 'service.decommissioned':
      return `${C} decommissioned ${service} from ${P}${e.value != null ? ` (${v} a year)` : ''}${because(e)}`;
    case 'alliance.formed': {
      const members = e.alliance != null ? n.allianceMembers(e.alliance) : [];
      const lead = str(e, 'kind') === 'lead-provider' || e.reason.startsWith('lead-provider');
      const years = num(e, 'years');
      return `${C} formed ${lead ? `a lead-provider contract${e.provider != null ? ` led by ${P}` : ''}` : 'an alliance'}${members.length ? ` with ${listNames(members)}` : ''}${e.value != null ? `, a capitated budget of ${v} a year` : ''}${years != null ? ` for ${years} years` : ''}`;
    }
    case 'alliance.dissolved':
      return `${C}'s alliance${e.provider != null ? ` led by ${P}` : ''} dissolved${because(e)}`;
    case 'alliance.shared-result': {
      const r = e.value ?? 0;
      return `${C}'s alliance shared a ${r < 0 ? 'deficit' : 'surplus'} of ${money(Math.abs(r))} among its members`;
    }
    case 'alliance.upstream-shift':
      return `${C}'s alliance moved ${v} from hospital care into community, mental-health and primary care`;
    case 'payment.withheld': {
      const share = num(e, 'share');
      return `${C} withheld ${v}${share != null ? ` (${pct(share)})` : ''} from ${P} for missed quality goals`;
    }
    case 'payment.capped':
      return `${C}, over budget, would not pay ${P} ${v} for work done above the agreed plan`;
    case 'payment.sanction':
      return `${C} fined ${P} ${v}${because(e)}`;
    case 'provider.deficit':
      return `${P} ended the year in deficit by ${money(e.value != null ? Math.abs(e.value) : null)}`;
    case 'provider.bailout':
      return `${P} was bailed out with ${v} of central support`;
    case 'provider.failed': {
      const s = named('successor', n.provider);
      return `${P} failed and was placed in administration${e.value != null && e.value > 0 ? ` with ${v} of cash owed` : ''}${s ? `; ${s} takes over its services` : ''}`;
    }
    case 'provider.exited':
      return `${P} left the market${e.value != null && e.value > 0 ? ` owing ${v}` : ''}${because(e)}`;
    case 'inject.applied': {
      const who = e.provider != null ? ` (${P})` : e.commissioner != null ? ` (${C})` : '';
      return `The facilitator injected ${str(e, 'label') ?? 'a change'}${who}${e.value != null ? `: ${v}` : ''}`;
    }
    case 'debt.written-off':
      return `${v} of ${e.provider != null ? `${P}'s ` : ''}revenue support debt was written off`;
  }
}

const ROUTES: Record<string, string> = {
  competitive: 'competitive tender',
  'single-tender': 'single-tender action',
  'direct-award-a': 'direct award (process A)',
  'direct-award-b': 'direct award (process B)',
  'direct-award-c': 'direct award (process C, the incumbent)',
  'most-suitable-provider': 'most-suitable-provider award',
  'any-qualified-provider': 'any-qualified-provider scheme',
};
function routeWords(route: string): string {
  return ROUTES[route] ?? reasonWords(route);
}

const SERVICES: Record<string, string> = {
  elective: 'elective surgery',
  emergency: 'emergency care',
  outpatient: 'outpatient services',
  community: 'community services',
  'mental-health': 'mental-health services',
  diabetes: 'the diabetes pathway',
  stroke: 'the stroke pathway',
  dementia: 'the dementia pathway',
};
/** A service line's id ('community') in words ('community services'). */
export function serviceWords(line: string): string {
  return SERVICES[line] ?? reasonWords(line);
}

function offersGap(e: ModelEvent): string {
  const co = num(e, 'commissionerOffer', 'commissionerFinal', 'lastCommissionerOffer');
  const po = num(e, 'providerOffer', 'providerFinal', 'lastProviderOffer');
  if (co != null && po != null) return ` (${money(co)} offered, ${money(po)} asked)`;
  const gap = num(e, 'gap');
  return gap != null ? ` (${money(gap)} apart)` : '';
}

function listNames(xs: string[]): string {
  if (xs.length <= 1) return xs.join('');
  if (xs.length > 4) return `${xs.slice(0, 3).join(', ')} and ${xs.length - 3} others`;
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}
