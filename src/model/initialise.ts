// Builds the starting health economy for a regime and scale: areas, practices (in
// networks), providers, commissioners, contracts and relationships.
import { CENTRE } from './ledger';
import { LINES, basePrevalence } from './lines';
import { FICTIONAL_REGION_AREAS, apportion, footprintsOf, scaledCount, scalePopulation } from './scales';
import type { Model } from './model';
import { reorganise } from './reform';
import { groupByArea } from './group';
import type { Area, Practice, Provider, ProviderType } from './types';
import { LINE_COUNT, L } from './types';

const TRUST_MIX: [ProviderType, number][] = [
  ['acute', 0.62],
  ['mental-health', 0.26],
  ['community', 0.12],
];

export function initialise(m: Model): void {
  const r = m.regime;
  const rng = m.rng.init;
  const { scale, area: anchor } = m.scenario;
  const england = m.timeline.registeredPopulation(m.startYear);
  const pop = scalePopulation(scale, anchor, england);
  m.world.populationShare = pop / england;
  const real = footprintsOf(scale, anchor);
  const nAreas = real ? real.length : scale === 'local' ? 1 : FICTIONAL_REGION_AREAS;
  // Real footprints carry their populations, practices and trusts; fictional areas vary in size
  // as ICS populations do (~0.5m to ~3m, brief §1.1): lognormal weights.
  const weights = real
    ? real.map((f) => f.population)
    : Array.from({ length: nAreas }, () => (nAreas === 1 ? 1 : rng.logNormal(0.45)));
  const areaPop = apportion(pop, weights);
  const share = (n: number, min: number) => scaledCount(n, m.world.populationShare, min);
  const practicesPerArea = apportion(
    share(r.england.practices, 20 * nAreas),
    real ? real.map((f) => f.practices2022) : weights,
  );
  // Every area has an acute, a mental-health and a community trust; the rest follow its weight.
  const trusts = scale === 'england' ? r.england.trusts : Math.max(3 * nAreas, share(r.england.trusts, 3));
  const trustsPerArea = apportion(Math.max(0, trusts - 3 * nAreas), real ? real.map((f) => f.trusts2022) : weights).map(
    (n) => n + 3,
  );
  const ispsPerArea = apportion(nAreas === 1 && !real ? 10 : share(r.england.isps, nAreas), weights);
  const fedsPerArea = apportion(
    r.england.federations > 0 ? Math.max(nAreas, share(r.england.federations, nAreas)) : 0,
    weights,
  );

  // Real footprints sit where they are (km east and south of 52.5°N 1.5°W) with a disc of their
  // area; fictional areas on a grid (the map is notional: distances only separate areas).
  const cols = Math.ceil(Math.sqrt(nAreas * 1.2));
  for (let a = 0; a < nAreas; a++) {
    const f = real?.[a];
    const area: Area = f
      ? {
          id: a,
          name: f.shortName,
          code: f.code,
          region: f.region,
          x: f.centre[0],
          y: f.centre[1],
          radius: Math.sqrt(f.areaKm2 / Math.PI),
        }
      : {
          id: a,
          name: m.namer.place(),
          code: null,
          region: null,
          x: (a % cols) * 100 + (Math.floor(a / cols) % 2) * 50,
          y: Math.floor(a / cols) * 90,
          radius: 25 + 10 * Math.sqrt(areaPop[a] / 1.2e6),
        };
    m.world.addArea(area);
  }

  const prev = basePrevalence(m.startYear);
  const pv = m.params['practice.referralVariation'];
  for (const area of m.world.areas) {
    const n = practicesPerArea[area.id];
    const lists = Array.from({ length: n }, () => rng.logNormal(0.5));
    const norm = areaPop[area.id] / lists.reduce((x, y) => x + y, 0);
    // Practices spread over the area disc, sorted by angle so neighbours share networks.
    const raw = lists.map((l) => {
      const ang = rng.uniform(0, Math.PI * 2);
      const rad = area.radius * Math.sqrt(rng.uniform(0.05, 1));
      return { list: Math.max(800, l * norm), ang, rad };
    });
    raw.sort((p, q) => p.ang - q.ang);
    const pcnSize = 5;
    raw.forEach((q, i) => {
      const cm = rng.logNormal(0.15);
      const pr: Practice = {
        id: m.world.practices.length,
        code: `G${String(m.world.practices.length).padStart(5, '0')}`,
        name: m.namer.practice(),
        area: area.id,
        commissioner: -1,
        pcn: m.world.pcnCount + Math.floor(i / pcnSize),
        listSize: Math.round(q.list),
        caseMix: cm,
        diabetes: prev.diabetes * cm * rng.logNormal(0.2),
        stroke: prev.stroke * cm * rng.logNormal(0.2),
        dementia: prev.dementia * cm * rng.logNormal(0.25),
        referralRate: rng.logNormal(pv),
        federation: null,
        fundholder: null,
        x: area.x + Math.cos(q.ang) * q.rad,
        y: area.y + Math.sin(q.ang) * q.rad,
        active: true,
        mergedInto: null,
      };
      m.world.addPractice(pr);
    });
    m.world.pcnCount += Math.ceil(n / pcnSize);
  }

  // Providers per area.
  for (const area of m.world.areas) {
    const nT = trustsPerArea[area.id];
    const mix = apportion(
      nT,
      TRUST_MIX.map((t) => t[1]),
    );
    if (nT >= 3) {
      for (let k = 0; k < 3; k++)
        if (mix[k] === 0) {
          mix[k] = 1;
          mix[0]--;
        }
    }
    TRUST_MIX.forEach(([type], k) => {
      for (let i = 0; i < mix[k]; i++) addProvider(m, area, type);
    });
    for (let i = 0; i < ispsPerArea[area.id]; i++) addProvider(m, area, 'isp');
    for (let i = 0; i < fedsPerArea[area.id]; i++) addProvider(m, area, 'gp-federation');
  }
  // Practices join their area's federations (CCG era onwards).
  const fedsByArea = groupByArea(
    m.world.providers.filter((p) => p.type === 'gp-federation'),
    m.world.areas.length,
  );
  for (const pr of m.world.practices) {
    const feds = fedsByArea[pr.area];
    if (feds.length) pr.federation = feds[Math.floor((((pr.pcn * 7919) % 1000) / 1000) * feds.length)].id;
  }

  m.economy.computePrices();
  m.economy.updatePracticeDemand();
  sizeProviders(m);
  reorganise(m, null);
}

function addProvider(m: Model, area: Area, type: ProviderType): Provider {
  const rng = m.rng.init;
  const id = m.world.providers.length;
  const place = type === 'isp' || type === 'gp-federation' ? area.name : m.namer.place();
  const foundation = type !== 'isp' && type !== 'gp-federation' && rng.chance(m.params['provider.foundationShare']);
  const trustWord = foundation ? 'NHS Foundation Trust' : 'NHS Trust';
  const name =
    type === 'acute'
      ? m.namer.exact(`${place} Hospitals ${trustWord}`)
      : type === 'community'
        ? m.namer.exact(`${place} Community Health ${trustWord}`)
        : type === 'mental-health'
          ? m.namer.exact(`${place} Mental Health ${trustWord}`)
          : type === 'gp-federation'
            ? m.namer.exact(`${place} GP Federation`)
            : m.namer.isp(place);
  const ang = rng.uniform(0, Math.PI * 2);
  const rad = area.radius * (type === 'isp' ? rng.uniform(0.5, 0.9) : rng.uniform(0.1, 0.45));
  const p: Provider = {
    id,
    code: `P${String(id).padStart(4, '0')}`,
    name,
    type,
    area: area.id,
    account: m.ledger.open(name),
    capacity: new Float64Array(LINE_COUNT),
    unitCost: new Float64Array(LINE_COUNT),
    fixedCost: 0,
    quality: Math.min(0.95, Math.max(0.15, rng.normal(0.55, 0.1))),
    profitMotive:
      type === 'isp' ? rng.uniform(0.6, 1) : type === 'gp-federation' ? rng.uniform(0.2, 0.5) : rng.uniform(0, 0.15),
    foundation,
    income: 0,
    costs: 0,
    surplus: 0,
    underlying: 0,
    support: 0,
    controlTotal: null,
    arbitrated: false,
    savingsSkill: rng.logNormal(m.params['provider.savingsSpread']),
    savedRecently: 0,
    oneOffSavings: 0,
    cash: 0,
    debt: 0,
    bailouts: 0,
    status: 'active',
    x: area.x + Math.cos(ang) * rad,
    y: area.y + Math.sin(ang) * rad,
    createdYear: 1,
    endedYear: null,
    successor: null,
  };
  m.world.addProvider(p);
  return p;
}

/** Gives each provider its share of its area's demand per line, and costs to match. */
function sizeProviders(m: Model): void {
  const rng = m.rng.init;
  const areaDemand = m.world.areas.map(() => new Float64Array(LINE_COUNT));
  for (const pr of m.world.practices)
    for (let l = 0; l < LINE_COUNT; l++) areaDemand[pr.area][l] += m.economy.practiceDemand[pr.id * LINE_COUNT + l];
  const providersByArea = groupByArea(m.world.providers, m.world.areas.length);
  for (const area of m.world.areas) {
    const here = providersByArea[area.id];
    // One size per organisation (a big hospital is big in every line), with a little variation by line.
    const size = here.map(() => rng.logNormal(0.35));
    for (let l = 0; l < LINE_COUNT; l++) {
      const spec = LINES[l];
      // Share weights: the first type able to deliver takes the bulk; ISPs and federations niche shares.
      const nhsType =
        spec.deliverers.find((t) => t !== 'isp' && t !== 'gp-federation' && here.some((p) => p.type === t)) ?? 'acute';
      const nhsCount = here.filter((q) => q.type === nhsType).length;
      const w = here.map((p, i) => {
        if (p.type === nhsType) return size[i] * rng.logNormal(0.1);
        if (p.type === 'isp' && spec.deliverers.includes('isp'))
          return rng.chance(0.45) ? rng.uniform(0.015, 0.05) * nhsCount : 0;
        if (p.type === 'gp-federation' && spec.deliverers.includes('gp-federation'))
          return (l === L.diabetes ? 0.25 : 0.06) * nhsCount;
        return 0;
      });
      const sum = w.reduce((a, b) => a + b, 0);
      here.forEach((p, i) => {
        if (w[i] <= 0) return;
        const vol = (areaDemand[area.id][l] * w[i]) / sum;
        const slack = l === L.emergency ? rng.uniform(0.0, 0.04) : rng.uniform(0.02, 0.1);
        p.capacity[l] = vol * (1 + slack);
        // Tariffs are set from average reference costs, so the average trust breaks even at tariff.
        const costRatio = rng.normal(p.type === 'isp' ? 0.97 : 1.0, 0.03);
        p.unitCost[l] = m.economy.prices[l] * costRatio * (1 - spec.fixedShare);
        p.fixedCost += m.economy.prices[l] * costRatio * spec.fixedShare * vol;
      });
    }
  }
  // Opening cash: working balances (NHS) or equity (independent providers), from the centre or owners.
  for (const p of m.world.providers) {
    let turnover = p.fixedCost;
    for (let l = 0; l < LINE_COUNT; l++) turnover += p.capacity[l] * p.unitCost[l];
    const cash = turnover * (p.type === 'isp' ? 0.12 : p.type === 'gp-federation' ? 0.05 : 0.03);
    m.ledger.transfer(CENTRE, p.account, cash);
    p.cash = cash;
  }
}
