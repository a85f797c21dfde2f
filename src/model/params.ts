// The parameter registry: every behavioural and economic parameter, with its meaning,
// unit, range, default and source. Scenarios override by id; docs/parameters.md is
// generated from this list so it cannot drift from the code. The timeline's input series are
// parameters too: each run takes them year by year from the record unless it sets them.
import { ENGLAND_TIMELINE } from './timeline/england';
import { SERIES } from './timeline/series';

export interface ParamSpec {
  id: string;
  group: string;
  label: string;
  meaning: string;
  unit: string;
  min: number;
  max: number;
  default: number;
  /** A row of the domain brief (docs/domain/brief.md), a source document, or "assumption: why". */
  source: string;
  /** Whole numbers only. */
  integer?: boolean;
  /** Set year by year by the timeline (its series of the same id); the default shown is its last year's. */
  timeline?: boolean;
}

const p = (s: ParamSpec): ParamSpec => s;

const TIMELINE_GROUPS: Record<string, string> = {
  funding: 'Funding and demand',
  payment: 'Payment',
  demand: 'Funding and demand',
  support: 'Central support',
  fundholding: 'GP practices',
  provider: 'Providers',
};

/** The timeline's input series as parameters: set each year from the record, or for every year with --set. */
const FROM_TIMELINE: ParamSpec[] = SERIES.filter((s) => s.target === 'input').map((s) => {
  if (s.kind.type !== 'number') throw new Error(`input series ${s.id} must be numeric`);
  return {
    id: s.id,
    group: TIMELINE_GROUPS[s.id.split('.')[0]] ?? 'Funding and demand',
    label: s.label,
    meaning: s.meaning,
    unit: s.unit,
    min: s.kind.min,
    max: s.kind.max,
    default: ENGLAND_TIMELINE.values.get(s.id)?.at(-1) as number,
    source: 'the timeline, year by year (docs/timeline.md gives each value and its source)',
    timeline: true,
  };
});

export const PARAMETERS: readonly ParamSpec[] = [
  ...FROM_TIMELINE,
  // Funding and demand
  p({
    id: 'demand.diabetesGrowth',
    group: 'Funding and demand',
    label: 'Diabetes prevalence growth',
    meaning: 'Relative annual growth of diabetes prevalence',
    unit: 'share/yr',
    min: 0,
    max: 0.08,
    default: 0.04,
    source: 'brief P5 and §7: diabetes prevalence +3–5%/yr relative (QOF 5.1% 2009 → 6.2% 2013/14)',
  }),
  p({
    id: 'demand.dementiaGrowth',
    group: 'Funding and demand',
    label: 'Dementia prevalence growth',
    meaning: 'Relative annual growth of diagnosed dementia prevalence',
    unit: 'share/yr',
    min: 0,
    max: 0.06,
    default: 0.025,
    source: 'brief P5 and §7: dementia +2–3%/yr',
  }),
  p({
    id: 'demand.strokeGrowth',
    group: 'Funding and demand',
    label: 'Stroke survivor growth',
    meaning: 'Relative annual growth of stroke survivor prevalence',
    unit: 'share/yr',
    min: -0.02,
    max: 0.04,
    default: 0.01,
    source: 'brief P5 and §7: stroke prevalence +12.5% over 1999–2008 (~1%/yr)',
  }),
  p({
    id: 'demand.noise',
    group: 'Funding and demand',
    label: 'Weekly demand noise',
    meaning: 'Coefficient of variation of weekly referrals per commissioner and line (a shock shared by its providers)',
    unit: 'CV',
    min: 0,
    max: 0.5,
    default: 0.08,
    source: 'assumption: weekly admissions vary ~5–10% around their seasonal mean',
  }),
  p({
    id: 'demand.winterPeak',
    group: 'Funding and demand',
    label: 'Winter peak',
    meaning: 'Amplitude of the winter rise in emergency demand (peak in January)',
    unit: 'share',
    min: 0,
    max: 0.3,
    default: 0.08,
    source: 'assumption: winter emergency admissions run ~5–10% above the annual mean',
  }),
  p({
    id: 'demand.waitingElasticity',
    group: 'Funding and demand',
    label: 'Waiting deters referrals',
    meaning:
      'Elasticity of planned-care referrals to a provider with the wait there, beyond about eight weeks (−0.2: doubling the wait cuts referrals by 13%)',
    unit: 'elasticity',
    min: -1,
    max: 0,
    default: -0.2,
    source:
      'assumption: [unverified] econometric studies of English waiting lists (Martin and Smith 1999) found demand elasticities with respect to waiting time of about −0.1 to −0.2; timeline C7: unmet work waits',
  }),
  p({
    id: 'provider.winterCrowding',
    group: 'Funding and demand',
    label: 'Winter crowding',
    meaning:
      'Elective spells a provider cannot do for each emergency admission above its emergency capacity (the admission takes an elective bed)',
    unit: 'spells per admission',
    min: 0,
    max: 5,
    default: 1,
    source:
      'assumption: an emergency admission occupies a bed for about as long as an elective spell it displaces; timeline C7: winter emergency pressure crowds out elective work',
  }),
  p({
    id: 'provider.capacityGrowth',
    group: 'Funding and demand',
    label: 'Capacity growth',
    meaning: "Most that a provider's capacity (throughput) can grow in a year when demand exceeds it and it is funded",
    unit: 'share/yr',
    min: 0,
    max: 0.08,
    default: 0.05,
    source:
      'brief P4: emergency admissions +3.2%/yr were met with beds +0.3%/yr, so throughput (shorter stays) rather than beds carried growth; capacity can grow up to this rate when funded (assumption: elective activity grew ~4–5% a year in the mid-2000s as funding grew, timeline D2)',
  }),

  // Market conditions (Le Grand's quasi-market conditions, Porter et al. 2013)
  p({
    id: 'market.providerChoice',
    group: 'Market conditions',
    label: 'Provider choice',
    meaning:
      'How many capable alternatives patients and commissioners have (0 = the incumbent only, 1 = every provider in reach is capable)',
    unit: '0–1',
    min: 0,
    max: 1,
    default: 0.35,
    source:
      'Porter et al. 2013: choice "generally absent or limited"; AQP 2012: 180 of ~600 applicants qualified (brief §1.1)',
  }),
  p({
    id: 'market.informationQuality',
    group: 'Market conditions',
    label: 'Information quality',
    meaning: 'How accurately commissioners observe provider quality and cost (1 = perfectly)',
    unit: '0–1',
    min: 0,
    max: 1,
    default: 0.4,
    source: 'Porter et al. 2013: information on demand and resource requirements "highly imperfect"',
  }),
  p({
    id: 'market.reach',
    group: 'Market conditions',
    label: 'Cross-area reach',
    meaning:
      'Chance, relative to a local provider, that a provider in a neighbouring area is a capable alternative in a tender (region and England scales)',
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.15,
    source: 'assumption: most services are bought locally; LVA blocks exist for small cross-border flows (brief §2)',
  }),
  p({
    id: 'market.choiceSensitivity',
    group: 'Market conditions',
    label: 'Choice sensitivity to quality',
    meaning: "Logit coefficient of provider quality in patients' and GPs' choice",
    unit: 'per quality point',
    min: 0,
    max: 20,
    default: 4,
    source: 'assumption: standard multinomial logit; quality differences move a minority of referrals',
  }),

  // Contracts and transaction costs
  p({
    id: 'contract.transactionCostScale',
    group: 'Contracts',
    label: 'Transaction cost scale',
    meaning: 'Multiplier on every cost of specifying, negotiating, monitoring and enforcing contracts',
    unit: '×',
    min: 0,
    max: 5,
    default: 1,
    source: 'brief P2: administration ~5% (pre-1980s) to 12–13.5% of spend under the split; DH series 4.9–6.1%',
  }),
  p({
    id: 'contract.negotiationRoundCost',
    group: 'Contracts',
    label: 'Cost of a bargaining round',
    meaning: 'Management time per round of offers, per side, per £100m of contract value',
    unit: '£',
    min: 0,
    max: 200000,
    default: 15000,
    source: 'assumption: senior finance and contracting staff time; brief §3 gives no figure',
  }),
  p({
    id: 'contract.monitoringCost',
    group: 'Contracts',
    label: 'Monitoring cost',
    meaning: 'Annual cost of monitoring a contract, as a share of its value (activity-based forms cost double)',
    unit: 'share',
    min: 0,
    max: 0.05,
    default: 0.004,
    source:
      "assumption: contract management ~0.2–1% of value, so that with bargaining and tenders the contracting share stays within brief P2's DH series (administration 4.9–6.1% of spend, of which contracting is a part)",
  }),
  p({
    id: 'contract.planCut',
    group: 'Contracts',
    label: 'Demand management',
    meaning:
      'Most a commissioner short of money plans activity below the forecast (the plan follows its affordability: 1 + max(−this, min(growth, affordability)))',
    unit: 'share',
    min: 0,
    max: 0.2,
    default: 0.05,
    source:
      "timeline C2, issue: commissioners plan below providers' forecasts to manage demand; assumption: a few per cent is what demand management schemes claimed",
  }),
  p({
    id: 'contract.planGrowth',
    group: 'Contracts',
    label: 'Planned growth',
    meaning: 'Most a commissioner with money to spare plans activity (or a block) above the forecast in a year',
    unit: 'share',
    min: 0,
    max: 0.3,
    default: 0.05,
    source:
      "assumption: growth money bought more activity and shorter waits in the 2000s (timeline C1, C7); a year's plan grows by no more than capacity can",
  }),
  p({
    id: 'contract.backlogClearance',
    group: 'Contracts',
    label: 'Backlog in the plan',
    meaning:
      "Share of a commissioner's patients already waiting that next year's plan sets out to treat, beyond new referrals",
    unit: 'share/yr',
    min: 0,
    max: 1,
    default: 0.3,
    source: 'assumption: plans aim to bring lists down over a few years (the 18-week standard), not at once',
  }),
  p({
    id: 'payment.priceAffordability',
    group: 'Payment',
    label: 'Price affordability',
    meaning:
      "Share of the gap between commissioners' contract budgets and next year's planned spend that national price-setting closes (prices rise when the settlement outruns demand, fall when it lags)",
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.5,
    source:
      'assumption: national prices and uplifts are set to be affordable within the funding settlement (timeline C2: the tariff adjustment is how a squeeze reaches providers; C1: faster growth let trusts break even); half the gap a year',
  }),
  p({
    id: 'payment.costsFollowSettlement',
    group: 'Payment',
    label: 'Costs follow the settlement',
    meaning:
      "Share of the affordability adjustment to national prices that providers' input costs follow the same year (pay awards, staffing); the rest reaches their margins",
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.5,
    source:
      'assumption: pay review bodies and staffing respond to the settlement (pay freeze 2011–13 and 1% cap to 2017 in austerity; Agenda for Change and the consultant contract in the 2000s, timeline A2 and C2), but only partly and with a lag',
  }),
  p({
    id: 'payment.overPerformanceCap',
    group: 'Payment',
    label: 'Over-performance unpaid',
    meaning:
      'Share of activity above plan that a commissioner short of money does not pay for at year end (cap and collar, activity challenges); unpaid work strains trust',
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.5,
    source:
      'brief §2: cost-and-volume and cap-and-collar deals; issue: over-performance capped or fined; assumption: half',
  }),
  p({
    id: 'contract.years',
    group: 'Contracts',
    label: 'Standard contract length',
    meaning: 'Length of an ordinary acute/community contract',
    unit: 'years',
    min: 1,
    max: 5,
    default: 1,
    integer: true,
    source: 'brief §2 contract duration: commonly 1–2 years; 2017–19 round used 2-year contracts',
  }),

  // Negotiation (Faratin, Sierra & Jennings 1998)
  p({
    id: 'negotiation.openingGap',
    group: 'Negotiation',
    label: 'Opening ambition',
    meaning: 'How far each side opens from the reference value (fraction of value)',
    unit: 'share',
    min: 0,
    max: 0.3,
    default: 0.05,
    source: 'assumption: UHNM disputed £9.3m of ~£700m (~1.3%); opening positions differ by a few per cent',
  }),
  p({
    id: 'negotiation.rounds',
    group: 'Negotiation',
    label: 'Bargaining rounds',
    meaning: 'Weekly rounds of offers before the signature deadline',
    unit: 'rounds',
    min: 2,
    max: 20,
    default: 8,
    integer: true,
    source: 'brief §7 calendar: planning guidance then offers, deadline late December',
  }),
  p({
    id: 'negotiation.trustConcession',
    group: 'Negotiation',
    label: 'Trust effect on concession',
    meaning: 'How strongly trust makes a side concede earlier (log of Faratin β per unit trust)',
    unit: 'log β',
    min: 0,
    max: 4,
    default: 1.5,
    source: 'mechanisms.md: high trust → more conceding',
  }),
  p({
    id: 'negotiation.powerConcession',
    group: 'Negotiation',
    label: 'Power effect on concession',
    meaning: 'How strongly relative bargaining power (alternatives, dependence) makes a side hold firm',
    unit: 'log β',
    min: 0,
    max: 4,
    default: 1.2,
    source: 'mechanisms.md: bargaining power from alternatives and share of business',
  }),
  p({
    id: 'negotiation.pressureReserve',
    group: 'Negotiation',
    label: 'Financial pressure on reserves',
    meaning: "How far a side's own deficit moves its reservation value (fraction of deficit share)",
    unit: '×',
    min: 0,
    max: 3,
    default: 0.8,
    source: 'assumption: a commissioner over-spending by x% cannot pay more than (1−x)% of plan',
  }),
  p({
    id: 'negotiation.providerMargin',
    group: 'Negotiation',
    label: 'Required NHS margin',
    meaning: 'Margin over cost an NHS provider needs to accept (profit-seeking providers need more)',
    unit: 'share',
    min: -0.05,
    max: 0.15,
    default: 0.005,
    source: 'assumption: trusts aim at break-even plus ~0.5–1% surplus (control totals)',
  }),
  p({
    id: 'negotiation.perceptionNoise',
    group: 'Negotiation',
    label: 'Reservation noise',
    meaning: "Spread of each side's estimate of cost and affordable value (shrinks with open books)",
    unit: 'share',
    min: 0,
    max: 0.1,
    default: 0.05,
    source:
      'calibrated with dispute.escalationPropensity to brief §3 (7–13 arbitration panels a year in England): once prices kept the efficiency ask in lean years, offers ended closer and few failed mediations were £1m apart; at 0.05 the CCG regime gives about 9 panels a year over 2014/15–2018/19 (seeds 2013, 2014). Each side misjudges the other\'s costs by a few per cent (Porter et al. 2013: information "highly imperfect"); mechanisms.md: open books narrow the gap',
  }),

  // Disputes (Farber 1980; brief §3)
  p({
    id: 'dispute.escalationPropensity',
    group: 'Disputes',
    label: 'Escalation propensity',
    meaning: 'Probability that a failed mediation goes to formal arbitration rather than an imposed roll-over',
    unit: 'probability',
    min: 0,
    max: 1,
    default: 0.6,
    source:
      "calibrated to brief §3: 7–13 arbitration panels a year in England (2015/16, 2016's 13), with negotiation.perceptionNoise (which sets how far apart offers end); most failed mediations end in a roll-over",
  }),
  p({
    id: 'dispute.minimumValue',
    group: 'Disputes',
    label: 'Arbitration threshold',
    meaning: 'Smallest gap between final offers that qualifies for arbitration',
    unit: '£',
    min: 0,
    max: 20000000,
    default: 1000000,
    source: 'brief §3: only disputes of £1m or more qualify',
  }),
  p({
    id: 'dispute.mediationBase',
    group: 'Disputes',
    label: 'Mediation success (base)',
    meaning: 'Log-odds of mediation settling at average trust and a small gap',
    unit: 'log-odds',
    min: -5,
    max: 5,
    default: 1,
    source: 'assumption: most disputes settle in mediation (brief §3: 7 of 25 area teams had mediation or arbitration)',
  }),
  p({
    id: 'dispute.mediationTrust',
    group: 'Disputes',
    label: 'Mediation: trust effect',
    meaning: 'Log-odds added per unit of trust above 0.5',
    unit: 'log-odds',
    min: 0,
    max: 10,
    default: 3,
    source: 'mechanisms.md: settlement chance rises with trust',
  }),
  p({
    id: 'dispute.mediationGap',
    group: 'Disputes',
    label: 'Mediation: gap effect',
    meaning: 'Log-odds removed per percentage point of gap between offers',
    unit: 'log-odds/pp',
    min: 0,
    max: 2,
    default: 0.35,
    source: 'mechanisms.md: settlement chance falls with the gap',
  }),
  p({
    id: 'dispute.mediationCost',
    group: 'Disputes',
    label: 'Mediation cost',
    meaning:
      'Cost of mediation to each side for a contract of £50m or more (smaller contracts: scaled by the square root of value)',
    unit: '£',
    min: 0,
    max: 500000,
    default: 40000,
    source: 'assumption: brief §3 "costs of arbitration or mediation: not found"; CEDR mediator plus senior time',
  }),
  p({
    id: 'dispute.arbitrationCost',
    group: 'Disputes',
    label: 'Arbitration cost',
    meaning: 'Cost of pendulum arbitration to each side (fees, preparation, management time)',
    unit: '£',
    min: 0,
    max: 2000000,
    default: 150000,
    source: 'assumption: brief §3 "not found"; panel preparation by finance teams and lawyers',
  }),
  p({
    id: 'dispute.arbiterNoise',
    group: 'Disputes',
    label: 'Arbiter noise',
    meaning: "Spread of the panel's view of the fair value around tariff-based cost",
    unit: 'share',
    min: 0,
    max: 0.1,
    default: 0.015,
    source: 'Farber 1980: the arbiter sees the fair settlement with noise',
  }),
  p({
    id: 'dispute.ftParticipation',
    group: 'Disputes',
    label: 'FT participation',
    meaning: 'Probability that a foundation trust agrees to enter arbitration (voluntary 2014–19)',
    unit: 'probability',
    min: 0,
    max: 1,
    default: 0.35,
    source: 'brief §3: FT participation voluntary; the 2015/16 cases all involved non-FTs',
  }),
  p({
    id: 'dispute.chillingEffect',
    group: 'Disputes',
    label: 'Chilling effect',
    meaning: "How far each side moves its final offer toward its estimate of the panel's fair value",
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.5,
    source: 'Farber 1980: the threat of final-offer arbitration pulls offers together',
  }),

  // Tendering and provider selection
  p({
    id: 'tender.propensity',
    group: 'Tendering',
    label: 'Tendering propensity',
    meaning: 'Multiplier on the probability that a commissioner competes an expiring service',
    unit: '×',
    min: 0,
    max: 5,
    default: 1,
    source: 'Porter et al. 2013: limited switching; brief §4 community services tendered most often',
  }),
  p({
    id: 'tender.cost',
    group: 'Tendering',
    label: 'Tender cost',
    meaning: "Commissioner's cost of a competitive tender for a £100m service (scales with the square root of value)",
    unit: '£',
    min: 0,
    max: 3000000,
    default: 800000,
    source: 'brief P2 and §4: complex procurements £0.8–1m; UnitingCare ~£1m',
  }),
  p({
    id: 'tender.bidCost',
    group: 'Tendering',
    label: 'Bid cost',
    meaning: "Bidder's cost of preparing a bid for a £100m service (incumbents pay half)",
    unit: '£',
    min: 0,
    max: 2000000,
    default: 300000,
    source:
      'assumption: brief §4 "bid costs not found"; set at ~⅓ of the commissioner\'s £0.8–1m (brief P2), since a bidder prepares one response while the commissioner runs the whole process',
  }),
  p({
    id: 'tender.durationWeeks',
    group: 'Tendering',
    label: 'Tender duration',
    meaning: 'Weeks from advertisement to award',
    unit: 'weeks',
    min: 8,
    max: 104,
    default: 39,
    integer: true,
    source: 'brief §7: tender duration 6–24 months; UnitingCare 15 months',
  }),
  p({
    id: 'tender.transitionCost',
    group: 'Tendering',
    label: 'Transition cost',
    meaning: 'One-off cost of moving a service to a new provider, as a share of annual value',
    unit: 'share',
    min: 0,
    max: 0.3,
    default: 0.05,
    source: 'assumption: mobilisation, TUPE and IT; brief: Bedford referrals fell 30% in transition',
  }),
  p({
    id: 'tender.qualityWeight',
    group: 'Tendering',
    label: 'Quality weight',
    meaning: 'Weight of quality against price in bid evaluation (MEAT)',
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.6,
    source: 'assumption: NHS evaluations typically weight quality 60–70%',
  }),
  p({
    id: 'tender.optimism',
    group: 'Tendering',
    label: 'Bid optimism',
    meaning: "Over-promise of quality and under-pricing by profit-seeking bidders (winner's curse)",
    unit: 'share',
    min: 0,
    max: 0.3,
    default: 0.08,
    source: 'UnitingCare: bid £726m against ~£800m budget, collapsed after 8 months (brief §2)',
  }),
  p({
    id: 'tender.incumbentEdge',
    group: 'Tendering',
    label: 'Incumbent evaluation edge',
    meaning: 'Score bonus relational commissioners give the incumbent per unit of trust',
    unit: 'score',
    min: 0,
    max: 0.5,
    default: 0.23,
    source:
      'brief §4: incumbents kept 2 of 3 PFI soft-service market tests (better data, relationships); calibrated so incumbents keep ~2/3 of competed services in the CCG regime (0.67 over 6 seeds × 10 years at local scale)',
  }),
  p({
    id: 'tender.challengeCost',
    group: 'Tendering',
    label: 'Challenge cost',
    meaning: 'Cost to the commissioner of answering a procurement challenge',
    unit: '£',
    min: 0,
    max: 2000000,
    default: 120000,
    source:
      "assumption: legal advice and a re-run of the evaluation, ~15% of a complex tender's £0.8m; brief §4 gives how often (78 of 137 CCGs never challenged 2013/14–2017/18), not the cost",
  }),
  p({
    id: 'tender.challengeUpheld',
    group: 'Tendering',
    label: 'Challenges upheld',
    meaning: 'Probability that a procurement challenge succeeds and the bids are evaluated again',
    unit: 'probability',
    min: 0,
    max: 1,
    default: 0.4,
    source:
      'brief §4: the Independent Patient Choice and Procurement Panel found record-keeping breaches in 9 of 21 decisions, often sending the commissioner back to an early step',
  }),
  p({
    id: 'tender.specificationRisk',
    group: 'Tendering',
    label: 'Specification risk',
    meaning:
      'Extra unit cost of a service won from another provider, for a commissioner with no procurement skill (scaled down by its skill): the service was specified worse than the bids assumed',
    unit: 'share',
    min: 0,
    max: 0.5,
    default: 0.1,
    source:
      'Addicott 2016: novel contracts need procurement and actuarial skills; brief §2: UnitingCare (first-year gap ~£30m on ~£150m a year) and the Staffordshire contracts; assumption: the size',
  }),
  p({
    id: 'tender.conflictOfInterest',
    group: 'Tendering',
    label: 'GP conflict of interest',
    meaning: 'Score bias a GP-led commissioner gives a GP federation of its own members (before governance)',
    unit: 'score',
    min: 0,
    max: 0.5,
    default: 0.1,
    source: 'brief P7: conflicts "inevitable" under co-commissioning (Moran et al. 2017)',
  }),

  // Collaboration and capitation
  p({
    id: 'alliance.trustThreshold',
    group: 'Collaboration',
    label: 'Trust needed to ally',
    meaning: 'Mean commissioner–provider trust needed before an alliance or capitated contract is designed',
    unit: '0–1',
    min: 0,
    max: 1,
    default: 0.55,
    source:
      'mechanisms.md: formation needs mutual trust above a threshold; set a little above mean trust so only the better relationships qualify',
  }),
  p({
    id: 'alliance.capabilityThreshold',
    group: 'Collaboration',
    label: 'Capability needed to ally',
    meaning: 'Mean contracting and actuarial capability needed to design a capitated contract',
    unit: '0–1',
    min: 0,
    max: 1,
    default: 0.5,
    source: 'Addicott 2016: needs legal, procurement and actuarial skills',
  }),
  p({
    id: 'alliance.designCost',
    group: 'Collaboration',
    label: 'Design cost',
    meaning: 'One-off cost of designing an alliance or capitated contract',
    unit: '£',
    min: 0,
    max: 5000000,
    default: 1000000,
    source: 'Addicott 2016: cost is high; UnitingCare procurement ~£1m (brief §2)',
  }),
  p({
    id: 'alliance.years',
    group: 'Collaboration',
    label: 'Capitated contract length',
    meaning: 'Length of an alliance or capitated contract',
    unit: 'years',
    min: 2,
    max: 15,
    default: 7,
    integer: true,
    source: 'brief §2: integrated or prime contracts 5–15 years; Dudley MCP 10–15',
  }),
  p({
    id: 'alliance.riskShare',
    group: 'Collaboration',
    label: 'Gain/risk share',
    meaning: "Fraction of members' combined surplus or deficit pooled and shared by contract value",
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.5,
    source: 'brief §2: gain/risk share; "if one organisation fails, they all fail" (Convergence 2017)',
  }),
  p({
    id: 'alliance.upstreamShift',
    group: 'Collaboration',
    label: 'Upstream shift',
    meaning: 'Share of acute budget moved each year to community, mental-health and primary members by joint planning',
    unit: 'share/yr',
    min: 0,
    max: 0.1,
    default: 0.015,
    source: 'brief §2: Dudley MCP took ~£80m (~3%/yr over its term) out of the acute contract',
  }),
  p({
    id: 'alliance.preventionEffect',
    group: 'Collaboration',
    label: 'Prevention effect',
    meaning: 'Fall in emergency demand growth per unit of budget share moved upstream (after a one-year lag)',
    unit: '×',
    min: 0,
    max: 2,
    default: 0.6,
    source: 'assumption: out-of-hospital investment slows but does not stop emergency growth (mechanisms.md)',
  }),
  p({
    id: 'alliance.leadFee',
    group: 'Collaboration',
    label: 'Lead-provider fee',
    meaning:
      "Share of each sub-contracted member's contract value the lead provider keeps for managing the budget (lead-provider model)",
    unit: 'share',
    min: 0,
    max: 0.15,
    default: 0.03,
    source:
      'assumption: prime contractors (Circle, Bedfordshire MSK, brief §2) keep a management margin of a few per cent; no figure in the brief',
  }),
  p({
    id: 'alliance.failureRisk',
    group: 'Collaboration',
    label: 'Novel contract failure',
    meaning:
      "Yearly chance that an alliance or capitated contract with a shared loss collapses, for a commissioner with no contracting or actuarial skill (scaled down by the commissioner's mean of the two)",
    unit: 'probability',
    min: 0,
    max: 1,
    default: 0.3,
    source:
      'Addicott 2016: novel contracts are costly and need legal, procurement and actuarial skills; brief §2: UnitingCare collapsed after 8 months, Staffordshire prime-provider contracts abandoned; assumption: the size',
  }),
  p({
    id: 'alliance.appetite',
    group: 'Collaboration',
    label: 'Alliance appetite',
    meaning: 'Multiplier on the yearly probability that an eligible commissioner designs an alliance',
    unit: '×',
    min: 0,
    max: 5,
    default: 1,
    source:
      "assumption: neutral multiplier (1 = the regime's own rate); regimes set the base rate (50 vanguards 2015–18, ICBs 2022; brief §1.1)",
  }),

  // Trust and orientation
  p({
    id: 'trust.initial',
    group: 'Trust',
    label: 'Initial trust',
    meaning: 'Trust between each commissioner and provider at the start',
    unit: '0–1',
    min: 0,
    max: 1,
    default: 0.6,
    source:
      'Porter et al. 2013: relationships based on trust and continuity; Healthcare Leader 2022 survey: acute relations a big problem for 33%, no problem for 29%',
  }),
  p({
    id: 'trust.gainRate',
    group: 'Trust',
    label: 'Trust gain rate',
    meaning: 'Learning rate of trust after a better-than-expected outcome',
    unit: 'rate',
    min: 0,
    max: 1,
    default: 0.08,
    source: 'mechanisms.md: reinforcement; trust slow to build',
  }),
  p({
    id: 'trust.lossRate',
    group: 'Trust',
    label: 'Trust loss rate',
    meaning: 'Learning rate of trust after a worse-than-expected outcome',
    unit: 'rate',
    min: 0,
    max: 1,
    default: 0.2,
    source: 'mechanisms.md: losses weigh more than gains (fast to lose)',
  }),
  p({
    id: 'trust.arbitrationShock',
    group: 'Trust',
    label: 'Arbitration shock',
    meaning: 'Trust lost by both sides of an arbitration',
    unit: '0–1',
    min: 0,
    max: 1,
    default: 0.2,
    source: 'Healthcare Leader 2022: arbitration "seen as a failure"; mechanisms.md: a large negative shock',
  }),
  p({
    id: 'trust.tenderShock',
    group: 'Trust',
    label: 'Tender-away shock',
    meaning: 'Trust an incumbent loses when its service is tendered away',
    unit: '0–1',
    min: 0,
    max: 1,
    default: 0.25,
    source: 'mechanisms.md: tendering a service away from an incumbent',
  }),
  p({
    id: 'trust.drift',
    group: 'Trust',
    label: 'Trust drift',
    meaning: 'Yearly pull of trust toward its neutral level 0.5',
    unit: 'rate',
    min: 0,
    max: 0.5,
    default: 0.03,
    source: 'assumption: memories fade as staff change',
  }),
  p({
    id: 'commissioner.orientationInitial',
    group: 'Trust',
    label: 'Initial relational orientation',
    meaning: "Commissioners' mean starting orientation (0 transactional, 1 relational), before the regime's nudge",
    unit: '0–1',
    min: 0,
    max: 1,
    default: 0.6,
    source: 'Porter et al. 2013: commissioning "largely relational"',
  }),
  p({
    id: 'commissioner.orientationAdaptation',
    group: 'Trust',
    label: 'Orientation adaptation',
    meaning: 'Yearly rate at which orientation follows experience and the regime',
    unit: 'rate',
    min: 0,
    max: 1,
    default: 0.15,
    source: 'mechanisms.md: slow-moving disposition; Healthcare Leader 2022: after two arbitrations "think win-win"',
  }),

  // Payment
  p({
    id: 'payment.sanctionRate',
    group: 'Payment',
    label: 'Sanctions applied',
    meaning: 'Probability that a commissioner applies contract sanctions when quality is below target',
    unit: 'probability',
    min: 0,
    max: 1,
    default: 0.3,
    source: 'brief §2: NHSE (2013) found commissioners often did not apply sanctions; UHNM disputed £9.3m of fines',
  }),
  p({
    id: 'payment.qualityTarget',
    group: 'Payment',
    label: 'Quality target',
    meaning: 'Provider quality needed to earn the CQUIN / outcome withholding in full',
    unit: '0–1',
    min: 0,
    max: 1,
    default: 0.55,
    source:
      'assumption: set a little above the average provider\'s quality so that not every provider earns CQUIN in full (brief P9: "impossible CQUIN targets"; HFMA 2023: clawback later dropped)',
  }),

  // Providers and failure
  p({
    id: 'provider.qualityResponse',
    group: 'Providers',
    label: 'Quality response',
    meaning: 'Yearly rate at which quality moves toward what funding, pressure and motivation support',
    unit: 'rate',
    min: 0,
    max: 1,
    default: 0.25,
    source:
      'assumption: staffing and processes change over years, not weeks; 0.25 a year closes ~75% of a gap in 5 years, the span of a typical turnaround',
  }),
  p({
    id: 'provider.costEfficiency',
    group: 'Providers',
    label: 'Savings capacity',
    meaning:
      'Savings a provider of average skill could find in a year, as a share of its costs, with nothing saved lately (activity payment: in full; block: 70%); what it delivers is the softer of this and its plan',
    unit: 'share/yr',
    min: 0,
    max: 0.15,
    default: 0.07,
    source:
      'calibrated (0.06 before prices stopped giving back the efficiency factor in lean years; 0.07 after, on seeds 101–104 of the history run): set so that under 4% efficiency factors (2011/12–2014/15) an average trust delivers ~4% savings, three quarters of them recurrent, and its margin falls about a point a year, as the sector went from small surpluses to a ~£2.5bn deficit by 2015/16 (timeline A4, B2, F12); reported savings 2011/12 £5.8bn of ~£100bn (E1); 2024/25 £8.7bn (P12)',
  }),
  p({
    id: 'provider.savingsSpread',
    group: 'Providers',
    label: 'Savings skill spread',
    meaning: 'How much providers differ in the savings they can find (log sd of a skill multiplier around 1)',
    unit: 'log sd',
    min: 0,
    max: 1,
    default: 0.35,
    source:
      'timeline C2: the savings each provider delivers vary between trusts; assumption: about two-fold between the best and worst quarter',
  }),
  p({
    id: 'provider.savingsRecurrent',
    group: 'Providers',
    label: 'Recurrent savings',
    meaning: "Share of a year's savings that lasts (the rest is one-off and must be found again the next year)",
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.75,
    source:
      'timeline A2 (2017/18, [unverified]): about a quarter of savings non-recurrent; E2: growing reliance on non-recurrent savings',
  }),
  p({
    id: 'provider.savingsDepth',
    group: 'Providers',
    label: 'Savings depth',
    meaning:
      'Recent recurrent savings (decaying sum, as a share of costs) at which the savings a provider can find halve',
    unit: 'share',
    min: 0.01,
    max: 1,
    default: 0.3,
    source:
      'timeline C2: efficiency factors of ~4% exceeded what providers could save recurrently; assumption: after ~30% saved in a few years the easy savings are gone (with a fading memory, a steady 2%–3% a year costs about a fifth of capacity)',
  }),
  p({
    id: 'provider.surplusSpending',
    group: 'Providers',
    label: 'Surplus spending',
    meaning:
      "Share of an NHS provider's margin above 1% of income that becomes extra cost the next year (staff, quality): soft budgets",
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.6,
    source:
      'timeline C1: faster growth (2000s) let trusts break even, not bank surpluses; assumption: most of a surplus is reinvested within a year',
  }),
  p({
    id: 'provider.capacityStickiness',
    group: 'Providers',
    label: 'Capacity stickiness',
    meaning:
      'Share of the fixed cost of capacity a trust sheds that it goes on carrying (estate and overheads outlive the wards closed: capacity is a stepped investment); independent providers keep a fifth of it',
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.5,
    source:
      'issue (capacity carries its fixed cost whether grown or shed); assumption: half of the estate and overheads of shed capacity stay a year',
  }),
  p({
    id: 'finance.controlTotalRecovery',
    group: 'Providers',
    label: 'Control total recovery',
    meaning:
      "Share of last year's underlying deficit a trust's control total asks it to recover (a trust in balance must stay there)",
    unit: 'share',
    min: 0,
    max: 1,
    default: 0.5,
    source:
      'timeline A4 (S2–S4): a control total for every provider from 2016/17 in exchange for STF; assumption: deficits to be halved',
  }),
  p({
    id: 'finance.controlTotalSlack',
    group: 'Providers',
    label: 'Control total slack',
    meaning:
      'Shortfall against the control total, as a share of income, at which conditional support is lost entirely (it tapers from full on meeting it)',
    unit: 'share',
    min: 0.001,
    max: 0.2,
    default: 0.02,
    source: 'assumption: STF came in quarterly tranches, so a near miss lost part of it (S4)',
  }),
  p({
    id: 'failure.distressThreshold',
    group: 'Providers',
    label: 'Distress threshold',
    meaning: 'Cash deficit, as a share of turnover, at which the regime must act (bail out or fail)',
    unit: 'share',
    min: 0,
    max: 0.5,
    default: 0.06,
    source: 'brief P3: South London Healthcare lost ~£65m in 2011/12 (~15% of income) before administration',
  }),
  p({
    id: 'failure.ispExitThreshold',
    group: 'Providers',
    label: 'Independent provider exit',
    meaning: 'Loss on a contract, as a share of its value, at which an independent provider walks away',
    unit: 'share',
    min: 0,
    max: 0.5,
    default: 0.1,
    source: 'brief §2: UnitingCare collapsed with a ~£30m first-year gap (~20%); Circle left Hinchingbrooke',
  }),

  // GP practices
  p({
    id: 'practice.mergerRate',
    group: 'GP practices',
    label: 'Practice merger rate',
    meaning: 'Yearly probability that a small practice merges into a neighbour in its network',
    unit: 'probability',
    min: 0,
    max: 0.1,
    default: 0.022,
    source: 'brief §1.1: ~178 fewer practices a year 2013–23 (~2.2% of ~8,000)',
  }),
  p({
    id: 'practice.referralVariation',
    group: 'GP practices',
    label: 'Referral variation',
    meaning: "Spread (log sd) of practices' referral propensity",
    unit: 'log sd',
    min: 0,
    max: 1,
    default: 0.2,
    source: 'assumption: referral rates vary about 2-fold between practices',
  }),
];

export type ParamValues = Record<string, number>;

const byId = new Map(PARAMETERS.map((s) => [s.id, s]));

export function paramSpec(id: string): ParamSpec | undefined {
  return byId.get(id);
}

export function defaultParams(): ParamValues {
  const out: ParamValues = {};
  for (const s of PARAMETERS) out[s.id] = s.default;
  return out;
}

/** Checks one override; returns an error message or null. */
export function checkParam(id: string, value: unknown): string | null {
  const s = byId.get(id);
  if (!s) return `unknown parameter "${id}"`;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return `parameter "${id}" must be a number, got ${JSON.stringify(value)}`;
  if (value < s.min || value > s.max)
    return `parameter "${id}" = ${value} is outside its range ${s.min} to ${s.max} (${s.unit})`;
  if (s.integer && !Number.isInteger(value)) return `parameter "${id}" must be a whole number, got ${value}`;
  return null;
}

/** Defaults with overrides applied; throws on the first bad override. */
export function resolveParams(overrides: Record<string, unknown> = {}): ParamValues {
  const out = defaultParams();
  for (const [id, v] of Object.entries(overrides)) {
    const err = checkParam(id, v);
    if (err) throw new Error(err);
    out[id] = v as number;
  }
  return out;
}
