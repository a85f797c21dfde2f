// The outputs a researcher chooses, shared by run, ensemble and sweep: which yearly metrics
// (--metrics), weekly series (--weekly), events and which types of them (--events,
// --event-types), organisations' year-end snapshots (--organisations), the format of each
// file (by its extension), and a batch's shard (--shard K/N). All checked before anything runs.
import { basename } from 'node:path';
import { chooseEventTypes, type Wants } from '../engine/collect';
import { chooseMetrics, METRIC_NAMES, weeklyMetrics, WEEKLY_METRICS } from '../engine/columns';
import { tableSchema, type OutputRole, type TableSchema } from '../engine/datapackage';
import { parseShard, shardFileName, type Shard } from '../engine/shard';
import { EVENT_TYPES, type EventType } from '../model/index';
import { DESCRIPTOR } from './descriptor';
import { formatOf, type FormatId } from './formats';
import { CliError } from './io';
import { short } from './messages';
import { str, type OptionSpec, type Values } from './options';
import { outputTarget, type Target, type TargetRules } from './targets';

export const OUTPUT_OPTIONS: OptionSpec = {
  metrics: { type: 'string' },
  weekly: { type: 'string' },
  events: { type: 'string' },
  'event-types': { type: 'string' },
  organisations: { type: 'string' },
};

export const SHARD_OPTIONS: OptionSpec = { shard: { type: 'string' } };

/** Fields of an event record, in the order the events file gives them (docs/metrics.md). */
export const EVENT_COLUMNS = [
  'id',
  'tick',
  'year',
  'week',
  'financial_year',
  'type',
  'commissioner',
  'commissioner_id',
  'provider',
  'provider_id',
  'contract',
  'tender',
  'alliance',
  'value',
  'cause',
  'reason',
  'detail',
] as const;

const names = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function listed(items: readonly string[], max = 400): string {
  const all = items.join(', ');
  return all.length <= max ? all : `${all.slice(0, max)}…`;
}

export interface OutputChoice {
  /** Metrics chosen with --metrics (undefined: every yearly column). */
  metrics?: string[];
  /** Event types chosen with --event-types (undefined: every type). */
  eventTypes?: EventType[];
  wants: Wants;
}

/** Checks --metrics and --event-types against what exists, and says what a run must collect. */
export function outputChoice(v: Values): OutputChoice {
  let metrics: string[] | undefined;
  const m = str(v, 'metrics');
  if (m !== undefined) {
    const chosen = chooseMetrics(names(m));
    if ('unknown' in chosen)
      throw new CliError(
        `--metrics: unknown metric${chosen.unknown.length > 1 ? 's' : ''} ${chosen.unknown.map((x) => `"${short(x)}"`).join(', ')}; valid metrics are ${listed(METRIC_NAMES)}`,
      );
    if (chosen.metrics.length === 0)
      throw new CliError(`--metrics names no metric; valid metrics are ${listed(METRIC_NAMES)}`);
    metrics = chosen.metrics;
  }
  let eventTypes: EventType[] | undefined;
  const t = str(v, 'event-types');
  if (t !== undefined) {
    if (str(v, 'events') === undefined) throw new CliError('--event-types needs --events FILE (the events to filter)');
    const chosen = chooseEventTypes(names(t));
    if ('unknown' in chosen)
      throw new CliError(
        `--event-types: unknown type${chosen.unknown.length > 1 ? 's' : ''} ${chosen.unknown.map((x) => `"${short(x)}"`).join(', ')}; event types are ${listed(EVENT_TYPES)}`,
      );
    if (chosen.types.length === 0)
      throw new CliError(`--event-types names no type; event types are ${listed(EVENT_TYPES)}`);
    eventTypes = chosen.types;
  }
  const wants: Wants = {};
  if (str(v, 'weekly') !== undefined) {
    const weekly = weeklyMetrics(metrics);
    if (weekly.length === 0)
      throw new CliError(
        `--weekly: none of the --metrics has a weekly series; those that do are ${WEEKLY_METRICS.join(', ')}`,
      );
    wants.weekly = weekly;
  }
  if (str(v, 'events') !== undefined) wants.events = eventTypes ?? null;
  if (str(v, 'organisations') !== undefined) wants.organisations = true;
  return { metrics, eventTypes, wants };
}

export function shardFlag(v: Values): Shard | undefined {
  const text = str(v, 'shard');
  if (text === undefined) return undefined;
  const s = parseShard(text);
  if (typeof s === 'string') throw new CliError(`--shard "${short(text)}": ${s}`);
  return s;
}

/** An output file (or stream) with what it holds and how it is written. */
export interface PlannedOutput {
  flag: string;
  role: OutputRole;
  target: Target;
  format: FormatId;
  columns: readonly string[];
  schema: TableSchema;
}

/**
 * Resolves an output flag (its file renamed for a shard), its format and its columns; undefined
 * when the flag is absent. `fallback` is the format of a name without a known extension (and of -).
 */
export function plannedOutput(
  flag: string,
  role: OutputRole,
  text: string | undefined,
  rules: TargetRules,
  columns: readonly string[],
  shard?: Shard,
): PlannedOutput | undefined {
  if (text === undefined) return undefined;
  const sharded = text === '-' ? text : shardFileName(text, shard);
  const target = outputTarget(flag, sharded, rules);
  if (!target) return undefined;
  if (target.kind !== 'stdout' && basename(target.kind === 'file' ? target.path : sharded) === DESCRIPTOR)
    throw new CliError(
      `--${flag} ${target.name}: ${DESCRIPTOR} is the descriptor written beside outputs; choose another name`,
    );
  const format =
    target.kind === 'stdout'
      ? role === 'events'
        ? 'jsonl'
        : 'csv'
      : formatOf(sharded, role === 'events' ? 'jsonl' : 'csv');
  return { flag, role, target, format, columns, schema: tableSchema(role, columns) };
}

/** A figure (SVG) output; undefined when the flag is absent. */
export function figureOutput(flag: string, text: string | undefined, rules: TargetRules): PlannedOutput | undefined {
  const p = plannedOutput(flag, 'figure', text, rules, []);
  if (!p) return undefined;
  if (p.target.kind === 'file' && !/\.svg$/i.test(text ?? ''))
    throw new CliError(`--${flag} ${p.target.name}: the figure is SVG; give it a name ending in .svg`);
  return { ...p, format: 'svg' };
}
