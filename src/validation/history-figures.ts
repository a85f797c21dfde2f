// The history run's yearly series, 1991/92–2025/26, for several seeds, beside the outcome
// figures the shared record holds (docs/domain/timeline.md, brief.md). Where the record
// describes a period only in words, the period is shaded and labelled.
import type { YearMetrics } from '../model/index';
import type { RunResult } from './ensemble';
import { GROWTH, inYear } from './history-series';
import type { Figure } from './pattern-kit';
import { timelineChart } from './timeline-chart';

const YEARS = Array.from({ length: 35 }, (_, i) => 1991 + i);
const series = (runs: RunResult[], f: (r: RunResult, fy: number) => number) =>
  runs.map((r) => YEARS.map((fy) => f(r, fy)));
const col = (k: keyof YearMetrics) => (r: RunResult, fy: number) => inYear(r, fy, k);
const ofAllocation = (k: keyof YearMetrics) => (r: RunResult, fy: number) =>
  inYear(r, fy, k) / inYear(r, fy, 'allocation_m');

export function historyFigures(runs: RunResult[]): Figure[] {
  if (!runs.length) return [];
  const n = runs.length;
  const seeds = `${n} seeds of the history preset, local scale`;
  return [
    {
      file: 'history-deficit-share.svg',
      caption: `Share of NHS trusts whose reported year ended in deficit, 1991/92–2025/26 (${seeds}). Shaded: what the record says in words (timeline §C 1 and 6).`,
      svg: timelineChart({
        title: 'NHS trusts in deficit (reported), share',
        yLabel: '% of NHS trusts',
        years: YEARS,
        scale: 100,
        groups: [{ name: 'model', runs: series(runs, col('nhs_trusts_in_deficit_share')) }],
        periods: [
          { from: GROWTH[0], to: GROWTH[1], label: 'growth: trusts break even' },
          { from: 2010, to: 2015, label: 'deficits spread' },
          { from: 2022, to: 2025, label: 'back toward deficit' },
        ],
      }),
    },
    {
      file: 'history-sector-result.svg',
      caption: `NHS trusts' reported result (after central support and one-off savings) and underlying result, as a share of commissioners' allocation (${seeds}). Circles: the record's 2015/16 combined deficit (−£1.85bn of NHS England's ~£105.7bn, B2/P3) and the 2025/26 plans' deficit before support (−£2.2bn of ~£185bn, P12).`,
      svg: timelineChart({
        title: "NHS trusts' result, % of allocation",
        yLabel: '% of allocation',
        years: YEARS,
        scale: 100,
        groups: [
          { name: 'reported', runs: series(runs, ofAllocation('nhs_trusts_reported_surplus_m')) },
          { name: 'underlying', runs: series(runs, ofAllocation('nhs_trusts_underlying_surplus_m')) },
        ],
        points: [
          { year: 2015, value: -1.85 / 105.7, label: '2015/16 −£1.85bn' },
          { year: 2025, value: -2.2 / 185, label: 'plans before support' },
        ],
      }),
    },
    {
      file: 'history-waiting-list.svg',
      caption: `Waiting list (incomplete RTT pathways, people in the ~1.2–1.5m simulated population) at each year end (${seeds}). The record gives no level, only that lists grew through the 2010s and jumped when Covid stopped elective work (timeline §C 7).`,
      svg: timelineChart({
        title: 'Waiting list at year end',
        yLabel: 'people waiting',
        years: YEARS,
        groups: [{ name: 'model', runs: series(runs, col('waiting_list')) }],
        periods: [
          { from: 2010, to: 2019, label: 'lists grew' },
          { from: 2020, to: 2020, label: 'jump' },
        ],
      }),
    },
    {
      file: 'history-18-weeks.svg',
      caption: `Share of the waiting list waiting under 18 weeks (${seeds}). Dashed: the 92% operational standard (general knowledge; not in the shared material, which says only that the share fell as lists grew).`,
      svg: timelineChart({
        title: 'Waiting under 18 weeks, share',
        yLabel: '% of the list',
        years: YEARS,
        scale: 100,
        groups: [{ name: 'model', runs: series(runs, col('waiting_18w_share')) }],
        levels: [{ value: 0.92, label: '92% standard (not in the shared record)' }],
      }),
    },
    {
      file: 'history-funding.svg',
      caption: `Real growth of NHS funding in force each year (the timeline's input, identical across seeds), with the record's period averages (timeline A1: F3, F13, F16, F20, F21).`,
      svg: timelineChart({
        title: 'Real funding growth',
        yLabel: '% a year, real',
        years: YEARS,
        scale: 100,
        groups: [{ name: 'model input', runs: series(runs.slice(0, 1), col('funding_growth_real')) }],
        ranges: [
          { from: 2000, to: 2004, lo: 0.086, hi: 0.087, label: '8.6–8.7% (F3)' },
          { from: 2009, to: 2019, lo: 0.014, hi: 0.016, label: '1.4–1.6% (F20, F13)' },
          { from: 2018, to: 2023, lo: 0.033, hi: 0.034, label: '3.3–3.4% planned (F21)' },
        ],
      }),
    },
    {
      file: 'history-emergency.svg',
      caption: `Emergency admissions delivered, as an index of 2006/07 (${seeds}). Circles: the record, 4.25m (2006/07) and 6.02m (2017/18) (D4), on the same index.`,
      svg: timelineChart({
        title: 'Emergency admissions, index 2006/07 = 1',
        yLabel: 'index',
        years: YEARS,
        groups: [
          {
            name: 'model',
            runs: series(
              runs,
              (r, fy) => inYear(r, fy, 'emergency_admissions') / inYear(r, 2006, 'emergency_admissions'),
            ),
          },
        ],
        points: [
          { year: 2006, value: 1, label: '4.25m' },
          { year: 2017, value: 6.02 / 4.25, label: '6.02m' },
        ],
      }),
    },
    {
      file: 'history-disputes.svg',
      caption: `Contract disputes (negotiations unagreed at the deadline) per live contract a year (${seeds}). The record says disputes rose as money tightened (timeline §C 5).`,
      svg: timelineChart({
        title: 'Disputes per contract a year',
        yLabel: 'disputes per contract',
        years: YEARS,
        groups: [
          {
            name: 'model',
            runs: series(runs, (r, fy) => inYear(r, fy, 'disputes') / Math.max(1, inYear(r, fy, 'contracts'))),
          },
        ],
        periods: [{ from: 2010, to: 2018, label: 'money tight: disputes rose' }],
      }),
    },
  ];
}
