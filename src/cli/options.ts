// Flag parsing with node:util parseArgs, with its errors rewritten as one plain line.
import { parseArgs } from 'node:util';
import { parseWhole } from '../engine/numbers';
import { CliError } from './io';
import { short } from './messages';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;
export type Values = Record<string, string | boolean | string[] | undefined>;

export function parseFlags(command: string, argv: string[], options: OptionSpec): Values {
  return parseFlagsAndFiles(command, argv, options, false).values;
}

/** As parseFlags, for a command that also takes file names (`merge`). */
export function parseFlagsAndFiles(
  command: string,
  argv: string[],
  options: OptionSpec,
  files = true,
): { values: Values; files: string[] } {
  try {
    const parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: files });
    return { values: parsed.values as Values, files: parsed.positionals };
  } catch (e) {
    const err = e as Error & { code?: string };
    const m = err.message;
    const opt = /'(-{1,2}[^' ]+)/.exec(m)?.[1];
    const more = `(see npm run sim -- ${command} --help)`;
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new CliError(`unknown option ${short(opt ?? m)} for "${command}" ${more}`);
    if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new CliError(
        `unexpected argument "${short(/'([^']*)'/.exec(m)?.[1] ?? '')}" for "${command}"; every value follows its flag ${more}`,
      );
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/does not take an argument/.test(m)) throw new CliError(`${opt} takes no value ${more}`);
      throw new CliError(`${opt} needs a value (write negative numbers as ${opt}=-1) ${more}`);
    }
    throw new CliError(m.split('\n')[0]);
  }
}

export function str(v: Values, k: string): string | undefined {
  const x = v[k];
  return typeof x === 'string' ? x : undefined;
}

export function list(v: Values, k: string): string[] {
  const x = v[k];
  return Array.isArray(x) ? x : typeof x === 'string' ? [x] : [];
}

/** A whole number flag within [lo, hi], or the fallback when absent. */
export function wholeFlag(v: Values, k: string, lo: number, hi: number, fallback: number): number;
export function wholeFlag(v: Values, k: string, lo: number, hi: number): number | undefined;
export function wholeFlag(v: Values, k: string, lo: number, hi: number, fallback?: number): number | undefined {
  const s = str(v, k);
  if (s === undefined) return fallback;
  const n = parseWhole(s);
  if (n === null || n < lo || n > hi)
    throw new CliError(`--${k} must be a whole number from ${lo} to ${hi}, got "${short(s)}"`);
  return n;
}

export const RUN_OPTIONS: OptionSpec = {
  scenario: { type: 'string' },
  seed: { type: 'string' },
  years: { type: 'string' },
  from: { type: 'string' },
  scale: { type: 'string' },
  area: { type: 'string' },
  reform: { type: 'string', multiple: true },
  set: { type: 'string', multiple: true },
  out: { type: 'string' },
  force: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
};
