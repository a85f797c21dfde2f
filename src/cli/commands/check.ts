// `check`: validates a scenario (file or preset, with any run flags) without running it and
// prints the normalised scenario, so a facilitator can check a file or save flags as one.
import { EXIT, type Io } from '../io';
import { HELP } from '../help';
import { parseFlags, RUN_OPTIONS } from '../options';
import { scenarioFromFlags } from '../scenario-source';

export async function checkCommand(argv: string[], io: Io): Promise<number> {
  const { out: _out, quiet: _quiet, force: _force, ...options } = RUN_OPTIONS;
  const v = parseFlags('check', argv, options);
  if (v.help) {
    io.out(HELP.check);
    return EXIT.ok;
  }
  const { scenario } = scenarioFromFlags(v, io.cwd);
  io.out(JSON.stringify({ $schema: './schema.json', ...scenario }, null, 2) + '\n');
  return EXIT.ok;
}
