// TEMPORARY stand-in for the Model while it is being written: random organisations and
// contract states, to get pixels on screen. Deleted once the real Model runs.
import { EventLog } from '../model/events';
import { REGIMES, type RegimeId } from '../model/regimes';
import type { Scenario } from '../model/scenario';
import type { SimModel } from './sim-model';
import type { Commissioner, Contract, Practice, Provider, ContractState } from '../model/types';

let seed = 1;
const rnd = (): number => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };

export function fakeModel(s: Scenario): SimModel {
  seed = s.seed + 1;
  const areasN = s.scale === 'local' ? 1 : s.scale === 'region' ? 7 : 42;
  const practicesPerArea = s.scale === 'local' ? 150 : 180;
  const events = new EventLog(20000);
  const commissioners: Commissioner[] = [], providers: Provider[] = [], practices: Practice[] = [], contracts: Contract[] = [];
  let tick = 0;
  let regime = REGIMES[s.regime];
  const cPerArea = regime.commissioners.kind === 'icb' ? 1 : 5;
  const mkC = (area: number, k: number): Commissioner => ({
    id: commissioners.length, code: `C${commissioners.length}`, name: `Area${area} ${k} ${regime.commissioners.suffix}`, kind: regime.commissioners.kind,
    area, population: 250000, allocation: 4e8 * (1 + rnd()), runningCosts: 5e6, procurement: 0.5, contracting: 0.5, actuarial: 0.5,
    orientation: 0.5, gpLed: true, practices: [], balance: 0, carried: 0, active: true, createdYear: 1, endedYear: null, successor: null,
    account: 0, x: 0, y: 0,
  } as unknown as Commissioner);
  for (let a = 0; a < areasN; a++) {
    const cs = Array.from({ length: cPerArea }, (_, k) => { const c = mkC(a, k); commissioners.push(c); return c; });
    for (let i = 0; i < practicesPerArea; i++) {
      const c = cs[i % cs.length];
      const p = { id: practices.length, code: `G${practices.length}`, name: `Practice ${practices.length}`, area: a, commissioner: c.id, pcn: 0, listSize: 3000 + rnd() * 15000, caseMix: 1, diabetes: 0.06, stroke: 0.02, dementia: 0.01, referralRate: 1, federation: null, active: true, mergedInto: null, fundholder: null, x: 0, y: 0 } as unknown as Practice;
      practices.push(p); c.practices.push(p.id);
    }
    const types = ['acute', 'acute', 'community', 'mental-health', 'isp', 'isp', 'gp-federation'] as const;
    for (const t of types) {
      const v = { id: providers.length, code: `P${providers.length}`, name: `${t} provider ${providers.length}`, type: t, area: a, capacity: new Float64Array(8), unitCost: new Float64Array(8), fixedCost: 0, quality: 0.6, profitMotive: 0.2, foundation: true, income: 0, costs: 0, surplus: rnd() - 0.3, cash: 0, debt: 0, bailouts: 0, status: 'active', createdYear: 1, endedYear: null, successor: null } as unknown as Provider;
      providers.push(v);
      for (const c of cs) {
        if (t === 'isp' && rnd() < 0.5) continue;
        const k = { id: contracts.length, commissioner: c.id, provider: v.id, lineValue: new Float64Array(8).fill((t === 'acute' ? 3e7 : 5e6) * rnd()), lineVolume: new Float64Array(8), form: 'tariff', state: 'active', startYear: 1, endYear: 2, emergencyBaseline: 0, withhold: 0, alliance: null, paidYtd: 0, activityYtd: new Float64Array(8), weeklyReferrals: new Float64Array(8), createdYear: 1, endedYear: null } as unknown as Contract;
        contracts.push(k);
      }
    }
  }
  const states: ContractState[] = ['active', 'active', 'active', 'negotiating', 'disputed', 'arbitration', 'tendering', 'alliance'];
  const m: SimModel = {
    get finished() { return tick >= s.years * 52; },
    get tick() { return tick; }, get year() { return Math.floor(tick / 52) + 1; }, get week() { return tick % 52; },
    get financialYear() { return `${regime.firstYear + Math.floor(tick / 52)}/${(regime.firstYear + Math.floor(tick / 52) + 1) % 100}`; },
    dateLabel: () => `${1 + (tick % 52) * 7 % 28} Apr ${regime.firstYear + Math.floor(tick / 52)}`,
    get regime() { return regime; }, params: {}, scenario: s,
    commissioners, providers, practices, contracts, tenders: [], alliances: [], negotiations: new Map(),
    relationship: () => undefined, events, yearly: [],
    areas: Array.from({ length: areasN }, (_, i) => ({ id: i, name: `Area ${String.fromCharCode(65 + (i % 26))}${i}` })),
    step() {
      tick++;
      for (let i = 0; i < 3; i++) {
        const k = contracts[Math.floor(rnd() * contracts.length)];
        k.state = states[Math.floor(rnd() * states.length)];
        const types = ['arbitration.decided', 'tender.opened', 'alliance.formed', 'provider.bailout', 'negotiation.agreed'] as const;
        events.record(tick, Math.floor(tick / 52) + 1, { type: types[Math.floor(rnd() * types.length)], commissioner: k.commissioner, provider: k.provider, value: 2e8 });
      }
    },
    stepYear() { do m.step(); while (tick % 52 !== 0); },
    applyReform(r: RegimeId) {
      regime = REGIMES[r];
      events.record(tick, 1, { type: 'reform.applied', detail: { regime: r } });
      const olds = commissioners.filter((c) => c.active);
      const byArea = new Map<number, Commissioner>();
      for (const o of olds) {
        o.active = false;
        let n = byArea.get(o.area);
        if (!n) { n = mkC(o.area, 0); commissioners.push(n); byArea.set(o.area, n); }
        o.successor = n.id;
      }
      for (const p of practices) { p.commissioner = byArea.get(p.area)!.id; byArea.get(p.area)!.practices.push(p.id); }
      for (const k of contracts) k.commissioner = commissioners[k.commissioner].successor ?? k.commissioner;
    },
    setParam() {},
    weekly: () => ({ spendAcute: 1, spendCommunity: 1, spendMentalHealth: 1, spendPrimary: 1, transactionCost: 1, arbitrations: 0, tenders: 0, meanTrust: 0.5, providersInDeficit: 0 }),
    history: { provider: () => [], commissioner: () => [] },
  };
  return m;
}
