// Patterns of the history run about care and contracting: waiting lists and the 18-week
// share, disputes as money tightened, emergency admissions, and the inputs the run should
// carry through unchanged (funding growth, national prices, population).
import { ENGLAND_TIMELINE } from '../model/index';
import { base, disputesPerContract, GROWTH, inYear, over, pct, span, SRC_C } from './history-series';
import { per, shareOf, type Pattern } from './pattern-kit';
import { cagr, fmt, fmtSummary } from './stats';

const listGrowth = (r: Parameters<typeof inYear>[0], from: number, to: number) =>
  inYear(r, to, 'waiting_list') / inYear(r, from, 'waiting_list') - 1;

/** The timeline's recorded value of a numeric series in a financial year. */
function recorded(id: string, fy: number): number {
  const row = ENGLAND_TIMELINE.values.get(id);
  if (!row) throw new Error(`the timeline has no series ${id}`);
  return Number(row[fy - ENGLAND_TIMELINE.firstYear]);
}

export const HISTORY_CARE_PATTERNS: Pattern[] = [
  {
    id: 'H-WAITING-2010S',
    title: 'Waiting lists grow through the austerity decade',
    kind: 'emergent',
    why: 'Nothing was set to produce it: referrals per head follow the record (D6) or a 1.2% assumption, and the list comes from referrals against capacity, which providers grow when contracts fund it, commissioners plan to afford, and winter emergencies crowd out.',
    experiments: ['history'],
    evaluate(ctx) {
      const runs = ctx.get('history');
      const g = per(runs, (r) => listGrowth(r, 2010, 2019));
      const grew = shareOf(runs.map((r) => listGrowth(r, 2010, 2019) > 0));
      // The record says only that lists grew. A tenth over nine years (~1% a year) is taken as
      // the least that "grew through the decade" can mean.
      const pass = g.mean >= 0.1 && grew >= 2 / 3;
      return base(this, {
        literature: 'Lists grew through the austerity decade (and the 18-week share fell with them)',
        source: `${SRC_C} 7 (D6, W5)`,
        model: `waiting list end of 2010/11 → end of 2019/20: ${fmtSummary(g, '%')}; grew in ${pct(grew)} of seeds`,
        pass,
        criterion: 'list grows by ≥ 10% from 2010/11 to 2019/20 (mean), and grows in ≥ 2/3 of seeds',
        note: 'The shared record gives no size. For scale only (general knowledge, not in the shared material): the national RTT list rose from about 2.5m (2010) to about 4.4m (early 2020).',
        values: { growth: g.mean, grewShare: grew },
      });
    },
  },
  {
    id: 'H-RTT-18W',
    title: 'The 18-week share falls below the 92% standard after about 2016',
    kind: 'emergent',
    why: "Not tuned to: the share of patients waiting under 18 weeks follows from the ages of the weekly cohorts on each provider's list, i.e. from referrals against capacity.",
    experiments: ['history'],
    evaluate(ctx) {
      const runs = ctx.get('history');
      const before = per(runs, (r) => over(2012, 2015, (fy) => inYear(r, fy, 'waiting_18w_share')));
      const after = per(runs, (r) => over(2016, 2019, (fy) => inYear(r, fy, 'waiting_18w_share')));
      const pass = after.mean < 0.92 && after.mean < before.mean;
      return base(this, {
        literature: 'As lists grew, the share treated within 18 weeks fell; the operational standard is 92%',
        source: `${SRC_C} 7 (D6, W5); the 92% standard is general knowledge, not in the shared material`,
        model: `mean 18-week share ${fmtSummary(before, '%')} in 2012/13–2015/16 and ${fmtSummary(after, '%')} in 2016/17–2019/20`,
        pass,
        criterion: 'mean 2016/17–2019/20 below 92% and below the 2012/13–2015/16 mean',
        values: { before: before.mean, after: after.mean },
      });
    },
  },
  {
    id: 'H-WAITING-COVID',
    title: 'The waiting list jumps when Covid stops elective work (2020/21)',
    kind: 'calibration',
    why: '`demand.electiveCapacity` for 2020/21 (0.6) was chosen in the timeline so that treatment falls further than referrals (−30%) because the record says the list jumped: the jump was set, not found.',
    experiments: ['history'],
    evaluate(ctx) {
      const runs = ctx.get('history');
      const jump = per(runs, (r) => listGrowth(r, 2019, 2020));
      const fell = per(runs, (r) => inYear(r, 2020, 'waiting_18w_share') - inYear(r, 2019, 'waiting_18w_share'));
      const after = per(runs, (r) => listGrowth(r, 2019, 2022));
      const pass = jump.mean >= 0.1 && fell.mean < 0;
      return base(this, {
        literature: 'Lists jumped when Covid stopped elective work, and the 18-week share fell with them',
        source: `${SRC_C} 7 (D6); timeline A6 (new RTT periods 20.25m → 14.12m)`,
        model: `list ${fmtSummary(jump, '%')} in 2020/21; 18-week share ${fmt(fell.mean * 100)} points; list end of 2022/23 against end of 2019/20: ${pct(after.mean)}`,
        pass,
        criterion: 'list up ≥ 10% in 2020/21 and the 18-week share lower than in 2019/20',
        note: 'For scale only (general knowledge, not in the shared material): the national list rose by under a tenth in 2020/21 (referrals fell too) and kept growing to about 7.7m in 2023, well above its pre-Covid level.',
        values: { jump: jump.mean, share18Change: fell.mean, after2022: after.mean },
      });
    },
  },
  {
    id: 'H-DISPUTES',
    title: 'Contract disputes rise as money tightens',
    kind: 'emergent',
    why: 'No parameter was set to dispute counts (`dispute.escalationPropensity` was calibrated to arbitrations, which come after a dispute); disputes are negotiations unagreed at the deadline, which financial pressure reaches through reservation values and plans.',
    experiments: ['history'],
    evaluate(ctx) {
      const runs = ctx.get('history');
      const growth = per(runs, (r) => disputesPerContract(r, ...GROWTH));
      const lean = per(runs, (r) => disputesPerContract(r, 2010, 2018));
      const rose = shareOf(runs.map((r) => disputesPerContract(r, 2010, 2018) > disputesPerContract(r, ...GROWTH)));
      // Direction with a minimum: half as many again, in most seeds.
      const pass = lean.mean >= 1.5 * growth.mean && lean.mean > 0 && rose >= 2 / 3;
      return base(this, {
        literature: 'Disputes rose as money tightened (last-resort contract talks spiked in 2016/17)',
        source: `${SRC_C} 5 (K2, K4)`,
        model: `disputes per contract a year ${fmt(growth.mean)} in ${span(...GROWTH)} (real growth ~6.7%/yr), ${fmtSummary(lean)} in 2010/11–2018/19 (~1.3%/yr); higher in ${pct(rose)} of seeds`,
        pass,
        criterion: `disputes per contract in 2010/11–2018/19 ≥ 1.5 × ${span(...GROWTH)}, higher in ≥ 2/3 of seeds`,
        note: 'The two periods also differ in regime (PCTs; PbR then CCGs with the national dispute process), as they did in fact.',
        values: { growth: growth.mean, lean: lean.mean },
      });
    },
  },
  {
    id: 'H-EMERGENCY',
    title: 'Emergency admissions outgrow population, 2006/07–2017/18',
    kind: 'read-back',
    why: "The timeline's `demand.emergencyGrowth` series was derived from these admission figures (D3, D4, D5, less chronic disease), so the growth reads the input back through capacity.",
    experiments: ['history'],
    evaluate(ctx) {
      const runs = ctx.get('history');
      const series = (r: Parameters<typeof inYear>[0], k: 'emergency_admissions' | 'population') =>
        Array.from({ length: 12 }, (_, i) => inYear(r, 2006 + i, k));
      const g = per(runs, (r) => cagr(series(r, 'emergency_admissions')));
      const pop = per(runs, (r) => cagr(series(r, 'population')));
      const pass = g.mean >= 0.022 && g.mean <= 0.042 && g.mean - pop.mean >= 0.015;
      return base(this, {
        literature: 'Emergency admissions 4.25m (2006/07) → 6.02m (2017/18), +3.2% a year, against population +9%',
        source: 'timeline A6 (D4); brief P4',
        model: `emergency admissions ${fmtSummary(g, '%')} a year; population ${pct(pop.mean)} a year`,
        pass,
        criterion: '2.2–4.2% a year and ≥ 1.5 points above population growth',
        values: { growth: g.mean, population: pop.mean },
      });
    },
  },
  {
    id: 'H-FUNDING',
    title: 'Real funding growth follows the record',
    kind: 'read-back',
    why: "`funding_growth_real` is the timeline's `funding.allocationGrowth` in force: the check confirms the run carries the record year by year and matches the record's own period averages.",
    experiments: ['history'],
    evaluate(ctx) {
      const runs = ctx.get('history');
      const worst = Math.max(
        ...runs.flatMap((r) =>
          Array.from({ length: 35 }, (_, i) =>
            Math.abs(inYear(r, 1991 + i, 'funding_growth_real') - recorded('funding.allocationGrowth', 1991 + i)),
          ),
        ),
      );
      const decade = per(runs, (r) => over(2010, 2019, (fy) => inYear(r, fy, 'funding_growth_real')));
      // 2009/10–2019/20: 1.4%/yr (F20) or 1.6%/yr (F13), ±0.3 points for the periods' different ends.
      const pass = worst <= 0.0005 && decade.mean >= 0.011 && decade.mean <= 0.019;
      return base(this, {
        literature: 'Real growth 1.4–1.6%/yr over 2009/10–2019/20',
        source: 'timeline A1 (F2, F4, F13, F20, F21, P2)',
        model: `largest yearly difference from the record ${fmt(worst * 100)} points; mean 2010/11–2019/20 ${pct(decade.mean)}`,
        pass,
        criterion: 'every year equal to the record (±0.05 points); mean 2010/11–2019/20 1.1–1.9%',
        note: "Two period averages of the record are not checked, because the record's own yearly figures depart from them on purpose: F3's 8.6–8.7%/yr for 2000/01–2004/05 (the yearly figures, F2, on another basis and vintage, average 7.6%), and the Long Term Plan's 3.3–3.4%/yr for 2018/19–2023/24 (the yearly figures take 2022–24's inflation surprise off the plan, P11). The figure history-funding.svg shows all three.",
        values: { worst, decade: decade.mean },
      });
    },
  },
  {
    id: 'H-TARIFF',
    title: 'National prices are cut in the austerity years',
    kind: 'read-back',
    why: "The price change is the timeline's cost uplift less its efficiency factor (4% in 2011/12–2014/15), moved by price-setting toward affordability (`payment.priceAffordability`, an assumption): mostly the input read back.",
    experiments: ['history'],
    evaluate(ctx) {
      const runs = ctx.get('history');
      const years = [2010, 2011, 2012, 2013, 2014, 2015];
      const yearly = years.map((fy) => per(runs, (r) => inYear(r, fy, 'tariff_price_change')));
      // Cut in cash terms every year 2010/11–2015/16: a cash cut is a larger real cut, so the
      // real change (the column) must be below zero every year.
      const pass = yearly.every((s) => s.mean < 0);
      return base(this, {
        literature: 'National prices were cut in cash terms every year 2010/11–2015/16 (efficiency factors of ~4%)',
        source: `${SRC_C} 2 (F12, E1, E2, T6); timeline A2`,
        model: years
          .map((fy, i) => `${fy}/${String((fy + 1) % 100).padStart(2, '0')} ${pct(yearly[i].mean)}`)
          .join(', '),
        pass,
        criterion: 'real price change below zero in every year 2010/11–2015/16 (mean across seeds)',
        values: Object.fromEntries(years.map((fy, i) => [`y${fy}`, yearly[i].mean])),
      });
    },
  },
  {
    id: 'H-POPULATION',
    title: 'Population grows as the ONS estimates',
    kind: 'read-back',
    why: "Population growth is the timeline's input (ONS mid-year estimates, D1).",
    experiments: ['history'],
    evaluate(ctx) {
      const runs = ctx.get('history');
      const ratio = per(runs, (r) => inYear(r, 2023, 'population') / inYear(r, 1991, 'population'));
      const ons = 57_690_300 / 47_875_000;
      const pass = Math.abs(ratio.mean / ons - 1) <= 0.02;
      return base(this, {
        literature: 'England 47,875,000 (mid-1991) → 57,690,300 (mid-2023): ×1.205',
        source: 'timeline A6 (D1)',
        model: `registered population 2023/24 ÷ 1991/92 ×${fmt(ratio.mean)}`,
        pass,
        criterion: 'within 2% of the ONS ratio',
        values: { ratio: ratio.mean, ons },
      });
    },
  },
];
