// Generated from docs/metrics.md by `npm run gen:metric-docs`: do not edit by hand.
import type { MetricDocs } from './metric-docs-source';

export const METRIC_DOCS: MetricDocs = {
  'yearly-metrics': {
    year: {
      description: 'simulated year, 1 for the first',
      unit: 'count from 1',
    },
    financial_year: {
      description:
        "the real financial year it stands for: a run starts in April of its start year (the scenario's startYear, else its regime's first year), and a reform does not move the calendar",
      unit: 'text, e.g. 2013/14',
    },
    regime: {
      description: 'regime in force at year end (after any reform during the year, such as ICBs on 1 July 2022)',
      unit: 'regime id',
    },
    commissioners: {
      description: 'active commissioning organisations at year end (DHAs and GP fundholders, PCTs, CCGs or ICBs)',
      unit: 'count',
    },
    providers: {
      description:
        'active providers at year end (acute, community and mental-health trusts, independent-sector providers, GP federations); failed or exited ones excluded',
      unit: 'count',
    },
    practices: {
      description: 'active GP practices at year end (mergers reduce it)',
      unit: 'count',
    },
    contracts: {
      description: 'live commissioner–provider contracts at year end (any state but ended)',
      unit: 'count',
    },
    negotiations: {
      description: 'contract negotiations opened in the year',
      unit: 'count',
    },
    agreements: {
      description:
        'negotiations that ended in agreement in the year, at the table (including contracts under £1m renewed on standard terms) or in mediation',
      unit: 'count',
    },
    disputes: {
      description: 'negotiations unagreed at the signature deadline in the year (each then goes to mediation)',
      unit: 'count',
    },
    mediations: {
      description: 'mediations opened in the year',
      unit: 'count',
    },
    arbitrations: {
      description: 'pendulum (final-offer) arbitrations decided in the year',
      unit: 'count',
    },
    tenders: {
      description:
        'services put out to competitive tender or to most-suitable-provider selection in the year (direct awards are not counted)',
      unit: 'count',
    },
    tendered_value_m: {
      description: 'annual value of the services tendered in the year',
      unit: '£m a year',
    },
    provider_changes: {
      description: 'tenders in the year that moved a service to a different provider',
      unit: 'count',
    },
    decommissions: {
      description: 'services taken away from an incumbent in the year (lost tenders)',
      unit: 'count',
    },
    challenges: {
      description: 'legal challenges to tender awards by losing bidders in the year',
      unit: 'count',
    },
    alliances: {
      description: 'alliances, lead-provider or capitated arrangements in force at year end',
      unit: 'count',
    },
    capitated_share: {
      description: 'share of the value of live contracts paid as capitated budgets at year end',
      unit: '0–1',
    },
    allocation_m: {
      description: 'allocations received by commissioners in the year',
      unit: '£m',
    },
    spend_total_m: {
      description:
        "commissioners' spend in the year on care: the sum of the four spend columns below (weekly payments net of the CQUIN share withheld; the year-end settlements — CQUIN earned, activity above plan clawed back, sanctions — are not in it)",
      unit: '£m',
    },
    spend_acute_m: {
      description: 'paid to acute trusts, and to independent-sector providers for acute service lines',
      unit: '£m',
    },
    spend_community_m: {
      description: 'paid to community trusts, and to independent providers for community lines',
      unit: '£m',
    },
    spend_mental_health_m: {
      description: 'paid to mental-health trusts, and to independent providers for mental-health lines',
      unit: '£m',
    },
    spend_primary_m: {
      description:
        "primary care: GP practices' funding (a fixed share of each commissioner's allocation) plus payments to GP federations",
      unit: '£m',
    },
    spend_isp_share: {
      description: 'share of spend_total_m paid to independent-sector providers',
      unit: '0–1',
    },
    transaction_cost_m: {
      description:
        "cost of the market machinery in the year: negotiation rounds, mediation, arbitration, tenders, bids and challenges, contract monitoring, transitions and alliance design, each scaled by contract.transactionCostScale, plus all of commissioners' running costs (not scaled: the commissioning bodies exist because of the split)",
      unit: '£m',
    },
    transaction_cost_share: {
      description: 'transaction_cost_m / spend_total_m',
      unit: '0–1',
    },
    emergency_admissions: {
      description: 'emergency admissions delivered in the year',
      unit: 'admissions',
    },
    unmet_demand_share: {
      description:
        "share of the year's demand (all lines, in units of activity) that no provider had capacity to deliver, or that no contract covered; planned hospital care (elective and outpatient) that capacity cannot meet waits instead (waiting_list) and is not counted as unmet",
      unit: '0–1',
    },
    mean_trust: {
      description: 'mean trust over commissioner–provider pairs with a live contract at year end',
      unit: '0–1',
    },
    relational_orientation: {
      description:
        'population-weighted mean orientation of active commissioners at year end (0 transactional, 1 relational)',
      unit: '0–1',
    },
    providers_in_deficit: {
      description: 'active providers whose reported result for the year is a deficit',
      unit: 'count',
    },
    provider_net_surplus_m: {
      description: "sum of active providers' surpluses for the year (negative: net deficit)",
      unit: '£m',
    },
    bailouts: {
      description: 'revenue support loans given to distressed NHS providers in the year',
      unit: 'count',
    },
    bailout_value_m: {
      description: 'value of those loans',
      unit: '£m',
    },
    provider_failures: {
      description: 'providers failed (special administration) or exited the market in the year',
      unit: 'count',
    },
    commissioner_overspend_m: {
      description: 'sum of the overspends of commissioners whose balance is negative at year end',
      unit: '£m',
    },
    quality_index: {
      description: 'income-weighted mean true quality of active providers at year end',
      unit: '0–1',
    },
    population: {
      description: "registered population of the run (active practices' lists) at year end, before the year's growth",
      unit: 'people',
    },
    funding_growth_real: {
      description:
        "the year's real growth of NHS funding for commissioners in force (the timeline's funding.allocationGrowth, or the scenario's)",
      unit: 'share/yr',
    },
    tariff_price_change: {
      description:
        'real change of national prices (and block uplifts) that took effect at the start of the year: cost uplift less efficiency factor, moved by affordability (0 in the first year)',
      unit: 'share/yr',
    },
    waiting_list: {
      description:
        'people waiting on a referral-to-treatment pathway for planned care at year end (elective spells count one pathway each, outpatient attendances an eighth)',
      unit: 'people',
    },
    waiting_18w_share: {
      description: 'share of them waiting under 18 weeks',
      unit: '0–1',
    },
    waiting_52w: {
      description: 'of them, waiting over 52 weeks',
      unit: 'people',
    },
    nhs_trusts_in_deficit_share: {
      description:
        'share of active NHS trusts (acute, community, mental health) whose reported result for the year is a deficit',
      unit: '0–1',
    },
    nhs_trusts_reported_surplus_m: {
      description:
        "NHS trusts' reported results summed: income (central support included) less costs (one-off savings included)",
      unit: '£m',
    },
    nhs_trusts_underlying_surplus_m: {
      description: "NHS trusts' underlying results summed: before central support and one-off (non-recurrent) savings",
      unit: '£m',
    },
    central_support_m: {
      description:
        'central support paid to NHS trusts in the year (conditional support on meeting control totals; deficit support)',
      unit: '£m',
    },
  },
  relationships: {
    commissioner_id: {
      description: "commissioner's code (as in the events file and the app's inspector)",
      unit: 'text, e.g. C0003',
    },
    provider_id: {
      description: "provider's code",
      unit: 'text',
    },
    provider_type: {
      description: 'acute, community, mental-health, isp (independent sector) or gp-federation',
      unit: 'text',
    },
    trust: {
      description: 'trust between the two at the end of the run',
      unit: '0–1',
    },
    contract_value_m: {
      description: 'annual value of their live contract',
      unit: '£m a year',
    },
    years_together: {
      description:
        "years the pair has had a contract, across reforms and re-tenders; pairs that exist when the run starts carry a drawn history of 1–10 years, and merged commissioners keep the longest of their predecessors'",
      unit: 'years',
    },
    arbitrations: {
      description: 'arbitrations between them over the whole run',
      unit: 'count',
    },
  },
  areas: {
    financial_year: {
      description: 'the financial year, as in the yearly file',
      unit: 'text, e.g. 2013/14',
    },
    year: {
      description: "simulated year, 1 = first (joins the yearly file's year)",
      unit: 'count',
    },
    seed: {
      description: "the run's seed",
      unit: 'integer',
    },
    code: {
      description: 'ODS code of the ICB footprint (e.g. QYG); empty for a fictional area',
      unit: 'text',
    },
    name: {
      description:
        'the footprint\'s name without "NHS" and "Integrated Care Board" (e.g. Cheshire and Merseyside), or the fictional area\'s name',
      unit: 'text',
    },
    region: {
      description: 'NHS England region of the footprint (e.g. North West); empty for a fictional area',
      unit: 'text',
    },
    region_code: {
      description: 'ODS code of that region (Y56–Y63)',
      unit: 'text',
    },
    population: {
      description: "registered population of the area's active practices at the year end",
      unit: 'people',
    },
    practices: {
      description: 'active GP practices in the area at the year end',
      unit: 'count',
    },
    commissioners: {
      description: 'active commissioners in the area at the year end (fundholders included, as in the yearly file)',
      unit: 'count',
    },
    providers: {
      description: 'active providers based in the area at the year end',
      unit: 'count',
    },
    nhs_trusts: {
      description: 'of which NHS trusts (acute, community, mental health)',
      unit: 'count',
    },
    allocation_m: {
      description: "annual allocation of the area's commissioners in place at the year end",
      unit: '£m a year',
    },
    spend_m: {
      description:
        "what those commissioners spent in the year: their allocation less their year-end balance, i.e. contracts, primary care, other services, running and transaction costs, net of refunds and fines received. Wider than the yearly file's spend_total_m (care only), so it does not add up to it",
      unit: '£m',
    },
    spend_per_head: {
      description: 'spend_m per registered person',
      unit: '£',
    },
    providers_in_deficit: {
      description: 'active providers in the area whose last completed year ended in deficit',
      unit: 'count',
    },
    nhs_trusts_in_deficit: {
      description: 'of which NHS trusts',
      unit: 'count',
    },
    provider_net_surplus_m: {
      description: "sum of the area's active providers' surplus (negative: deficit) for the year",
      unit: '£m',
    },
    waiting_list: {
      description:
        "the area's commissioners' patients on referral-to-treatment pathways at the year end, wherever they wait (not the patients waiting at the area's providers)",
      unit: 'pathways',
    },
    arbitrations: {
      description: "arbitrations in the year between the area's commissioners and any provider",
      unit: 'count',
    },
  },
  events: {
    id: {
      description: 'event number, from 0, unique in the run',
      unit: 'integer',
    },
    tick: {
      description: 'absolute week of the run, 0 = first week of April of year 1',
      unit: 'integer',
    },
    year: {
      description: 'simulated year, from 1 (joins year of the yearly CSV)',
      unit: 'integer',
    },
    week: {
      description: 'week of the financial year, 0 = first week of April, 51 = last week of March',
      unit: 'integer',
    },
    financial_year: {
      description: 'as in the yearly CSV',
      unit: 'text',
    },
    type: {
      description:
        'event type, one of EVENT_TYPES in src/model/events.ts (e.g. negotiation.agreed, arbitration.decided, tender.awarded, provider.bailout, reform.applied)',
      unit: 'text',
    },
    commissioner: {
      description: "commissioner's index in the model, or null",
      unit: 'integer or null',
    },
    commissioner_id: {
      description: "the same commissioner's code (joins commissioner_id of the relationships CSV)",
      unit: 'text or null',
    },
    provider: {
      description: "provider's index, or null",
      unit: 'integer or null',
    },
    provider_id: {
      description: "the provider's code",
      unit: 'text or null',
    },
    contract: {
      description: 'contract index, or null',
      unit: 'integer or null',
    },
    tender: {
      description: 'tender index, or null',
      unit: 'integer or null',
    },
    alliance: {
      description: 'alliance index, or null',
      unit: 'integer or null',
    },
    value: {
      description: "the event's main amount (offer, award value, bail-out…), or null",
      unit: '£ (not £m) or null',
    },
    cause: {
      description: 'id of the event that caused this one, or null',
      unit: 'integer or null',
    },
    reason: {
      description: 'why it happened, in a few words',
      unit: 'text',
    },
    detail: {
      description:
        'further facts specific to the event type (round, gap, route, line…); for decisions, what the decision compared (below)',
      unit: 'object',
    },
    'tender.decided': {
      description:
        "line; alternatives (capable providers nearby); rules; when there were alternatives: perceivedGain (the gain the commissioner saw from the best alternative's score over the incumbent's, £), tenderCost (cost of tendering and transition, £), probability (chance of competing by choice), orientation (0 transactional – 1 relational), capability (procurement skill), trust (in the incumbent)",
      unit: '',
    },
    'tender.awarded': {
      description:
        "line, bids, score (winner's), price, seenQuality (winner's quality as the panel saw it), qualityWeight; when there was another bid: runnerUp (provider code), runnerUpScore, runnerUpPrice",
      unit: '',
    },
    'negotiation.deadline-missed': {
      description: 'commissionerOffer, providerOffer (last offers at the deadline, £)',
      unit: '',
    },
    'mediation.opened': {
      description:
        'gapPct (gap as % of the fair value), commissionerOffer, providerOffer, trust, settleChance (chance mediation settles)',
      unit: '',
    },
    'mediation.failed': {
      description: 'gapPct, arbitrationThreshold (smallest gap that may go to arbitration, £)',
      unit: '',
    },
    'arbitration.decided': {
      description:
        "commissionerFinal, providerFinal (final offers, £), winner (commissioner or provider), fairValue (the panel's own noisy view of a fair price, £), reference (tariff × forecast, £), arbiter, penalty (regime's penalty on each side, £)",
      unit: '',
    },
    'provider.bailout': {
      description:
        "deficit (the year's deficit, £), cash (£), threshold (distress line on cash, £), bailoutPolicy (the regime's chance of bailing out an NHS trust in distress; 0 for others), regime",
      unit: '',
    },
    'provider.failed': {
      description:
        "deficit (the year's deficit, £), cash (£), threshold (distress line on cash, £), bailoutPolicy (the regime's chance of bailing out an NHS trust in distress; 0 for others), regime",
      unit: '',
    },
    'provider.exited': {
      description:
        "deficit (the year's deficit, £), cash (£), threshold (distress line on cash, £), bailoutPolicy (the regime's chance of bailing out an NHS trust in distress; 0 for others), regime",
      unit: '',
    },
    'alliance.formed': {
      description: 'members, meanTrust, trustThreshold, capability, capabilityThreshold, years',
      unit: '',
    },
    'alliance.dissolved': {
      description:
        "members, years (it lasted); when at a year end: meanTrust, floor (trust below which it breaks up), pool (the year's pooled result, £), failureRisk (chance a loss brings it down)",
      unit: '',
    },
    'reform.applied': {
      description:
        "from, to, label, event (the timeline's name for it, if scheduled); commissionersBefore, commissionersAfter, paymentForm, tenderCompetition, arbiter",
      unit: '',
    },
  },
  'ensembles-and-sweeps': {
    scenario: {
      description:
        "the scenario: a preset's id, or the scenario file's name without .json (its SHA-256 is in datapackage.json)",
      unit: '',
    },
    scale: {
      description: 'local, region or england',
      unit: '',
    },
    point: {
      description: '(sweep only) design point, from 0: a grid combination or a Latin hypercube sample',
      unit: '',
    },
    run: {
      description: 'repetition number within the point, from 0',
      unit: '',
    },
    seed: {
      description:
        "the run's seed, runSeed(S, run) of the root seed S (--seed, else the scenario's); the same repetition has the same seed at every sweep point (common random numbers). run --seed <seed> reproduces that run alone",
      unit: '',
    },
  },
  summaries: {
    scenario: {
      description: 'as above',
      unit: '',
    },
    scale: {
      description: 'as above',
      unit: '',
    },
    year: {
      description: 'as in the yearly CSV',
      unit: '',
    },
    financial_year: {
      description: 'as in the yearly CSV',
      unit: '',
    },
    regime: {
      description: 'as in the yearly CSV',
      unit: '',
    },
    metric: {
      description: 'name of the yearly column summarised',
      unit: '',
    },
    n: {
      description: 'runs that reached this year',
      unit: '',
    },
    mean: {
      description: 'mean over the runs',
      unit: '',
    },
    sd: {
      description: 'sample standard deviation (n − 1 denominator; empty when n = 1)',
      unit: '',
    },
    min: {
      description: 'smallest value over the runs',
      unit: '',
    },
    p05: {
      description: "5th percentile, by linear interpolation between order statistics (R's type 7, numpy's default)",
      unit: '',
    },
    median: {
      description: '50th percentile, likewise',
      unit: '',
    },
    p95: {
      description: '95th percentile, likewise',
      unit: '',
    },
    max: {
      description: 'largest value over the runs',
      unit: '',
    },
  },
  'weekly-series': {
    tick: {
      description: 'weeks since the start of the run: the week about to run',
      unit: 'count from 0',
    },
    week: {
      description: 'week of the financial year, 0 = first week of April',
      unit: 'count from 0',
    },
    spend_acute_m: {
      description: 'paid to acute providers so far this year (see the yearly column)',
      unit: '£m',
    },
    spend_community_m: {
      description: 'paid for community services so far this year',
      unit: '£m',
    },
    spend_mental_health_m: {
      description: 'paid for mental-health services so far this year',
      unit: '£m',
    },
    spend_primary_m: {
      description: 'primary care so far this year',
      unit: '£m',
    },
    transaction_cost_m: {
      description: 'cost of the market machinery so far this year',
      unit: '£m',
    },
    arbitrations: {
      description: 'arbitrations decided so far this year',
      unit: 'count',
    },
    tenders: {
      description: 'tenders so far this year',
      unit: 'count',
    },
    mean_trust: {
      description: 'mean trust over pairs with a live contract, now',
      unit: '0–1',
    },
    providers_in_deficit: {
      description: 'active providers whose income so far this year is below their costs so far',
      unit: 'count',
    },
  },
  organisations: {
    organisation_id: {
      description: 'code, as commissioner_id or provider_id in the other files',
      unit: 'text',
    },
    kind: {
      description: 'commissioner or provider',
      unit: 'text',
    },
    type: {
      description:
        "a commissioner's kind (dha, fundholder, pcg, pct, ccg, icb) or a provider's type (acute, community, mental-health, isp, gp-federation)",
      unit: 'text',
    },
    name: {
      description: 'its name in the model',
      unit: 'text',
    },
    status: {
      description: 'active; a provider that failed or exited in the year: failed or exited',
      unit: 'text',
    },
    population: {
      description: "a commissioner's registered population",
      unit: 'people',
    },
    allocation_m: {
      description: "a commissioner's annual allocation",
      unit: '£m',
    },
    balance_m: {
      description: "a commissioner's result for the year: allocation received less spend (negative: overspent)",
      unit: '£m',
    },
    carried_m: {
      description: "a commissioner's over- or under-spend carried into the next year",
      unit: '£m',
    },
    orientation: {
      description: "a commissioner's orientation, 0 transactional to 1 relational",
      unit: '0–1',
    },
    income_m: {
      description: "a provider's income in the year",
      unit: '£m',
    },
    surplus_m: {
      description: "a provider's reported result for the year, after central support (negative: deficit)",
      unit: '£m',
    },
    underlying_m: {
      description: "a provider's result before central support and one-off savings",
      unit: '£m',
    },
    cash_m: {
      description: "a provider's cash at year end",
      unit: '£m',
    },
    debt_m: {
      description: "a provider's revenue support loans outstanding",
      unit: '£m',
    },
    bailouts: {
      description: 'revenue support loans a provider has had since the run began',
      unit: 'count',
    },
    quality: {
      description: "a provider's true quality",
      unit: '0–1',
    },
    capacity_elective: {
      description: "a provider's annual capacity for elective care",
      unit: 'spells a year',
    },
    capacity_emergency: {
      description: 'annual capacity for emergency admissions',
      unit: 'admissions a year',
    },
    capacity_outpatient: {
      description: 'annual capacity for outpatient attendances',
      unit: 'attendances a year',
    },
    capacity_community: {
      description: 'annual capacity for community contacts',
      unit: 'contacts a year',
    },
    capacity_mental_health: {
      description: 'annual capacity for mental-health contacts',
      unit: 'contacts a year',
    },
    capacity_diabetes: {
      description: 'annual capacity for diabetes care',
      unit: 'patients a year',
    },
    capacity_stroke: {
      description: 'annual capacity for stroke care',
      unit: 'survivors a year',
    },
    capacity_dementia: {
      description: 'annual capacity for dementia care',
      unit: 'patients a year',
    },
    contracts: {
      description: 'live contracts the organisation holds',
      unit: 'count',
    },
    contract_value_m: {
      description: 'annual value of those contracts',
      unit: '£m a year',
    },
    mean_trust: {
      description: 'mean year-end trust with the other sides of those contracts (empty when none)',
      unit: '0–1',
    },
    waiting_list: {
      description:
        'people waiting on a referral-to-treatment pathway under those contracts (as waiting_list of the yearly CSV)',
      unit: 'people',
    },
  },
  'sensitivity-indices': {
    method: {
      description: 'morris or sobol',
      unit: 'text',
    },
    parameter: {
      description: "the parameter's id, as in --vary",
      unit: 'text',
    },
    output: {
      description: 'the yearly metric summarised',
      unit: 'text',
    },
    index: {
      description:
        'Morris: mu (mean elementary effect), mu_star (mean absolute elementary effect, Campolongo et al. 2007) and sigma (standard deviation of the effects: interactions or non-linearity); Sobol: S1 (first-order index) and ST (total-order index)',
      unit: 'text',
    },
    value: {
      description:
        "the index. Morris effects are the change in the output when the parameter moves across its whole range (one grid step Δ, rescaled by 1/Δ), in the output's unit; Sobol indices are shares of the output's variance (0 to 1, estimates may stray slightly outside)",
      unit: 'number',
    },
    ci_low: {
      description:
        'lower end of the percentile bootstrap interval (--confidence, default 95%; --bootstrap resamples, default 1,000, seeded by the root seed): over Morris trajectories, or over Sobol base samples; empty with --bootstrap 0',
      unit: 'number',
    },
    ci_high: {
      description: 'upper end of that interval',
      unit: 'number',
    },
  },
  'calibration-targets': {
    metric: {
      description: 'a yearly metric (required)',
      unit: '',
    },
    years: {
      description:
        'financial years, "2015-2017", "2015" or "2015/16-2017/18", or a year as a number (default: every year of the run)',
      unit: '',
    },
    stat: {
      description:
        'mean (default), sum, min, max, first, last, change (last − first) or growth (last / first − 1) over those years',
      unit: '',
    },
    target: {
      description: 'the value it should take (required)',
      unit: '',
    },
    tolerance: {
      description: 'how far from target still counts as a fit, above 0 (required)',
      unit: '',
    },
    name: {
      description: 'a label for messages (optional)',
      unit: '',
    },
  },
  'calibration-particles': {
    generation: {
      description: 'ABC-SMC generation, from 0 (the prior sample)',
      unit: 'count from 0',
    },
    particle: {
      description: 'position in the generation, from 0',
      unit: 'count from 0',
    },
    distance: {
      description:
        'the largest over the targets of the gap between its statistic and the target, divided by the tolerance',
      unit: 'number',
    },
    weight: {
      description: 'importance weight, normalised to sum to 1 in the generation',
      unit: 'share',
    },
    evaluation: {
      description:
        "the proposal's number over the whole calibration, q: its runs have seeds runSeed(S, q × runs + r), so run --seed with the values reproduces one",
      unit: 'count from 0',
    },
  },
  'calibration-posterior': {
    parameter: {
      description: "the parameter's id",
      unit: 'text',
    },
    prior_low: {
      description: 'the --vary range (the uniform prior)',
      unit: 'number',
    },
    prior_high: {
      description: 'the --vary range (the uniform prior)',
      unit: 'number',
    },
    mean: {
      description: 'weighted mean',
      unit: 'number',
    },
    sd: {
      description: 'weighted standard deviation',
      unit: 'number',
    },
    p05: {
      description: 'weighted 5th percentile: the smallest value whose cumulative weight reaches 0.05',
      unit: 'number',
    },
    median: {
      description: 'weighted median, likewise',
      unit: 'number',
    },
    p95: {
      description: 'weighted 95th percentile, likewise',
      unit: 'number',
    },
  },
  'calibration-diagnostics': {
    generation: {
      description: 'as above',
      unit: 'count from 0',
    },
    epsilon: {
      description: 'the tolerance on the distance in this generation (empty for generation 0, which keeps every draw)',
      unit: 'number',
    },
    proposals: {
      description: 'proposals run until the N-th was kept (those run after it in the last batch are not counted)',
      unit: 'count',
    },
    accepted: {
      description: 'particles kept',
      unit: 'count',
    },
    acceptance_rate: {
      description: 'accepted / proposals',
      unit: 'share',
    },
    ess: {
      description: 'effective sample size of the weights, (Σw)² / Σw²',
      unit: 'number',
    },
    runs: {
      description: 'model runs in the generation, every batch counted',
      unit: 'count',
    },
  },
};
