// Morris screening of the key parameters on the key outputs of a 10-year local run of the
// CCG regime (the most market-like: tariff, s75 tendering, arbitration panels, so every
// mechanism the factors act on is switched on).
import { mean, sampleSd, sum } from '../engine/stats';
import { PARAMETERS, type RegimeId, type YearMetrics } from '../model/index';
import { ensembleSeeds, runOne } from './ensemble';
import { designPoints, morrisDesign, morrisIndices, toValues, type Factor, type MorrisIndex } from '../analysis/morris';

/**
 * Factors and ranges. Ranges are the plausible span, not the registry's full range, where
 * the registry allows values no era has seen (e.g. transaction costs ×5).
 */
export const SA_FACTORS: (Factor & { why: string })[] = [
  {
    id: 'market.providerChoice',
    lo: 0.05,
    hi: 0.95,
    why: "from no alternative to full choice (Le Grand's first condition)",
  },
  { id: 'market.informationQuality', lo: 0.1, hi: 0.9, why: 'from "highly imperfect" (Porter 2013) to near-perfect' },
  {
    id: 'contract.transactionCostScale',
    lo: 0.5,
    hi: 2,
    why: 'half to double the calibrated costs (brief P2: estimates range 4.9–13.5%)',
  },
  { id: 'trust.initial', lo: 0.3, hi: 0.85, why: 'from strained to close relationships (2022 survey spread)' },
  { id: 'funding.allocationGrowth', lo: -0.01, hi: 0.05, why: 'real cuts to the long-run 3–4% growth' },
  { id: 'dispute.escalationPropensity', lo: 0.1, hi: 1, why: 'failed mediation rarely to always escalated' },
  { id: 'tender.propensity', lo: 0.2, hi: 3, why: "a fifth to three times the regime's competition rate" },
];

export interface SaOutput {
  id: string;
  label: string;
  of: (rows: YearMetrics[]) => number;
}

const columnTotal = (rows: YearMetrics[], k: keyof YearMetrics) => sum(rows.map((r) => Number(r[k])));

export const SA_OUTPUTS: SaOutput[] = [
  { id: 'arbitrations', label: 'arbitrations (10-yr total)', of: (r) => columnTotal(r, 'arbitrations') },
  { id: 'tenders', label: 'tenders (10-yr total)', of: (r) => columnTotal(r, 'tenders') },
  { id: 'provider_changes', label: 'provider changes (10-yr total)', of: (r) => columnTotal(r, 'provider_changes') },
  {
    id: 'transaction_cost_m',
    label: 'transaction costs, £m (10-yr total)',
    of: (r) => columnTotal(r, 'transaction_cost_m'),
  },
  { id: 'spend_acute_m', label: 'acute spend, £m', of: (r) => columnTotal(r, 'spend_acute_m') },
  { id: 'spend_community_m', label: 'community spend, £m', of: (r) => columnTotal(r, 'spend_community_m') },
  { id: 'spend_mental_health_m', label: 'mental-health spend, £m', of: (r) => columnTotal(r, 'spend_mental_health_m') },
  { id: 'spend_primary_m', label: 'primary-care spend, £m', of: (r) => columnTotal(r, 'spend_primary_m') },
  { id: 'providers_in_deficit', label: 'provider-years in deficit', of: (r) => columnTotal(r, 'providers_in_deficit') },
  {
    id: 'mean_trust',
    label: 'mean trust (10-yr mean)',
    of: (r) => columnTotal(r, 'mean_trust') / Math.max(1, r.length),
  },
];

export interface SaOptions {
  trajectories: number;
  seedsPerPoint: number;
  years: number;
  regime: RegimeId;
  rootSeed: number;
  candidates: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SaResult {
  options: Omit<SaOptions, 'onProgress'>;
  runs: number;
  ms: number;
  /** Indices per output id. */
  indices: Record<string, MorrisIndex[]>;
  /** Output sd across all design points, to read μ* against. */
  outputSd: Record<string, number>;
  outputMean: Record<string, number>;
}

export function runMorris(opts: SaOptions): SaResult {
  const t0 = performance.now();
  for (const f of SA_FACTORS) {
    const spec = PARAMETERS.find((p) => p.id === f.id);
    if (!spec) throw new Error(`sensitivity factor ${f.id} is not in the parameter registry`);
    if (f.lo < spec.min || f.hi > spec.max)
      throw new Error(
        `sensitivity range of ${f.id} (${f.lo}–${f.hi}) leaves the registry range ${spec.min}–${spec.max}`,
      );
  }
  const design = morrisDesign(SA_FACTORS, {
    trajectories: opts.trajectories,
    levels: 4,
    candidates: opts.candidates,
    seed: opts.rootSeed,
  });
  const points = designPoints(design);
  // Common random numbers: every design point uses the same seeds, so elementary effects
  // compare like with like and seed noise does not masquerade as sensitivity.
  const seeds = ensembleSeeds(opts.rootSeed, opts.seedsPerPoint);
  const ys: Record<string, number[]> = Object.fromEntries(SA_OUTPUTS.map((o) => [o.id, [] as number[]]));
  let done = 0;
  const total = points.length * seeds.length;
  for (const u of points) {
    const params = toValues(SA_FACTORS, u);
    const acc: Record<string, number> = Object.fromEntries(SA_OUTPUTS.map((o) => [o.id, 0]));
    for (const seed of seeds) {
      const r = runOne({ regime: opts.regime, scale: 'local', years: opts.years, seed, params });
      for (const o of SA_OUTPUTS) acc[o.id] += o.of(r.yearly) / seeds.length;
      opts.onProgress?.(++done, total);
    }
    for (const o of SA_OUTPUTS) ys[o.id].push(acc[o.id]);
  }
  const indices: Record<string, MorrisIndex[]> = {};
  const outputSd: Record<string, number> = {};
  const outputMean: Record<string, number> = {};
  for (const o of SA_OUTPUTS) {
    indices[o.id] = morrisIndices(design, ys[o.id]);
    const v = ys[o.id];
    outputMean[o.id] = mean(v);
    outputSd[o.id] = sampleSd(v); // a Morris design has at least 2 × (factors + 1) points
  }
  const { onProgress: _, ...rest } = opts;
  void _;
  return { options: rest, runs: total, ms: performance.now() - t0, indices, outputSd, outputMean };
}
