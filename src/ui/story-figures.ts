// The key numbers a story card shows: the run's figures at the moment the card is read (the
// last completed year), in words a room reads at a glance.
import type { YearMetrics } from '../model/index';
import { formatMillions, financialYearLabel } from './format';
import { trim } from '../engine/money';

export function storyFigures(
  years: readonly YearMetrics[],
  startYear: number,
): { when: string; rows: [string, string][] } {
  const y = years.at(-1);
  if (!y) return { when: 'The run has just begun: its figures appear after the first year.', rows: [] };
  return {
    when: `In ${financialYearLabel(startYear + y.year - 1)}, the last full year:`,
    rows: [
      ['Commissioners', y.commissioners.toLocaleString('en-GB')],
      ['Providers', y.providers.toLocaleString('en-GB')],
      ['Spent on care', `${formatMillions(y.spend_total_m)} in the year`],
      ['NHS trusts in deficit', `${Math.round(y.nhs_trusts_in_deficit_share * 100)}%`],
      ['Waiting list', `${y.waiting_list.toLocaleString('en-GB')} people`],
      ['Mean trust', `${trim(y.mean_trust, 2)} (0 none, 1 complete)`],
      ['Arbitrations in the year', String(y.arbitrations)],
      ['Tenders in the year', String(y.tenders)],
    ],
  };
}
