// What a regime is: the rules a reform puts in force, as data. The zod schema is the single
// definition: the TypeScript type, the checks on a scenario's overrides and the JSON Schema
// of scenario files all come from it.
import { z } from 'zod';
import { ALLIANCE_KINDS, COMMISSIONER_KINDS, PAYMENT_FORMS, TENDER_ROUTES } from './types';

const share = z.number().min(0).max(1);
const route = z.enum(TENDER_ROUTES);

export const regimeRulesSchema = z
  .object({
    commissioners: z
      .object({
        kind: z.enum(COMMISSIONER_KINDS),
        suffix: z.string().describe('Singular name used in organisation names, e.g. "CCG"'),
        england: z.number().int().min(1).describe('Real number in England (fundholders come on top)'),
        gpLed: z.boolean().describe('GP-led: member practices may also be providers through federations'),
        runningCostPerHead: z.number().min(0).describe('Running costs, £ per head a year'),
        capability: share.describe('Mean capabilities (procurement, contracting, actuarial) of new commissioners'),
        fundholding: z.boolean().describe('Whether practices may hold budgets as fundholders (1991)'),
      })
      .strict(),
    england: z
      .object({
        practices: z.number().int().min(1),
        trusts: z.number().int().min(1),
        isps: z.number().int().min(0),
        federations: z.number().int().min(0),
      })
      .strict()
      .describe('Organisation counts for England in the era (scales derive from them)'),
    contracts: z
      .object({
        roundSuspended: z
          .boolean()
          .describe('Whether the annual contracting round is suspended (contracts roll over; Covid 2020–22)'),
        termYears: z
          .number()
          .int()
          .min(1)
          .max(15)
          .nullable()
          .describe('Term of a renewed contract, years; null: the contract.years parameter'),
        awardTermYears: z
          .number()
          .int()
          .min(1)
          .max(15)
          .nullable()
          .describe('Term of a contract won in a tender, years; null: three renewal terms (at least 3 years)'),
      })
      .strict(),
    payment: z
      .object({
        form: z.enum(PAYMENT_FORMS),
        marginalEmergencyRate: share
          .nullable()
          .describe('Share of tariff paid for emergency admissions above baseline (null: no marginal rate)'),
        withhold: share.describe('CQUIN or outcome-linked share of contract value withheld against quality goals'),
        lowVolumeBlock: z.number().min(0).describe('Contracts below this value are paid as low-volume blocks, £'),
        tariffCoverage: share.describe(
          'Share of acute activity value paid at tariff where payment is by tariff (the rest by block)',
        ),
        emergencyVariable: share.describe(
          'Share of emergency care paid by activity under tariff (blended payment: fixed plus this share)',
        ),
        withholdEnforced: z
          .boolean()
          .describe('Whether unearned CQUIN is kept by the commissioner (false: paid in full)'),
      })
      .strict(),
    procurement: z
      .object({
        rules: z.string().describe('Name of the procurement rules, for events and reports'),
        competition: share.describe('Base yearly probability of competing an expiring service when the case is clear'),
        challengeRate: share.describe('Probability a losing bidder challenges an award'),
        challengeRoute: z.string().describe('How a losing bidder challenges, in words'),
        patientChoice: share.describe('Patient choice of any qualified provider for planned care'),
        conflictGovernance: share.describe('Governance discount on GP conflict-of-interest bias (1 = fully checked)'),
        routes: z
          .object({
            choice: route.nullable().describe('Route recorded for planned hospital care that follows patient choice'),
            soleProvider: route.nullable().describe('Route when no capable alternative exists (null: renew)'),
            satisfactory: route.nullable().describe('Route for a satisfactory incumbent not competed (null: renew)'),
            unsatisfactoryMostSuitable: share
              .nullable()
              .describe(
                'Probability that an incumbent below standard goes to most-suitable-provider (else competition); null: renew',
              ),
            uncovered: route.describe('Route for a service left with no provider'),
          })
          .strict(),
      })
      .strict(),
    collaboration: z
      .object({
        appetite: share.describe('Base yearly probability that an eligible commissioner designs an alliance'),
        kind: z.enum(ALLIANCE_KINDS),
        systemPooling: share.describe(
          "Share of area providers' surpluses and deficits pooled in a system control total",
        ),
      })
      .strict(),
    disputes: z
      .object({
        arbiter: z.string(),
        penalty: share.describe('Central funds lost by each side of an arbitration, share of contract value'),
        ftOptional: z.boolean().describe('Whether foundation trusts may refuse arbitration'),
      })
      .strict(),
    finance: z
      .object({
        controlTotals: z
          .enum(['none', 'provider', 'system'])
          .describe('Financial targets set centrally: none, one per NHS provider, or one per system (area)'),
      })
      .strict(),
    failure: z
      .object({
        bailoutProbability: share.describe(
          'Probability that a distressed NHS provider is bailed out rather than failed',
        ),
        writeOffDebt: z.boolean().describe('Whether the regime writes off revenue support debt when it is introduced'),
      })
      .strict(),
    orientationNudge: z
      .number()
      .min(-1)
      .max(1)
      .describe("Push on commissioners' orientation: +1 toward relational, −1 toward transactional"),
    pcns: z.boolean().describe('Whether practices work in primary care networks'),
  })
  .strict();

export type RegimeRules = z.infer<typeof regimeRulesSchema>;

/** Every field optional, at every depth: what a scenario may override in a regime. */
function deepPartial(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) {
    const shape: Record<string, z.ZodType> = {};
    for (const [k, v] of Object.entries(schema.shape as Record<string, z.ZodType>))
      shape[k] = deepPartial(v).optional();
    return z.object(shape).strict();
  }
  return schema;
}

export const regimeOverrideSchema = deepPartial(regimeRulesSchema).meta({
  id: 'RegimeOverride',
  description: "Changes to a regime's rules; any field may be left out",
});

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type RegimeOverride = DeepPartial<RegimeRules>;

export function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

function merge<T>(base: T, over: unknown): T {
  if (over === undefined) return base;
  if (base === null || typeof base !== 'object' || Array.isArray(base) || over === null || typeof over !== 'object')
    return over as T;
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(over as Record<string, unknown>)) out[k] = merge(out[k], v);
  return out as T;
}

/** Rules with some of them changed (a new frozen object; the old one is left as it was). */
export function mergeRules<T extends RegimeRules>(rules: T, patch: RegimeOverride | undefined): T {
  return patch === undefined ? rules : deepFreeze(merge(rules, patch));
}
