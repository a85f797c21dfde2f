// `run`: one scenario to the end; yearly CSV, optional events (JSON lines), relationships and
// area rows (one per ICB footprint and year).
import { csvLine, csvRow } from '../../engine/csv';
import { RELATIONSHIP_COLUMNS, YEAR_COLUMNS } from '../../model/index';
import { CliError, EXIT, type Io } from '../io';
import { HELP } from '../help';
import { incompleteNote, reportFailure } from '../failure';
import { commandLine, watchInterrupt } from '../interrupt';
import { parseFlags, RUN_OPTIONS, str } from '../options';
import { Outputs } from '../output';
import { areaWriter } from '../area-output';
import { progress } from '../progress';
import { scenarioFromFlags } from '../scenario-source';
import { simulate } from '../simulate';
import { distinctTargets, outputTarget, stdoutTarget, type TargetRules } from '../targets';

export async function runCommand(argv: string[], io: Io): Promise<number> {
  const v = parseFlags('run', argv, {
    ...RUN_OPTIONS,
    events: { type: 'string' },
    relationships: { type: 'string' },
    areas: { type: 'string' },
  });
  if (v.help) {
    io.out(HELP.run);
    return EXIT.ok;
  }
  // Everything is checked before anything is opened or run.
  const { scenario, label, path } = scenarioFromFlags(v, io.cwd);
  const rules: TargetRules = { cwd: io.cwd, force: Boolean(v.force), inputs: [{ path, what: 'scenario file' }] };
  const targets = {
    out: outputTarget('out', str(v, 'out'), rules) ?? stdoutTarget('out'),
    events: outputTarget('events', str(v, 'events'), rules),
    relationships: outputTarget('relationships', str(v, 'relationships'), rules),
    areas: outputTarget('areas', str(v, 'areas'), rules),
  };
  distinctTargets(Object.values(targets));

  const interrupt = watchInterrupt(io);
  const outputs = new Outputs(io, commandLine('run', argv), interrupt.stop);
  const bar = progress(io, label, scenario.years, 'years', Boolean(v.quiet));
  let years = 0;
  const stopped = (): number => {
    const files = Object.values(targets).some((t) => t?.kind === 'file') ? '; no output file was written' : '';
    io.err(
      `quasimarket: interrupted (${interrupt.signal ?? 'SIGINT'}) after ${years} of ${scenario.years} years${files}${incompleteNote(outputs)}\n`,
    );
    return interrupt.exit;
  };
  try {
    const yearly = await outputs.open(targets.out);
    const events = targets.events ? await outputs.open(targets.events) : null;
    const rel = targets.relationships ? await outputs.open(targets.relationships) : null;
    const areas = targets.areas ? areaWriter(await outputs.open(targets.areas), scenario.seed) : null;
    yearly.write(csvLine(YEAR_COLUMNS));
    const end = await simulate(
      scenario,
      {
        onWeek: areas?.onWeek,
        onYear: (row, model) => {
          areas?.onYear(row, model);
          yearly.write(csvRow(row, YEAR_COLUMNS));
          yearly.flush();
          events?.flush();
          bar.update((years = row.year));
        },
        onEvents: events
          ? (evs) => {
              for (const e of evs) events.write(JSON.stringify(e) + '\n');
            }
          : undefined,
      },
      interrupt.stop,
    );
    if (end === null || interrupt.signal) {
      outputs.abort();
      bar.stop();
      return stopped();
    }
    if (rel) {
      rel.write(csvLine(RELATIONSHIP_COLUMNS));
      for (const r of end.relationships) rel.write(csvRow(r, RELATIONSHIP_COLUMNS));
    }
    outputs.commit();
  } catch (e) {
    outputs.abort();
    bar.stop();
    if (interrupt.signal && !(e instanceof CliError)) return stopped();
    return reportFailure(e, io, outputs);
  } finally {
    interrupt.dispose();
  }
  const written = (['out', 'events', 'relationships', 'areas'] as const)
    .filter((k) => str(v, k) !== undefined)
    .map((k) => `${k} ${targets[k]!.name}`);
  const wrote = written.length ? ` → ${written.join(', ')}` : '';
  bar.finish(
    `${label}: ${scenario.regime}, ${scenario.scale}, seed ${scenario.seed}, ${scenario.years} year${scenario.years === 1 ? '' : 's'}${wrote}`,
  );
  return EXIT.ok;
}
