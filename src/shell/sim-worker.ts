// One simulation worker behind comlink, with a watchdog on every call and its failures (the
// worker's onerror, an unreadable message, a script that could not be fetched) turned into a
// rejected call. The runner keeps the running one and starts a new one beside it.
import * as Comlink from 'comlink';
import type { WorkerApi } from '../engine/api';
import { errorText } from './text';

/** A call that has not answered after this long is reported as a hang. */
const WATCHDOG_MS = 30_000;

export class SimWorker {
  readonly api: Comlink.Remote<WorkerApi>;
  private readonly worker: Worker;
  /** Rejects (once) when the worker fails; every call races it. */
  private readonly failure: Promise<never>;
  private failWith!: (e: Error) => void;
  private started = false;
  disposed = false;
  /** Told when the worker fails after it has answered once (a crash mid-run). */
  onFail: (message: string) => void = () => {};

  constructor() {
    this.failure = new Promise<never>((_, reject) => {
      this.failWith = reject;
    });
    this.failure.catch(() => {});
    const w = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), {
      type: 'module',
      name: 'simulation',
    });
    w.addEventListener('error', (e) => {
      e.preventDefault();
      // An ErrorEvent carries the thrown message; a plain Event means the script never loaded.
      const message =
        e instanceof ErrorEvent && e.message
          ? `The simulation worker stopped with an error: ${errorText(e.message)}`
          : this.started
            ? 'The simulation worker stopped unexpectedly.'
            : 'The simulation worker could not be started (its script could not be loaded; is the network down?).';
      this.fail(message);
    });
    w.addEventListener('messageerror', () => this.fail('The simulation worker sent a message that could not be read.'));
    this.worker = w;
    this.api = Comlink.wrap<WorkerApi>(w);
  }

  private fail(message: string): void {
    if (this.disposed) return;
    this.failWith(new Error(message));
    this.onFail(message);
  }

  /** One worker call, bounded by the watchdog and by the worker's failure. */
  async call<T>(what: string, f: (api: Comlink.Remote<WorkerApi>) => Promise<T>): Promise<T> {
    if (this.disposed) throw new Error('The simulation is not running');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`The simulation did not answer "${what}" within ${WATCHDOG_MS / 1000} s`)),
        WATCHDOG_MS,
      );
    });
    try {
      const r = await Promise.race([f(this.api), hang, this.failure]);
      this.started = true;
      return r;
    } finally {
      clearTimeout(timer);
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    // Calls still waiting on this worker end now rather than at the watchdog.
    this.failWith(new Error('The simulation was replaced'));
    this.api[Comlink.releaseProxy]();
    this.worker.terminate();
  }
}
