// `merge`: combines the files of a sharded batch (ensemble or sweep run with --shard K/N)
// into the file one machine would have written, byte for byte, and optionally its summary,
// computed from the same printed values as a single run's. Refuses shards of different
// plans, and names the missing shards and the array indices to submit again.
import { summariseRuns, summaryColumns } from '../../engine/ensemble';
import type { Provenance } from '../../engine/datapackage';
import { CliError, EXIT, type Io } from '../io';
import { HELP } from '../help';
import { reportFailure } from '../failure';
import { parquetWriter, rowWriter, textSink } from '../formats';
import { commandLine } from '../interrupt';
import { short } from '../messages';
import { parseFlagsAndFiles, str } from '../options';
import { plannedOutput, type PlannedOutput } from '../output-flags';
import { Outputs } from '../output';
import { describeShard, readShard, runsOf, type Block, type ShardFile } from '../shard-files';
import { distinctTargets, type TargetRules } from '../targets';
import { software } from '../version';
import { commitWithDescriptors } from '../written';
import { resolve } from 'node:path';

const OPTIONS = {
  out: { type: 'string' },
  summary: { type: 'string' },
  force: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Checks that the files are all the shards of one plan; returns them in shard order. */
export function checkShards(files: ShardFile[]): ShardFile[] {
  const first = files[0];
  const byIndex = new Map<number, ShardFile>();
  for (const f of files) {
    if (f.shard.count !== first.shard.count)
      throw new CliError(
        `${f.name} is a shard of ${f.shard.count}, ${first.name} of ${first.shard.count}: these are not one plan's shards`,
      );
    if (f.plan.sha256 !== first.plan.sha256)
      throw new CliError(
        `${f.name} and ${first.name} belong to different plans (scenario, seed, runs or design differ: plan ${f.plan.sha256.slice(0, 12)} vs ${first.plan.sha256.slice(0, 12)})`,
      );
    if (f.role !== first.role || f.format !== first.format || f.columns.join() !== first.columns.join())
      throw new CliError(
        `${f.name} and ${first.name} are different outputs of the plan (${f.role} ${f.format} vs ${first.role} ${first.format}); merge each output on its own`,
      );
    const twice = byIndex.get(f.shard.index);
    if (twice) throw new CliError(`shard ${f.shard.index} is given twice (${twice.name} and ${f.name})`);
    byIndex.set(f.shard.index, f);
  }
  const n = first.shard.count;
  const missing = Array.from({ length: n }, (_, k) => k).filter((k) => !byIndex.has(k));
  if (missing.length) {
    const names = missing.slice(0, 5).map((k) => first.merged.replace(/(\.[^.]*(\.gz)?)$/i, `.shard-${k}-of-${n}$1`));
    const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
    throw new CliError(
      `missing ${missing.length} of ${n} shards: ${names.join(', ')}${more}; submit array indices ${missing.join(',')} again (sbatch --array=${missing.join(',')} …) and merge once they are done`,
    );
  }
  return Array.from({ length: n }, (_, k) => byIndex.get(k)!);
}

/** The runs of all shards in job order, checking each belongs where it is. */
function inJobOrder(shards: ShardFile[], contents: Block[][]): Block[] {
  const n = shards.length;
  const all = new Map<number, Block>();
  contents.forEach((blocks, k) => {
    for (const b of blocks) {
      if (b.job % n !== k || b.job >= shards[k].plan.jobs)
        throw new CliError(
          `${shards[k].name} holds run ${b.job} of the plan, which is not shard ${k}'s (index mod ${n} = ${k})`,
        );
      if (all.has(b.job)) throw new CliError(`${shards[k].name} holds run ${b.job} twice, or not in one piece`);
      all.set(b.job, b);
    }
  });
  const jobs = shards[0].plan.jobs;
  if (shards[0].role === 'runs') {
    const absent = Array.from({ length: jobs }, (_, j) => j).find((j) => !all.has(j));
    if (absent !== undefined)
      throw new CliError(`${shards[absent % n].name} lacks run ${absent} of the plan (was it cut short?)`);
  }
  return [...all.keys()].sort((a, b) => a - b).map((j) => all.get(j)!);
}

export async function mergeCommand(argv: string[], io: Io): Promise<number> {
  const { values: v, files } = parseFlagsAndFiles('merge', argv, OPTIONS);
  if (v.help) {
    io.out(HELP.merge);
    return EXIT.ok;
  }
  if (files.length === 0) throw new CliError('no shard files given (e.g. sim merge --out runs.csv runs.shard-*.csv)');
  if (str(v, 'out') === undefined) throw new CliError('missing --out FILE (the merged file)');
  const shards = checkShards(files.map((f) => describeShard(resolve(io.cwd, f), f)));
  const first = shards[0];
  const rules: TargetRules = {
    cwd: io.cwd,
    force: Boolean(v.force),
    inputs: shards.map((s) => ({ path: s.path, what: 'shard file' })),
  };
  const out = plannedOutput('out', first.role, str(v, 'out'), rules, first.columns)!;
  if (out.format !== first.format)
    throw new CliError(
      `--out ${out.target.name}: the shards are ${first.format}; give the merged file the same extension`,
    );
  if (str(v, 'summary') !== undefined && first.role !== 'runs')
    throw new CliError(`--summary needs the shards of --out rows (runs); these hold ${first.role}`);
  const pi = first.columns.indexOf('point');
  const varied = pi < 0 ? [] : first.columns.slice(pi + 1, first.columns.indexOf('run'));
  const summary = plannedOutput('summary', 'summary', str(v, 'summary'), rules, summaryColumns(varied));
  distinctTargets([out.target, summary?.target]);

  const contents = await Promise.all(shards.map(readShard));
  const headers = new Set(contents.map((c) => c.header));
  if (headers.size > 1)
    throw new CliError('the shards have different header lines; were they written by different versions?');
  const blocks = inJobOrder(
    shards,
    contents.map((c) => c.blocks),
  );
  const outputs = new Outputs(io, commandLine('merge', argv));
  const planned: PlannedOutput[] = [out];
  try {
    const o = await outputs.open(out.target);
    if (out.format === 'parquet') {
      const w = parquetWriter(o, out.schema);
      for (const b of blocks) w.write(b.rows);
      w.finish();
    } else {
      const sink = textSink(o, out.format.endsWith('.gz'));
      if (contents[0].header !== null) sink.put(contents[0].header + '\n');
      for (const b of blocks) {
        sink.put(b.lines.map((l) => l + '\n').join(''));
        sink.unit();
      }
      sink.finish();
    }
    if (summary) {
      const { jobs, results } = runsOf(blocks, first.columns, out.format !== 'parquet');
      const metrics = first.columns.slice(first.columns.indexOf('regime') + 1);
      const sw = rowWriter(await outputs.open(summary.target), summary.format, summary.columns, summary.schema);
      sw.write(summariseRuns(jobs, results, metrics));
      sw.finish();
      planned.push(summary);
    }
    const made = first.resource.quasimarket;
    const provenance: Provenance = {
      ...made,
      software: software(),
      command: commandLine('merge', argv),
      created: new Date().toISOString(),
      merged_from: shards.map((s) => ({
        path: s.name,
        sha256: s.resource.hash ?? null,
        software: s.resource.quasimarket.software,
      })),
      plan: { ...first.plan, shard: null },
    };
    delete (provenance as { role?: unknown }).role;
    commitWithDescriptors(outputs, planned, provenance, io);
  } catch (e) {
    outputs.abort();
    return reportFailure(e, io, outputs);
  }
  if (!v.quiet)
    io.err(
      `merged ${shards.length} shards (${blocks.length} runs) → ${out.target.name}${summary ? `, summary ${short(summary.target.name, 120)}` : ''}\n`,
    );
  return EXIT.ok;
}
