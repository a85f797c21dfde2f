// Drives the simulation worker: load, play at a chosen speed, step, reform, restart. The main
// thread only asks for frames; every failure (a rejected call, the worker's onerror, a call
// that never answers) is reported through onError so nothing freezes silently.
import * as Comlink from 'comlink';
import type { Catalogue, Frame, RegimeId, Scenario, WorkerApi } from '../engine/api';

/** Speeds in weeks per second; 0 = as fast as it goes. */
export const SPEEDS: { value: number; label: string }[] = [
  { value: 1, label: '1 week/s' },
  { value: 4, label: '4 weeks/s' },
  { value: 13, label: '1 quarter/s' },
  { value: 52, label: '1 year/s' },
  { value: 156, label: '3 years/s' },
  { value: 0, label: 'As fast as it goes' },
];
/** Worker time per frame at full speed (keeps frames flowing while it runs flat out). */
const MAX_SPEED_BUDGET_MS = 45;
/** A call that has not answered after this long is reported as a hang. */
const WATCHDOG_MS = 30_000;

type Listener<T> = (x: T) => void;

export class Runner {
  private worker: Worker | null = null;
  api: Comlink.Remote<WorkerApi> | null = null;
  scenario: Scenario | null = null;
  catalogue: Catalogue | null = null;
  frame: Frame | null = null;
  playing = false;
  // A quarter a second: a year in four seconds, slow enough to watch a contracting round unfold.
  speed = 13;
  private loopId = 0;
  private busy = false;
  private failed = false;
  private frameListeners = new Set<Listener<Frame>>();
  private catalogueListeners = new Set<Listener<Catalogue>>();
  private stateListeners = new Set<() => void>();
  onError: (message: string) => void = () => {};
  /** Worker ticks over time, for the benchmark. */
  readonly tickLog: { t: number; tick: number }[] = [];

  onFrame(cb: Listener<Frame>): () => void {
    this.frameListeners.add(cb);
    return () => this.frameListeners.delete(cb);
  }
  onCatalogue(cb: Listener<Catalogue>): () => void {
    this.catalogueListeners.add(cb);
    return () => this.catalogueListeners.delete(cb);
  }
  onState(cb: () => void): () => void {
    this.stateListeners.add(cb);
    return () => this.stateListeners.delete(cb);
  }
  private emitState(): void {
    for (const cb of this.stateListeners) cb();
  }

  private spawn(): void {
    this.worker?.terminate();
    const w = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), {
      type: 'module',
      name: 'simulation',
    });
    w.addEventListener('error', (e) => {
      e.preventDefault();
      this.fail(`The simulation worker stopped with an error: ${e.message || 'unknown error'}`);
    });
    w.addEventListener('messageerror', () => this.fail('The simulation worker sent a message that could not be read.'));
    this.worker = w;
    this.api = Comlink.wrap<WorkerApi>(w);
    this.failed = false;
  }

  /** Runs one worker call with the watchdog; failures go to onError and reject. */
  async call<T>(what: string, f: (api: Comlink.Remote<WorkerApi>) => Promise<T>, fatal = true): Promise<T> {
    if (!this.api) throw new Error('The simulation is not running');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`The simulation did not answer "${what}" within ${WATCHDOG_MS / 1000} s`)),
        WATCHDOG_MS,
      );
    });
    try {
      return await Promise.race([f(this.api), hang]);
    } catch (e) {
      if (fatal) this.fail(`${what} failed: ${e instanceof Error ? e.message : String(e)}`);
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  private fail(message: string): void {
    if (this.failed) return;
    this.failed = true;
    this.playing = false;
    this.loopId++;
    this.emitState();
    this.onError(message);
  }

  /** (Re)starts on a scenario in a fresh worker. */
  async start(scenario: Scenario): Promise<void> {
    const wasPlaying = this.playing;
    this.playing = false;
    this.loopId++;
    this.spawn();
    this.scenario = scenario;
    this.frame = null;
    const cat = await this.call('Loading the scenario', (a) => a.load(scenario));
    this.setCatalogue(cat);
    this.publish(await this.call('Reading the first frame', (a) => a.frame()));
    if (wasPlaying) this.play();
    this.emitState();
  }

  private setCatalogue(c: Catalogue): void {
    this.catalogue = c;
    for (const cb of this.catalogueListeners) cb(c);
  }

  private async publish(f: Frame): Promise<void> {
    if (this.catalogue && f.structureVersion !== this.catalogue.structureVersion) {
      this.setCatalogue(await this.call('Reading organisations', (a) => a.catalogue()));
    }
    this.frame = f;
    this.tickLog.push({ t: performance.now(), tick: f.tick });
    if (this.tickLog.length > 5000) this.tickLog.splice(0, 2500);
    for (const cb of this.frameListeners) cb(f);
    if (f.finished && this.playing) this.pause();
    this.emitState();
  }

  play(): void {
    if (this.playing || this.failed || !this.api || this.frame?.finished) return;
    this.playing = true;
    const id = ++this.loopId;
    void this.loop(id);
    this.emitState();
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.loopId++;
    this.emitState();
  }

  private async loop(id: number): Promise<void> {
    let last = performance.now();
    let owed = 0;
    while (this.playing && id === this.loopId) {
      const max = this.speed === 0;
      let weeks = 1000;
      if (!max) {
        await nextFrame();
        const t = performance.now();
        owed = Math.min(owed + ((t - last) / 1000) * this.speed, Math.max(2, this.speed / 4));
        last = t;
        weeks = Math.floor(owed);
        if (weeks < 1) continue;
        owed -= weeks;
      }
      if (id !== this.loopId) return;
      this.busy = true;
      try {
        const f = await this.call('Running the simulation', (a) =>
          a.step(weeks, max ? MAX_SPEED_BUDGET_MS : undefined),
        );
        if (id !== this.loopId && !this.playing) {
          await this.publish(f);
          return;
        }
        await this.publish(f);
      } catch {
        return;
      } finally {
        this.busy = false;
      }
      if (max) await nextFrame();
    }
  }

  /** Advances a fixed number of weeks (pauses first). */
  async step(weeks: number): Promise<void> {
    this.pause();
    await this.idle();
    await this.publish(await this.call('Stepping', (a) => a.step(weeks)));
  }

  async stepYear(): Promise<void> {
    const f = this.frame;
    await this.step(f ? 52 - f.week : 52);
  }

  async reform(regime: RegimeId): Promise<void> {
    const resume = this.playing;
    this.pause();
    await this.idle();
    await this.call('Applying the reform', (a) => a.reform(regime), false);
    await this.publish(await this.call('Reading the reformed system', (a) => a.frame()));
    if (resume) this.play();
  }

  async setParam(id: string, value: number): Promise<void> {
    await this.call('Changing a parameter', (a) => a.setParam(id, value), false);
  }

  /** Waits for an in-flight step to finish. */
  private async idle(): Promise<void> {
    while (this.busy) await new Promise((r) => setTimeout(r, 5));
  }

  /** Test hook: crash the worker the way a bug would. */
  async crash(): Promise<void> {
    await this.api?.debugCrash();
  }

  get isFailed(): boolean {
    return this.failed;
  }
}

const nextFrame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r));
