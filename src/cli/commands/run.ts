// `run`: one scenario to the end; yearly CSV, optional events (JSON lines) and relationships.
import { csvLine, csvRow } from '../../engine/csv';
import { RELATIONSHIP_COLUMNS, YEAR_COLUMNS } from '../../model/index';
import { CliError, EXIT, type Io } from '../io';
import { HELP } from '../help';
import { parseFlags, RUN_OPTIONS, str } from '../options';
import { distinctOutputs, outputPath, Outputs, type Sink } from '../output';
import { progress } from '../progress';
import { scenarioFromFlags } from '../scenario-source';
import { simulate } from '../simulate';

export async function runCommand(argv: string[], io: Io): Promise<number> {
  const v = parseFlags('run', argv, { ...RUN_OPTIONS, events: { type: 'string' }, relationships: { type: 'string' } });
  if (v.help) {
    io.out(HELP.run);
    return EXIT.ok;
  }
  // Everything is checked before anything is opened or run.
  const { scenario, label } = scenarioFromFlags(v, io.cwd);
  const paths = {
    out: outputPath('out', str(v, 'out'), io.cwd),
    events: outputPath('events', str(v, 'events'), io.cwd),
    relationships: outputPath('relationships', str(v, 'relationships'), io.cwd),
  };
  distinctOutputs(paths);

  const files = new Outputs();
  const yearly: Sink = paths.out ? files.open(paths.out) : { write: (t) => io.out(t) };
  const events = paths.events ? files.open(paths.events) : null;
  const rel = paths.relationships ? files.open(paths.relationships) : null;
  const bar = progress(io, label, scenario.years, 'years', Boolean(v.quiet));
  try {
    yearly.write(csvLine(YEAR_COLUMNS));
    const end = simulate(scenario, {
      onYear: (row) => {
        yearly.write(csvRow(row, YEAR_COLUMNS));
        bar.update(row.year);
      },
      onEvents: events
        ? (evs) => {
            for (const e of evs) events.write(JSON.stringify(e) + '\n');
          }
        : undefined,
    });
    if (rel) {
      rel.write(csvLine(RELATIONSHIP_COLUMNS));
      for (const r of end.relationships) rel.write(csvRow(r, RELATIONSHIP_COLUMNS));
    }
    files.commit();
  } catch (e) {
    files.abort();
    bar.stop();
    if (e instanceof CliError) throw e;
    io.err(`quasimarket: the model failed: ${(e as Error).message.split('\n')[0]}\n`);
    return EXIT.failure;
  }
  const written = Object.keys(paths)
    .filter((k) => paths[k as keyof typeof paths])
    .map((k) => `${k} ${str(v, k)}`);
  const wrote = written.length ? ` → ${written.join(', ')}` : '';
  bar.finish(
    `${label}: ${scenario.regime}, ${scenario.scale}, seed ${scenario.seed}, ${scenario.years} year${scenario.years === 1 ? '' : 's'}${wrote}`,
  );
  return EXIT.ok;
}
