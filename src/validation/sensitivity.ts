// Morris screening of the key parameters on the key outputs of a 10-year local run of the
// CCG regime (the most market-like: tariff, s75 tendering, arbitration panels, so every
// mechanism the factors act on is switched on). It is one use of `sim sa --method morris`:
// the same design (src/engine/sa-plan.ts), runs (the engine's runJob, seeds of an ensemble)
// and estimators (src/analysis/morris.ts), for fixed factors and outputs.
import { runJob } from '../engine/collect';
import { planJobs } from '../engine/ensemble';
import { pointOutputs, saIndices, saPlan } from '../engine/sa-plan';
import { mean, sampleSd } from '../engine/stats';
import type { Stat } from '../engine/aggregate';
import { PARAMETERS, type RegimeId, type YearMetrics } from '../model/index';
import type { Factor, MorrisIndex } from '../analysis/morris';

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
  /** How a run is summarised: the total over the run's years, or their mean. */
  stat: Stat;
}

export const SA_OUTPUTS: SaOutput[] = [
  { id: 'arbitrations', label: 'arbitrations (10-yr total)', stat: 'sum' },
  { id: 'tenders', label: 'tenders (10-yr total)', stat: 'sum' },
  { id: 'provider_changes', label: 'provider changes (10-yr total)', stat: 'sum' },
  { id: 'transaction_cost_m', label: 'transaction costs, £m (10-yr total)', stat: 'sum' },
  { id: 'spend_acute_m', label: 'acute spend, £m', stat: 'sum' },
  { id: 'spend_community_m', label: 'community spend, £m', stat: 'sum' },
  { id: 'spend_mental_health_m', label: 'mental-health spend, £m', stat: 'sum' },
  { id: 'spend_primary_m', label: 'primary-care spend, £m', stat: 'sum' },
  { id: 'providers_in_deficit', label: 'provider-years in deficit', stat: 'sum' },
  { id: 'mean_trust', label: 'mean trust (10-yr mean)', stat: 'mean' },
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
  const plan = saPlan({
    method: 'morris',
    factors: SA_FACTORS,
    seed: opts.rootSeed,
    trajectories: opts.trajectories,
    levels: 4,
    candidates: opts.candidates,
    samples: 0,
    bootstrap: 1000,
    level: 0.95,
  });
  // Common random numbers: every design point uses the same seeds, so elementary effects
  // compare like with like and seed noise does not masquerade as sensitivity.
  const base = { regime: opts.regime, scale: 'local' as const, years: opts.years, seed: opts.rootSeed };
  const jobs = planJobs(base, opts.seedsPerPoint, opts.rootSeed, plan.points, opts.regime);
  const results: YearMetrics[][] = jobs.map((j, i) => {
    const yearly = runJob(j.scenario, {}).yearly;
    opts.onProgress?.(i + 1, jobs.length);
    return yearly;
  });
  const summaries = SA_OUTPUTS.map((o) => ({ metric: o.id, stat: o.stat }));
  const rows = saIndices(plan, results, opts.seedsPerPoint, summaries);
  const indices: Record<string, MorrisIndex[]> = {};
  const outputSd: Record<string, number> = {};
  const outputMean: Record<string, number> = {};
  SA_OUTPUTS.forEach((o, k) => {
    const at = (f: string, index: string) =>
      rows.find((r) => r.output === o.id && r.parameter === f && r.index === index)!;
    indices[o.id] = SA_FACTORS.map((f) => {
      const [mu, muStar, sigma] = ['mu', 'mu_star', 'sigma'].map((i) => at(f.id, i));
      return {
        factor: f.id,
        mu: mu.value,
        muStar: muStar.value,
        sigma: sigma.value,
        muLo: mu.ci_low,
        muHi: mu.ci_high,
        muStarLo: muStar.ci_low,
        muStarHi: muStar.ci_high,
        sigmaLo: sigma.ci_low,
        sigmaHi: sigma.ci_high,
      };
    });
    const v = pointOutputs(plan, results, opts.seedsPerPoint, summaries[k]);
    outputMean[o.id] = mean(v);
    outputSd[o.id] = sampleSd(v); // a Morris design has at least 2 × (factors + 1) points
  });
  const { onProgress: _, ...rest } = opts;
  void _;
  return { options: rest, runs: jobs.length, ms: performance.now() - t0, indices, outputSd, outputMean };
}
