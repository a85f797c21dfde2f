// `ensemble`: N runs of one scenario with seeds derived from a root seed.
import { planInfo, planJobs } from '../../engine/ensemble';
import { CliError, EXIT, type Io } from '../io';
import { HELP } from '../help';
import { parseFlags, RUN_OPTIONS, str, wholeFlag } from '../options';
import { provenanceFor } from '../provenance';
import { scenarioFromFlags } from '../scenario-source';
import { BATCH_OPTIONS, batchSetup, runBatch } from './batch';

export async function ensembleCommand(argv: string[], io: Io): Promise<number> {
  const v = parseFlags('ensemble', argv, { ...RUN_OPTIONS, ...BATCH_OPTIONS });
  if (v.help) {
    io.out(HELP.ensemble);
    return EXIT.ok;
  }
  const source = scenarioFromFlags(v, io.cwd);
  const { scenario, label } = source;
  if (str(v, 'runs') === undefined) throw new CliError('missing --runs N (how many runs)');
  const runs = wholeFlag(v, 'runs', 1, 100_000, 1);
  const setup = batchSetup(v, io, source, runs, { command: 'ensemble', argv });
  const info = await planInfo('ensemble', scenario, runs, [{}], setup.columns);
  const provenance = await provenanceFor(source, v, 'ensemble', argv, {
    runs,
    metrics: setup.choice.metrics ?? null,
    event_types: setup.choice.eventTypes ?? null,
  });
  const jobs = planJobs(scenario, runs, scenario.seed, [{}], source.name);
  return runBatch(jobs, info, setup, v, io, label, provenance);
}
