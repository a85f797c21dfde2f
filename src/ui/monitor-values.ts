// The headline monitors' figures (pure): what a room watches at a glance, each with its
// change since last year. Year-to-date figures compare with the same week a year earlier;
// year-end figures (waiting list, trusts in deficit) with the year before.
import type { Frame } from '../engine/api';
import type { SeriesStore, WeeklyKey } from './series';
import { formatMillions, financialYearLabel } from './format';

export interface Monitor {
  id: 'spend' | 'deficit' | 'waiting' | 'arbitrations' | 'tenders';
  label: string;
  /** When the figure stands: "this year so far" or a year end. */
  when: string;
  value: string;
  /** Change since last year in words, e.g. "+3.1% on a year ago"; '' when there is nothing to compare. */
  change: string;
  /** Raw figures, for tests and the page handle. */
  raw: number | null;
  rawBefore: number | null;
}

const SPEND: WeeklyKey[] = ['spendAcute', 'spendCommunity', 'spendMentalHealth', 'spendPrimary'];
const sign = (x: number): string => (x > 0 ? '+' : x < 0 ? '−' : '±');

function pctChange(now: number, before: number | null, what: string): string {
  if (before === null || !Number.isFinite(before)) return '';
  if (before === 0) return now === 0 ? `no change on ${what}` : `up from none ${what}`;
  const p = ((now - before) / Math.abs(before)) * 100;
  return `${sign(p)}${Math.abs(p).toFixed(Math.abs(p) < 10 ? 1 : 0)}% on ${what}`;
}

function countChange(now: number, before: number | null, what: string): string {
  if (before === null) return '';
  const d = now - before;
  return d === 0 ? `as ${what}` : `${sign(d)}${Math.abs(d).toLocaleString('en-GB')} on ${what}`;
}

export function monitorValues(store: SeriesStore, f: Frame | null): Monitor[] {
  const tick = f?.tick ?? -1;
  const spendAt = (t: number): number | null => {
    let s = 0;
    for (const k of SPEND) {
      const v = store.at(k, t);
      if (v === null) return null;
      s += v;
    }
    return s;
  };
  const sameWeek = 'a year ago';
  const spend = f ? SPEND.reduce((s, k) => s + f.weekly[k], 0) : null;
  const spendBefore = tick >= 52 ? spendAt(tick - 52) : null;
  const ytd = (k: WeeklyKey): [number | null, number | null] => [
    f ? f.weekly[k] : null,
    tick >= 52 ? store.at(k, tick - 52) : null,
  ];
  const [arb, arbBefore] = ytd('arbitrations');
  const [ten, tenBefore] = ytd('tenders');
  const last = store.years.at(-1);
  const prev = store.years.at(-2);
  const yearEnd = last ? financialYearLabel(store.startYear + last.year - 1) : 'after the first year';
  const deficit = last ? last.nhs_trusts_in_deficit_share : null;
  const deficitBefore = prev ? prev.nhs_trusts_in_deficit_share : null;
  const waiting = last ? last.waiting_list : null;
  const waitingBefore = prev ? prev.waiting_list : null;
  const dash = '–';
  return [
    {
      id: 'spend',
      label: 'Spend this year',
      when: 'this financial year so far',
      value: spend === null ? dash : formatMillions(spend),
      change: spend === null ? '' : pctChange(spend, spendBefore, sameWeek),
      raw: spend,
      rawBefore: spendBefore,
    },
    {
      id: 'deficit',
      label: 'NHS trusts in deficit',
      when: yearEnd,
      value: deficit === null ? dash : `${Math.round(deficit * 100)}%`,
      change:
        deficit === null || deficitBefore === null
          ? ''
          : `${sign(Math.round((deficit - deficitBefore) * 100))}${Math.abs(Math.round((deficit - deficitBefore) * 100))} points on the year before`,
      raw: deficit,
      rawBefore: deficitBefore,
    },
    {
      id: 'waiting',
      label: 'Waiting list',
      when: yearEnd,
      value: waiting === null ? dash : waiting.toLocaleString('en-GB'),
      change: waiting === null ? '' : pctChange(waiting, waitingBefore, 'the year before'),
      raw: waiting,
      rawBefore: waitingBefore,
    },
    {
      id: 'arbitrations',
      label: 'Arbitrations this year',
      when: 'this financial year so far',
      value: arb === null ? dash : String(arb),
      change: arb === null ? '' : countChange(arb, arbBefore, sameWeek),
      raw: arb,
      rawBefore: arbBefore,
    },
    {
      id: 'tenders',
      label: 'Tenders this year',
      when: 'this financial year so far',
      value: ten === null ? dash : String(ten),
      change: ten === null ? '' : countChange(ten, tenBefore, sameWeek),
      raw: ten,
      rawBefore: tenBefore,
    },
  ];
}
