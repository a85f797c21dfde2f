// "Why?" in plain English: what a consequential decision compared, read from the facts the model
// records with the event (docs/metrics.md lists them). Events that are not decisions (an offer,
// a bid) have no why of their own: their cause does.
import type { ModelEvent } from '../model/events';
import { money, type SentenceNames } from './event-sentence';

const n = (e: ModelEvent, k: string): number | null => {
  const v = e.detail[k];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};
const s = (e: ModelEvent, k: string): string | null => {
  const v = e.detail[k];
  return typeof v === 'string' && v ? v : null;
};
const pct = (x: number) => `${Math.round(x * 100)}%`;
const orientationWords = (o: number) => (o >= 0.6 ? 'relational' : o <= 0.4 ? 'transactional' : 'mixed');

/** Why a decision went the way it did, or null when the event records nothing to explain. */
export function whySentence(e: ModelEvent, names: SentenceNames): string | null {
  switch (e.type) {
    case 'tender.decided': {
      const gain = n(e, 'perceivedGain');
      const cost = n(e, 'tenderCost');
      if (gain === null || cost === null) {
        const alts = n(e, 'alternatives');
        return alts === 0
          ? 'No other provider nearby could take the service on, so there was no one to tender to.'
          : null;
      }
      const o = n(e, 'orientation');
      const p = n(e, 'probability');
      return (
        `The commissioner saw ${money(gain)} to gain from a better provider against ${money(cost)} to run a tender` +
        (o !== null ? `; its orientation is ${orientationWords(o)} (${o.toFixed(2)})` : '') +
        (n(e, 'trust') !== null ? `, its trust in the incumbent ${n(e, 'trust')!.toFixed(2)}` : '') +
        (p !== null
          ? `: a ${pct(p)} chance of competing by choice, ${e.reason === 'competitive' ? 'and it did' : "and it did not, so the regime's route for this case applied"}.`
          : '.')
      );
    }
    case 'tender.awarded': {
      const score = n(e, 'score');
      if (score === null) return null;
      const ru = s(e, 'runnerUp');
      const ruScore = n(e, 'runnerUpScore');
      const wq = n(e, 'qualityWeight');
      return (
        `The panel scored the winning bid ${score.toFixed(2)} (price ${money(n(e, 'price'))}, quality as seen ${n(e, 'seenQuality')?.toFixed(2) ?? '?'})` +
        (ru && ruScore !== null
          ? ` against ${names.byCode(ru) ?? ru}'s ${ruScore.toFixed(2)} at ${money(n(e, 'runnerUpPrice'))}`
          : ', the only bid left') +
        (wq !== null ? `; quality counted for ${pct(wq)} of the score.` : '.')
      );
    }
    case 'negotiation.deadline-missed':
    case 'mediation.opened': {
      const co = n(e, 'commissionerOffer');
      const po = n(e, 'providerOffer');
      if (co === null || po === null) return null;
      const chance = n(e, 'settleChance');
      return (
        `At the deadline the commissioner offered ${money(co)} and the provider asked ${money(po)}, ${money(po - co)} apart` +
        (chance !== null
          ? `; with trust at ${n(e, 'trust')?.toFixed(2)} mediation had a ${pct(chance)} chance of settling.`
          : '.')
      );
    }
    case 'mediation.failed': {
      const t = n(e, 'arbitrationThreshold');
      return t !== null && e.value !== null
        ? `Mediation left ${money(e.value)} between them; gaps of ${money(t)} or more may go to arbitration.`
        : null;
    }
    case 'arbitration.decided': {
      const co = n(e, 'commissionerFinal');
      const po = n(e, 'providerFinal');
      const fair = n(e, 'fairValue');
      if (co === null || po === null || fair === null) return null;
      const w = s(e, 'winner');
      return `Pendulum arbitration: the panel's own view of a fair price was ${money(fair)}; the ${w ?? 'chosen side'}'s final offer (${money(w === 'provider' ? po : co)}) was closer to it than the other's (${money(w === 'provider' ? co : po)}), so it was chosen whole, with no splitting.`;
    }
    case 'provider.bailout':
    case 'provider.failed':
    case 'provider.exited': {
      const cash = n(e, 'cash');
      const threshold = n(e, 'threshold');
      const policy = n(e, 'bailoutPolicy');
      if (cash === null || threshold === null) return null;
      const head = `Its cash fell to ${money(cash)}, below the distress line of ${money(threshold)}`;
      if (e.type === 'provider.exited') return `${head}; independent providers and GP federations get no bail-out.`;
      return `${head}; under these rules the centre bails out ${pct(policy ?? 0)} of NHS trusts in distress, and ${e.type === 'provider.bailout' ? 'this one was' : 'this one was not'}.`;
    }
    case 'alliance.formed': {
      const t = n(e, 'meanTrust');
      const th = n(e, 'trustThreshold');
      const cap = n(e, 'capability');
      const capTh = n(e, 'capabilityThreshold');
      if (t === null || th === null) return null;
      return `Trust between the commissioner and the members averaged ${t.toFixed(2)} (an alliance needs ${th.toFixed(2)})${cap !== null && capTh !== null ? ` and its contracting capability is ${cap.toFixed(2)} (needs ${capTh.toFixed(2)})` : ''}.`;
    }
    case 'alliance.dissolved': {
      const t = n(e, 'meanTrust');
      const floor = n(e, 'floor');
      const pool = n(e, 'pool');
      if (t === null) return null;
      if (e.reason === 'trust broke down')
        return `Trust among the members fell to ${t.toFixed(2)}, below ${floor?.toFixed(2)}.`;
      return `The pooled result was ${money(pool)}; with its commissioner's capability the design had a ${pct(n(e, 'failureRisk') ?? 0)} chance of failing under a loss.`;
    }
    case 'reform.applied': {
      const before = n(e, 'commissionersBefore');
      const after = n(e, 'commissionersAfter');
      if (before === null || after === null) return null;
      if (s(e, 'from') === s(e, 'to'))
        return `${before} commissioners became ${after}: the rules stay, the organisations merge.`;
      return `${before} commissioners became ${after}; contracts now default to ${s(e, 'paymentForm') ?? 'the new'} payment, and disputes go to the ${s(e, 'arbiter') ?? 'new arbiter'}.`;
    }
    default:
      return null;
  }
}
