// How a command that had outputs open reports a failure, once they are aborted or kept:
// bad input goes on to main (exit 2); a closed standard output ends quietly (141); a file
// that cannot be written is named (exit 1), never blamed on the model; anything else is
// the model's failure (exit 1). Outputs written through say that they are incomplete.
import { CliError, EXIT, IoError, type Io } from './io';
import { clip } from './messages';
import type { Outputs } from './output';

export function incompleteNote(outputs: Outputs): string {
  const partial = outputs.incomplete();
  if (partial.length === 0) return '';
  return `; ${partial.join(' and ')} ${partial.length === 1 ? 'is' : 'are'} incomplete`;
}

/** Prints the failure (then `more`, whole lines) and returns the exit status. */
export function reportFailure(e: unknown, io: Io, outputs: Outputs, more = ''): number {
  if (e instanceof CliError) throw e;
  if (e instanceof IoError && e.stdout && e.code === 'EPIPE') return EXIT.closedPipe;
  const note = incompleteNote(outputs);
  const what = e instanceof IoError ? e.message : `the model failed: ${(e as Error)?.message ?? String(e)}`;
  io.err(`quasimarket: ${clip(what)}${note}\n${more}`);
  return EXIT.failure;
}
