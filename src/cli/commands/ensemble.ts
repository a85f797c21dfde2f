// `ensemble`: N runs of one scenario with seeds derived from a root seed.
import { planJobs } from '../../engine/ensemble';
import { EXIT, type Io } from '../io';
import { HELP } from '../help';
import { parseFlags, RUN_OPTIONS, str, wholeFlag } from '../options';
import { scenarioFromFlags } from '../scenario-source';
import { BATCH_OPTIONS, batchSetup, runBatch } from './batch';
import { CliError } from '../io';

export async function ensembleCommand(argv: string[], io: Io): Promise<number> {
  const v = parseFlags('ensemble', argv, { ...RUN_OPTIONS, ...BATCH_OPTIONS });
  if (v.help) {
    io.out(HELP.ensemble);
    return EXIT.ok;
  }
  const { scenario, label, path } = scenarioFromFlags(v, io.cwd);
  if (str(v, 'runs') === undefined) throw new CliError('missing --runs N (how many runs)');
  const runs = wholeFlag(v, 'runs', 1, 100_000, 1);
  const setup = batchSetup(v, io, scenario, runs, { path, command: 'ensemble', argv });
  return runBatch(planJobs(scenario, runs, scenario.seed), [], setup, v, io, label);
}
