// `run`: one scenario to the end; yearly rows, and optionally weekly series, events,
// organisations' year-end snapshots and relationships, each in the format its name asks for.
import { observedRun } from '../../engine/collect';
import { WEEK_ID_COLUMNS, yearColumns } from '../../engine/columns';
import { ORGANISATION_COLUMNS } from '../../engine/organisations';
import { RELATIONSHIP_COLUMNS } from '../../model/index';
import { CliError, EXIT, type Io } from '../io';
import { HELP } from '../help';
import { incompleteNote, reportFailure } from '../failure';
import { rowWriter, type RowWriter } from '../formats';
import { commandLine, watchInterrupt } from '../interrupt';
import { parseFlags, RUN_OPTIONS, str } from '../options';
import { EVENT_COLUMNS, OUTPUT_OPTIONS, outputChoice, plannedOutput, type PlannedOutput } from '../output-flags';
import { Outputs } from '../output';
import { progress } from '../progress';
import { provenanceFor } from '../provenance';
import { scenarioFromFlags } from '../scenario-source';
import { distinctTargets, type TargetRules } from '../targets';
import { commitWithDescriptors } from '../written';

export async function runCommand(argv: string[], io: Io): Promise<number> {
  const v = parseFlags('run', argv, { ...RUN_OPTIONS, ...OUTPUT_OPTIONS, relationships: { type: 'string' } });
  if (v.help) {
    io.out(HELP.run);
    return EXIT.ok;
  }
  // Everything is checked before anything is opened or run.
  const source = scenarioFromFlags(v, io.cwd);
  const { scenario, label, path } = source;
  const choice = outputChoice(v);
  const rules: TargetRules = { cwd: io.cwd, force: Boolean(v.force), inputs: [{ path, what: 'scenario file' }] };
  const planned = {
    out: plannedOutput('out', 'yearly', str(v, 'out') ?? '-', rules, ['seed', ...yearColumns(choice.metrics)])!,
    weekly: plannedOutput('weekly', 'weekly', str(v, 'weekly'), rules, [
      ...WEEK_ID_COLUMNS,
      ...(choice.wants.weekly ?? []),
    ]),
    events: plannedOutput('events', 'events', str(v, 'events'), rules, EVENT_COLUMNS),
    organisations: plannedOutput(
      'organisations',
      'organisations',
      str(v, 'organisations'),
      rules,
      ORGANISATION_COLUMNS,
    ),
    relationships: plannedOutput(
      'relationships',
      'relationships',
      str(v, 'relationships'),
      rules,
      RELATIONSHIP_COLUMNS,
    ),
  };
  const all = Object.values(planned).filter((p): p is PlannedOutput => p !== undefined);
  distinctTargets(all.map((p) => p.target));
  const provenance = await provenanceFor(source, v, 'run', argv, {
    metrics: choice.metrics ?? null,
    event_types: choice.eventTypes ?? null,
  });

  const interrupt = watchInterrupt(io);
  const outputs = new Outputs(io, commandLine('run', argv), interrupt.stop);
  const bar = progress(io, label, scenario.years, 'years', Boolean(v.quiet));
  let years = 0;
  const stopped = (): number => {
    const files = all.some((p) => p.target.kind === 'file') ? '; no output file was written' : '';
    io.err(
      `quasimarket: interrupted (${interrupt.signal ?? 'SIGINT'}) after ${years} of ${scenario.years} years${files}${incompleteNote(outputs)}\n`,
    );
    return interrupt.exit;
  };
  try {
    const open = async (p: PlannedOutput | undefined): Promise<RowWriter | null> =>
      p
        ? rowWriter(await outputs.open(p.target), p.format, p.columns, p.schema, { jsonlAll: p.role === 'events' })
        : null;
    const yearly = (await open(planned.out))!;
    const weekly = await open(planned.weekly);
    const events = await open(planned.events);
    const orgs = await open(planned.organisations);
    const rel = await open(planned.relationships);
    const { model, step } = observedRun(scenario, choice.wants, {
      onYear: (row) => {
        yearly.write([{ seed: scenario.seed, ...row }]);
        for (const w of [yearly, weekly, events, orgs]) w?.unit();
        bar.update((years = row.year));
      },
      onWeek: weekly ? (row) => weekly.write([row]) : undefined,
      onEvents: events ? (evs) => events.write(evs as unknown as Record<string, unknown>[]) : undefined,
      onOrganisations: orgs ? (rows) => orgs.write(rows) : undefined,
    });
    // A week at a time, yielding between weeks, so Ctrl-C or SIGTERM is heard during a long run.
    for (;;) {
      if (interrupt.stop.aborted) break;
      if (!step(1)) break;
      await new Promise((r) => setImmediate(r));
    }
    if (!model.finished || interrupt.signal) {
      outputs.abort();
      bar.stop();
      return stopped();
    }
    rel?.write(model.relationshipRows() as unknown as Record<string, unknown>[]);
    for (const w of [yearly, weekly, events, orgs, rel]) w?.finish();
    commitWithDescriptors(outputs, all, provenance, io);
  } catch (e) {
    outputs.abort();
    bar.stop();
    if (interrupt.signal && !(e instanceof CliError)) return stopped();
    return reportFailure(e, io, outputs);
  } finally {
    interrupt.dispose();
  }
  const written = all.filter((p) => str(v, p.flag) !== undefined).map((p) => `${p.flag} ${p.target.name}`);
  const wrote = written.length ? ` → ${written.join(', ')}` : '';
  bar.finish(
    `${label}: ${scenario.regime}, ${scenario.scale}, seed ${scenario.seed}, ${scenario.years} year${scenario.years === 1 ? '' : 's'}${wrote}`,
  );
  return EXIT.ok;
}
