// Runs the directional suite: each direction's two arms on the same seeds, the paired
// differences (B − A) of each output, their 95% t interval, and the verdict. Arms shared by
// several directions (the same scenario) are run once per seed.
import { mean } from '../engine/stats';
import { runOne, type RunResult } from './ensemble';
import type { Arm, Direction, DirectionCheck } from './directions';
import { pairedInterval, type PairedInterval } from './t-interval';

export interface CheckResult {
  check: DirectionCheck;
  /** Means over seeds of the output in arm A and arm B. */
  a: number;
  b: number;
  interval: PairedInterval;
  pass: boolean;
}

export interface DirectionResult {
  direction: Direction;
  seeds: number[];
  checks: CheckResult[];
  pass: boolean;
}

/**
 * increase / decrease: the interval lies wholly on the literature's side of zero;
 * no-large-fall: its lower end is above −margin (a fall, if any, is smaller than the margin);
 * no-large-rise: its upper end is below +margin.
 */
export function judge(check: DirectionCheck, iv: PairedInterval): boolean {
  if (!Number.isFinite(iv.lo) || !Number.isFinite(iv.hi)) return false;
  if (check.expect === 'increase') return iv.lo > 0;
  if (check.expect === 'decrease') return iv.hi < 0;
  if (check.expect === 'no-large-rise') return iv.hi < (check.margin ?? 0);
  return iv.lo > -(check.margin ?? 0);
}

/** Judges one direction from its runs (index = seed position). */
export function evaluateDirection(d: Direction, seeds: number[], a: RunResult[], b: RunResult[]): DirectionResult {
  const checks = d.checks.map((check) => {
    const xa = a.map(check.of);
    const xb = b.map(check.of);
    const interval = pairedInterval(xb.map((v, i) => v - xa[i]));
    return { check, a: mean(xa), b: mean(xb), interval, pass: judge(check, interval) };
  });
  return { direction: d, seeds, checks, pass: checks.every((c) => c.pass) };
}

export class ArmRuns {
  private readonly cache = new Map<string, RunResult>();
  runs = 0;
  ms = 0;
  readonly invariantErrors: string[] = [];

  get(arm: Arm, seed: number): RunResult {
    const key = `${seed}:${JSON.stringify(arm)}`;
    let r = this.cache.get(key);
    if (!r) {
      r = runOne({ ...arm, seed });
      this.cache.set(key, r);
      this.runs++;
      this.ms += r.ms;
      for (const e of r.invariantErrors) this.invariantErrors.push(`direction run seed ${seed}: ${e}`);
    }
    return r;
  }
}

export function runDirections(
  directions: Direction[],
  seeds: number[],
  runs = new ArmRuns(),
  onDone?: (d: DirectionResult) => void,
): DirectionResult[] {
  return directions.map((d) => {
    const res = evaluateDirection(
      d,
      seeds,
      seeds.map((s) => runs.get(d.a, s)),
      seeds.map((s) => runs.get(d.b, s)),
    );
    onDone?.(res);
    return res;
  });
}
