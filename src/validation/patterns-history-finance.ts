// Patterns of the history run about trusts' finances: break-even in the growth years,
// deficits spreading in austerity and returning after 2022, and what central support and
// Covid block contracts did to reported results. Money is compared as a share of
// commissioners' allocation, so a local economy can be set beside national figures.
import { per, shareOf, type Pattern } from './pattern-kit';
import { base, deficitShare, GROWTH, inYear, over, pct, result, span, SRC_C } from './history-series';
import { fmtSummary } from './stats';

export const HISTORY_FINANCE_PATTERNS: Pattern[] = [
  {
    id: 'H-BREAKEVEN',
    title: 'Trusts break even in the growth years of the 2000s',
    kind: 'calibration',
    why: '`provider.surplusSpending` (0.6: most of a margin above 1% becomes cost next year) was set from this very statement (its registry source: timeline C1, "faster growth let trusts break even, not bank surpluses").',
    experiments: ['history'],
    evaluate(ctx) {
      const runs = ctx.get('history');
      const share = per(runs, (r) => deficitShare(r, ...GROWTH));
      const res = per(runs, (r) => over(...GROWTH, (fy) => result(r, fy, 'reported')));
      // "Break even": few trusts in deficit (at most a fifth) and the sector's result within
      // −1% to +2% of funding — trusts aimed at small surpluses (negotiation.providerMargin
      // 0.5%); a margin well above 2% would be banked surpluses the record says did not happen.
      const pass = share.mean <= 0.2 && res.mean >= -0.01 && res.mean <= 0.02;
      return base(this, {
        literature:
          'Faster funding growth in the 2000s (about 6.7% a year real, 2000/01–2008/09) let trusts break even',
        source: `${SRC_C} 1 (F21, B1)`,
        model: `${span(...GROWTH)}: ${pct(share.mean)} of NHS trusts in deficit a year; NHS trusts' result ${fmtSummary(res, '%')} of allocation`,
        pass,
        criterion: `share of trusts in deficit ≤ 20% and sector result −1% to +2% of allocation (mean ${span(...GROWTH)})`,
        values: { deficitShare: share.mean, result: res.mean },
      });
    },
  },
  {
    id: 'H-DEFICIT-SPREAD',
    title: 'Deficits spread across trusts in the austerity years',
    kind: 'calibration',
    why: "`provider.costEfficiency` (0.06) was calibrated so that under the 4% efficiency factors of 2011/12–2014/15 an average trust's margin falls about a point a year (its registry source).",
    experiments: ['history'],
    evaluate(ctx) {
      const runs = ctx.get('history');
      const lean = per(runs, (r) => deficitShare(r, 2011, 2015));
      const growth = per(runs, (r) => deficitShare(r, ...GROWTH));
      // "Spread across trusts": at least a third in deficit, and clearly (20 points) more than
      // in the growth years.
      const pass = lean.mean >= 1 / 3 && lean.mean >= growth.mean + 0.2;
      return base(this, {
        literature: 'In years of about 1% real growth (2010/11–2015/16) deficits spread across trusts',
        source: `${SRC_C} 1 (F21, B1)`,
        model: `share of NHS trusts in deficit ${fmtSummary(lean, '%')} a year in 2011/12–2015/16 against ${pct(growth.mean)} in ${span(...GROWTH)}`,
        pass,
        criterion: `mean share in deficit 2011/12–2015/16 ≥ 1/3 and ≥ 20 points above ${span(...GROWTH)}`,
        values: { lean: lean.mean, growth: growth.mean },
      });
    },
  },
  {
    id: 'H-DEFICIT-2015',
    title: 'The sector is in deficit in 2015/16 despite emergency funding',
    kind: 'calibration',
    why: '`provider.costEfficiency` was calibrated to the sector going "from small surpluses to a ~£2.5bn deficit by 2015/16" (its registry source).',
    experiments: ['history'],
    evaluate(ctx) {
      const runs = ctx.get('history');
      const rep = per(runs, (r) => result(r, 2015, 'reported'));
      const und = per(runs, (r) => result(r, 2015, 'underlying'));
      // −£1.85bn (B2, combined NHS deficit, after the ~£1bn emergency funding) of NHS England's
      // ~£105.7bn (P3) is −1.75%; the registry's ~£2.5bn would be −2.4%. A point either side
      // for a local economy of a few trusts: −3.5% to −0.75% of allocation, reported.
      const pass = rep.mean >= -0.035 && rep.mean <= -0.0075;
      return base(this, {
        literature:
          'Combined NHS deficit −£1.85bn in 2015/16, after emergency deficit funding of "perhaps £1bn"; about −1.75% of NHS England\'s budget',
        source: 'timeline A4 (S1, B2, F12); P3',
        model: `NHS trusts' reported result ${fmtSummary(rep, '%')} of allocation in 2015/16 (underlying ${pct(und.mean)})`,
        pass,
        criterion: 'reported result 2015/16 between −3.5% and −0.75% of allocation',
        values: { reported: rep.mean, underlying: und.mean },
      });
    },
  },
  {
    id: 'H-DEFICIT-2022',
    title: 'Deficits return after 2022 as inflation outruns prices',
    kind: 'emergent',
    why: "Nothing was tuned to the 2020s: the cost series are derived from inflation outturns (GDP deflator 6.8% and 6.1% against 4.4% and 2.5% assumed, industrial action), not from trusts' results, and `provider.costEfficiency` was calibrated on 2011/12–2015/16. Whether trusts fall into deficit depends on savings, plans, price-setting and support.",
    experiments: ['history'],
    evaluate(ctx) {
      const runs = ctx.get('history');
      const after = per(runs, (r) => deficitShare(r, 2022, 2025));
      const growth = per(runs, (r) => deficitShare(r, ...GROWTH));
      const und = per(runs, (r) => result(r, 2025, 'underlying'));
      // P12: without deficit support, 2025/26 plans show −£2.2bn, ~1.2% of funding. Tolerance:
      // a deficit no larger than twice that (plans are a forecast): −2.4% to 0.
      const pass = after.mean >= growth.mean + 0.2 && und.mean < 0 && und.mean >= -0.024;
      return base(this, {
        literature:
          'Inflation above plan and industrial action pushed trusts back toward deficit; without deficit support 2025/26 plans show −£2.2bn (~1.2% of funding)',
        source: `${SRC_C} 6 (B6, P11, P12); timeline A4`,
        model: `share of NHS trusts in deficit ${fmtSummary(after, '%')} a year in 2022/23–2025/26 (${span(...GROWTH)}: ${pct(growth.mean)}); underlying result 2025/26 ${fmtSummary(und, '%')} of allocation`,
        pass,
        criterion: `share in deficit 2022/23–2025/26 ≥ 20 points above ${span(...GROWTH)}, and underlying result 2025/26 between −2.4% and 0`,
        values: { after: after.mean, growth: growth.mean, underlying2025: und.mean },
      });
    },
  },
  {
    id: 'H-SUPPORT',
    title: 'Central support hides part of the deficit (STF/PSF)',
    kind: 'read-back',
    why: "Reported = underlying + central support + one-off savings, and the support is the timeline's input (STF £1.8bn, PSF £2.45bn as shares of funding): reported above underlying is the input read back through the accounts.",
    experiments: ['history'],
    evaluate(ctx) {
      const runs = ctx.get('history');
      const gap = per(runs, (r) => over(2016, 2019, (fy) => result(r, fy, 'reported') - result(r, fy, 'underlying')));
      const und = per(runs, (r) => over(2016, 2019, (fy) => result(r, fy, 'underlying')));
      const everyYear = shareOf(
        runs.map((r) =>
          [2016, 2017, 2018, 2019].every((fy) => result(r, fy, 'reported') > result(r, fy, 'underlying')),
        ),
      );
      const pass = gap.mean > 0 && und.mean < 0 && everyYear >= 2 / 3;
      return base(this, {
        literature: 'STF/PSF money improved reported balances from 2016/17 while underlying deficits stayed large',
        source: `${SRC_C} 4 (P3, S3, S5); timeline A4`,
        model: `2016/17–2019/20: reported minus underlying ${fmtSummary(gap, '%')} of allocation; underlying ${pct(und.mean)}; reported above underlying every year in ${pct(everyYear)} of seeds`,
        pass,
        criterion:
          'reported above underlying (mean, and every year in ≥ 2/3 of seeds) while the underlying result stays negative',
        values: { gap: gap.mean, underlying: und.mean },
      });
    },
  },
  {
    id: 'H-COVID-BALANCE',
    title: 'Block contracts and top-ups protect balances in 2020/21',
    kind: 'read-back',
    why: 'The 2020/21 deficit support (2.5% of funding) was sized in the timeline so that providers would break even, and block contracts fix income while activity falls: a balanced year reads these inputs back.',
    experiments: ['history'],
    evaluate(ctx) {
      const runs = ctx.get('history');
      const rep = per(runs, (r) => result(r, 2020, 'reported'));
      const share = per(runs, (r) => inYear(r, 2020, 'nhs_trusts_in_deficit_share'));
      const pass = rep.mean >= 0 && share.mean <= 0.2;
      return base(this, {
        literature:
          'Block contracts with top-ups (2020/21–2021/22) suspended the contracting round and protected balances',
        source: `${SRC_C} 6 (B6); timeline A3, A4`,
        model: `2020/21: NHS trusts' reported result ${fmtSummary(rep, '%')} of allocation; ${pct(share.mean)} of trusts in deficit`,
        pass,
        criterion: 'reported result ≥ 0 and at most a fifth of trusts in deficit in 2020/21',
        values: { reported: rep.mean, deficitShare: share.mean },
      });
    },
  },
  {
    id: 'H-LOANS',
    title: 'Half of trusts carry revenue support loans by 2019/20',
    kind: 'emergent',
    why: "Nothing was tuned to loans: a trust is lent money when its cash deficit passes the distress threshold (`failure.distressThreshold`, 6% of turnover, an input) and the regime bails it out (an input); whether and how many trusts get there is the accumulation of a decade's results. (`provider.costEfficiency` was calibrated on yearly margins, not on debt.)",
    experiments: ['history'],
    evaluate(ctx) {
      const runs = ctx.get('history');
      const at = (r: (typeof runs)[number]) => r.probes[2019 - Number(r.yearly[0].financial_year.slice(0, 4))].nhsDebt;
      const share = per(runs, (r) => at(r).indebted / Math.max(1, at(r).trusts));
      const debt = per(runs, (r) => at(r).debt / 1e6 / inYear(r, 2019, 'allocation_m'));
      // 107 trusts (brief P3) of 217 (April 2020, brief §1.1): 49%; ±25 points for a local
      // economy of about ten trusts. £13.4bn of £123.4bn (NHS England 2019/20, brief §1.2):
      // 10.9% of a year's allocation; a factor of 2.5 either side (4–27%), since the record's
      // loans began in 2014/15 and the model's bail-outs may come earlier.
      const pass = share.mean >= 0.24 && share.mean <= 0.74 && debt.mean >= 0.044 && debt.mean <= 0.27;
      return base(this, {
        literature:
          'Interim revenue support loans from 2014/15 reached about £14bn; £13.4bn was written off in April 2020 for 107 trusts (about half of 217)',
        source: 'brief P3 and §1.1, §1.2',
        model: `end of 2019/20: ${fmtSummary(share, '%')} of NHS trusts carry revenue support debt; debt ${fmtSummary(debt, '%')} of the year's allocation`,
        pass,
        criterion: "share of trusts with loans 24–74% and loans 4.4–27% of a year's allocation (record 49% and 10.9%)",
        values: { share: share.mean, debt: debt.mean },
      });
    },
  },
];
