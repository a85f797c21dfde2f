// Headless command line: npm run sim -- <command>. main() takes argv and an Io so tests can
// run it in-process; run as a script it uses the real process streams and exit code.
import { fileURLToPath } from 'node:url';
import { realpathSync } from 'node:fs';
import { CliError, EXIT, ioError, IoError, processIo, type Io } from './io';
import { HELP } from './help';
import { clip } from './messages';
import { abandonAll } from './output';

type Command = (argv: string[], io: Io) => Promise<number>;

// Loaded on demand: listing commands start fast and never load the model.
const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import('./commands/run')).runCommand,
  ensemble: async () => (await import('./commands/ensemble')).ensembleCommand,
  sweep: async () => (await import('./commands/sweep')).sweepCommand,
  merge: async () => (await import('./commands/merge')).mergeCommand,
  check: async () => (await import('./commands/check')).checkCommand,
  presets: async () => (await import('./commands/listings')).presetsCommand,
  params: async () => (await import('./commands/listings')).paramsCommand,
  regimes: async () => (await import('./commands/listings')).regimesCommand,
  areas: async () => (await import('./commands/areas')).areasCommand,
  sa: async () => (await import('./commands/sa')).saCommand,
  design: async () => (await import('./commands/design')).designCommand,
  calibrate: async () => (await import('./commands/calibrate')).calibrateCommand,
};

export async function main(argv: string[], given: Io = processIo()): Promise<number> {
  const [cmd, ...rest] = argv;
  // Every write to standard output that fails is an IoError naming it (EPIPE ends quietly).
  const io: Io = {
    ...given,
    out: (t) => {
      try {
        given.out(t);
      } catch (e) {
        throw ioError(e, 'cannot write standard output', true);
      }
    },
  };
  try {
    if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.out(HELP.main);
      return EXIT.ok;
    }
    if (cmd === '--version' || cmd === '-V' || cmd === 'version') {
      io.out((await import('./version')).versionLine());
      return EXIT.ok;
    }
    const command = COMMANDS[cmd];
    if (!command)
      throw new CliError(
        `unknown command "${cmd}"; commands are ${Object.keys(COMMANDS).join(', ')} (npm run sim -- --help)`,
      );
    return await (
      await command()
    )(rest, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`quasimarket: ${clip(e.message)}\n`);
      return EXIT.badInput;
    }
    if (e instanceof IoError) {
      // A reader that closed standard output (| head) wants no more and no message.
      if (e.stdout && e.code === 'EPIPE') return EXIT.closedPipe;
      io.err(`quasimarket: ${clip(e.message)}\n`);
      return EXIT.failure;
    }
    io.err(`quasimarket: internal error: ${clip((e instanceof Error ? e.message : String(e)).split('\n')[0])}\n`);
    return EXIT.failure;
  }
}

function isScript(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

/** Runs the command line as a process: the exit hook, then exit with the command's status. */
export function runAsProcess(argv: string[]): void {
  // However the process ends, no temporary file or lock of ours is left behind.
  process.on('exit', abandonAll);
  // Exit as soon as the command is done (all writes are synchronous): a FIFO still waiting
  // for its reader must not keep an interrupted command alive.
  void main(argv).then((code) => process.exit(code));
}

if (isScript()) runAsProcess(process.argv.slice(2));
