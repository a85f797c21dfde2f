// `design`: runs every row of a design made elsewhere (one column per parameter id), N runs at
// each, with the seeds and tidy outputs of a sweep: rows tagged with the design row (`point`,
// from 0 = the file's first data row) and its values; shardable and mergeable like a sweep.
import { resolve } from 'node:path';
import { planInfo, planJobs } from '../../engine/ensemble';
import { CliError, EXIT, type Io } from '../io';
import { HELP } from '../help';
import { fileDigest } from '../descriptor';
import { list, parseFlags, RUN_OPTIONS, str, wholeFlag } from '../options';
import { provenanceFor } from '../provenance';
import { scenarioFromFlags } from '../scenario-source';
import { readDesign } from '../design-file';
import { BATCH_OPTIONS, batchSetup, MAX_JOBS, runBatch } from './batch';

export async function designCommand(argv: string[], io: Io): Promise<number> {
  const v = parseFlags('design', argv, { ...RUN_OPTIONS, ...BATCH_OPTIONS, from: { type: 'string' } });
  if (v.help) {
    io.out(HELP.design);
    return EXIT.ok;
  }
  // Here --from names the design file, not a start year (that is the scenario's startYear).
  const source = scenarioFromFlags({ ...v, from: undefined }, io.cwd);
  const { scenario, label } = source;
  const from = str(v, 'from');
  if (from === undefined)
    throw new CliError('missing --from design.csv (a header of parameter ids, one row per point)');
  const path = resolve(io.cwd, from);
  const design = readDesign(path, from);
  const clash = design.ids.find((id) => list(v, 'set').some((s) => s.split('=')[0].trim() === id));
  if (clash) throw new CliError(`--set and the design both give "${clash}"; drop one`);
  const runs = wholeFlag(v, 'runs', 1, 100_000, 1);
  if (design.points.length * runs > MAX_JOBS)
    throw new CliError(`${design.points.length} design rows × ${runs} runs is more than ${MAX_JOBS} runs`);
  const setup = batchSetup(v, io, source, design.points.length * runs, {
    command: 'design',
    argv,
    varied: design.ids,
    inputs: [{ path, what: 'design file' }],
  });
  const info = await planInfo('design', scenario, runs, design.points, setup.columns);
  const provenance = await provenanceFor(source, v, 'design', argv, {
    runs,
    design: { file: from, sha256: fileDigest(path).sha256, rows: design.points.length, parameters: design.ids },
    metrics: setup.choice.metrics ?? null,
    event_types: setup.choice.eventTypes ?? null,
  });
  const jobs = planJobs(scenario, runs, scenario.seed, design.points, source.name);
  return runBatch(jobs, info, setup, v, io, label, provenance);
}
