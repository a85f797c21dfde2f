// `sweep`: parameters varied over a full grid or a Latin hypercube, N runs at each point.
import { gridDesign, lhsDesign, planInfo, planJobs, type VarySpec } from '../../engine/ensemble';
import { parseWhole } from '../../engine/numbers';
import { CliError, EXIT, type Io } from '../io';
import { short } from '../messages';
import { HELP } from '../help';
import { list, parseFlags, RUN_OPTIONS, str, wholeFlag } from '../options';
import { provenanceFor } from '../provenance';
import { paramFlag, scenarioFromFlags } from '../scenario-source';
import { BATCH_OPTIONS, batchSetup, MAX_JOBS, runBatch } from './batch';

function varyFlag(text: string, lhs: boolean): VarySpec {
  const m = /^([^=]+)=([^:]+):([^:]+)(?::([^:]+))?$/.exec(text);
  if (!m || (!lhs && m[4] === undefined))
    throw new CliError(
      `--vary "${short(text)}": expected <parameter>=<from>:<to>:<steps>, e.g. market.providerChoice=0:1:5`,
    );
  const param = m[1].trim();
  const flag = `--vary ${short(text)}`;
  const from = paramFlag(flag, param, m[2]);
  const to = paramFlag(flag, param, m[3]);
  let steps = 1;
  if (m[4] !== undefined) {
    const n = parseWhole(m[4]);
    if (n === null || n < 1 || n > 1000)
      throw new CliError(`${flag}: steps must be a whole number from 1 to 1000, got "${short(m[4])}"`);
    steps = n;
  }
  return { param, from, to, steps };
}

export async function sweepCommand(argv: string[], io: Io): Promise<number> {
  const v = parseFlags('sweep', argv, {
    ...RUN_OPTIONS,
    ...BATCH_OPTIONS,
    vary: { type: 'string', multiple: true },
    design: { type: 'string' },
    samples: { type: 'string' },
  });
  if (v.help) {
    io.out(HELP.sweep);
    return EXIT.ok;
  }
  const source = scenarioFromFlags(v, io.cwd);
  const { scenario, label } = source;
  const design = str(v, 'design') ?? 'grid';
  if (design !== 'grid' && design !== 'lhs') throw new CliError(`--design must be grid or lhs, got "${short(design)}"`);
  const lhs = design === 'lhs';
  const texts = list(v, 'vary');
  if (texts.length === 0) throw new CliError('missing --vary <parameter>=<from>:<to>:<steps> (at least one)');
  const vary = texts.map((t) => varyFlag(t, lhs));
  const ids = vary.map((x) => x.param);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new CliError(`--vary: parameter "${short(dup)}" is varied twice`);
  const clash = ids.find((id) => list(v, 'set').some((s) => s.split('=')[0].trim() === id));
  if (clash) throw new CliError(`--set and --vary both give "${short(clash)}"; drop one`);
  if (!lhs && str(v, 'samples') !== undefined) throw new CliError('--samples applies to --design lhs only');
  if (lhs && str(v, 'samples') === undefined)
    throw new CliError('--design lhs needs --samples M (how many design points)');
  const samples = wholeFlag(v, 'samples', 1, 100_000, 1);
  const runs = wholeFlag(v, 'runs', 1, 100_000, 1);
  const size = lhs ? samples : vary.reduce((a, x) => a * x.steps, 1);
  if (size * runs > MAX_JOBS)
    throw new CliError(`${size} points × ${runs} runs is more than ${MAX_JOBS} runs; use fewer steps, samples or runs`);
  const setup = batchSetup(v, io, source, size * runs, { command: 'sweep', argv, varied: ids });
  const points = lhs ? lhsDesign(vary, samples, scenario.seed) : gridDesign(vary);
  const info = await planInfo('sweep', scenario, runs, points, setup.columns);
  const provenance = await provenanceFor(source, v, 'sweep', argv, {
    runs,
    design: design,
    samples: lhs ? samples : null,
    vary,
    metrics: setup.choice.metrics ?? null,
    event_types: setup.choice.eventTypes ?? null,
  });
  return runBatch(planJobs(scenario, runs, scenario.seed, points, source.name), info, setup, v, io, label, provenance);
}
