// Drives the simulation: play at a chosen speed, step, reform, change parameters, start
// another run. A new run is started in a new worker beside the running one and replaces it
// only once it has loaded (and caught up, when restoring), so a run that cannot start leaves
// the old one going. Live changes are journalled by week so a run can be replayed exactly.
import type * as Comlink from 'comlink';
import type { Answer, Catalogue, Frame, Inject, RegimeId, SavedRole, Scenario, WorkerApi } from '../engine/api';
import { parseJournal, type Intervention } from './journal';
import { Run } from './run';
import { SimWorker } from './sim-worker';
import { errorText } from './text';

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
/** Weeks per worker call while catching up to a restored position (one watchdog each). */
const CATCH_UP_WEEKS = 26;

type Listener<T> = (x: T) => void;

export interface StartOptions {
  /** Live changes to replay at their weeks. */
  journal?: Intervention[];
  /** Catch up to this week before showing the run (a restored session). */
  toTick?: number;
  /** Told how far catching up has got. */
  onProgress?: (tick: number, of: number) => void;
}

export class Runner {
  private run: Run | null = null;
  catalogue: Catalogue | null = null;
  frame: Frame | null = null;
  playing = false;
  // A quarter a second: a year in four seconds, slow enough to watch a contracting round unfold.
  private chosenSpeed = 13;
  /** Play stops on reaching this week (a story's next chapter); null: plays on to the end. */
  private stopWeek: number | null = null;
  /** Told when play stopped at the stop week. */
  onStopWeek: (tick: number) => void = () => {};
  private loopId = 0;
  private busy = false;
  private failed = false;
  /** Play was on when a decision card stopped it: answering it plays on. */
  private resumeAfterDecision = false;
  /** Counts start() calls: a start overtaken by a later one gives way. */
  private starts = 0;
  private frameListeners = new Set<Listener<Frame>>();
  private catalogueListeners = new Set<Listener<Catalogue>>();
  private stateListeners = new Set<() => void>();
  private journalListeners = new Set<() => void>();
  onError: (message: string) => void = () => {};
  /** Called as a new run replaces the old, before its organisations and first frame are published. */
  onSwap: () => void = () => {};
  /** Worker ticks over time, for the benchmark. */
  readonly tickLog: { t: number; tick: number }[] = [];
  /**
   * Awaited after each frame this runner publishes (compare mode: the other run catches up
   * to the same week before this one steps again, so the clocks stay in step).
   */
  follow: ((f: Frame) => Promise<void>) | null = null;

  /** Weeks a second; 0 = as fast as it goes. */
  get speed(): number {
    return this.chosenSpeed;
  }
  set speed(weeksPerSecond: number) {
    this.chosenSpeed = weeksPerSecond;
    this.emitState();
  }

  /** Play pauses when the run reaches this week (null: no stop). */
  stopAt(tick: number | null): void {
    this.stopWeek = tick;
  }

  get scenario(): Scenario | null {
    return this.run?.scenario ?? null;
  }
  get api(): Comlink.Remote<WorkerApi> | null {
    return this.run && !this.run.sim.disposed ? this.run.sim.api : null;
  }
  /** Live changes made to the running run, by week. */
  get journal(): readonly Intervention[] {
    return this.run ? [...this.run.journal, ...this.run.pending] : [];
  }

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
  /** Told when a live change is made (the address and the stored session follow). */
  onJournal(cb: () => void): () => void {
    this.journalListeners.add(cb);
    return () => this.journalListeners.delete(cb);
  }
  private emitJournal(): void {
    for (const cb of this.journalListeners) cb();
  }
  private emitState(): void {
    for (const cb of this.stateListeners) cb();
  }

  private fail(message: string): void {
    if (this.failed) return;
    this.failed = true;
    this.playing = false;
    this.loopId++;
    this.emitState();
    this.onError(message);
  }

  /** A call on the running run; a failure stops the run (fatal) or only rejects. */
  private async call<T>(run: Run, what: string, f: () => Promise<T>, fatal = true): Promise<T> {
    try {
      return await run.exclusive(f);
    } catch (e) {
      if (fatal && run === this.run) this.fail(`${what} failed: ${errorText(e)}`);
      throw e;
    }
  }

  /**
   * Starts a scenario (already checked) in a new worker; the running one is replaced only
   * once the new one has loaded. Rejects, leaving the old run as it was, if it cannot start;
   * rejects with a StartSuperseded if a later start overtook it.
   */
  async start(scenario: Scenario, opts: StartOptions = {}): Promise<void> {
    const id = ++this.starts;
    const sim = new SimWorker();
    const run = new Run(sim, scenario);
    run.pending = [...(opts.journal ?? [])];
    let cat: Catalogue, frame: Frame;
    try {
      cat = await sim.call('Loading the scenario', (a) => a.load(scenario));
      const to = opts.toTick ?? 0;
      while (run.tick < to && id === this.starts) {
        const f = await run.step(Math.min(CATCH_UP_WEEKS, to - run.tick));
        opts.onProgress?.(run.tick, to);
        // A held seat's decision stops catching up: the card shows once the run is on screen.
        if (f.finished || f.decision) break;
      }
      frame = await sim.call('Reading the first frame', (a) => a.frame());
      if (cat.structureVersion !== frame.structureVersion)
        cat = await sim.call('Reading organisations', (a) => a.catalogue());
    } catch (e) {
      sim.dispose();
      throw e;
    }
    if (id !== this.starts) {
      sim.dispose();
      throw new StartSuperseded();
    }
    // Swap: the old run stops here; a frame of it still in flight is dropped by the loop.
    const wasPlaying = this.playing;
    this.playing = false;
    this.loopId++;
    this.run?.sim.dispose();
    this.run = run;
    this.failed = false;
    sim.onFail = (m) => {
      if (this.run === run) this.fail(m);
    };
    this.frame = null;
    this.catalogue = null;
    this.onSwap();
    this.setCatalogue(cat);
    await this.publish(run, frame);
    if (wasPlaying) this.play();
    this.emitState();
  }

  private setCatalogue(c: Catalogue): void {
    this.catalogue = c;
    for (const cb of this.catalogueListeners) cb(c);
  }

  private async publish(run: Run, f: Frame): Promise<void> {
    if (run !== this.run) return;
    if (this.catalogue && f.structureVersion !== this.catalogue.structureVersion) {
      const c = await this.call(run, 'Reading organisations', () => run.sim.call('Reading', (a) => a.catalogue()));
      if (run !== this.run) return;
      this.setCatalogue(c);
    }
    this.frame = f;
    this.tickLog.push({ t: performance.now(), tick: f.tick });
    if (this.tickLog.length > 5000) this.tickLog.splice(0, 2500);
    for (const cb of this.frameListeners) cb(f);
    if (f.finished && this.playing) this.pause();
    // A decision waits for its player: the run holds (and plays on once it is answered).
    if (f.decision && this.playing) {
      this.pause();
      this.resumeAfterDecision = true;
    }
    this.emitState();
    if (this.follow) await this.follow(f);
  }

  /** Brings the run to a week: steps forward, or seeks when it must go back (compare mode's follower). */
  async stepTo(week: number): Promise<void> {
    const run = this.run;
    if (!run || this.failed) return;
    await this.idle();
    this.busy = true;
    try {
      if (week < run.tick) await this.publish(run, await this.call(run, 'Going to another week', () => run.seek(week)));
      while (run === this.run && run.tick < week && !this.frame?.finished && !this.frame?.decision) {
        const f = await this.call(run, 'Running the simulation', () => run.step(week - run.tick));
        await this.publish(run, f);
      }
    } finally {
      this.busy = false;
    }
  }

  play(): void {
    if (this.playing || this.failed || !this.run || this.frame?.finished) return;
    this.playing = true;
    const id = ++this.loopId;
    void this.loop(id, this.run);
    this.emitState();
  }

  pause(): void {
    this.resumeAfterDecision = false;
    if (!this.playing) return;
    this.playing = false;
    this.loopId++;
    this.emitState();
  }

  private async loop(id: number, run: Run): Promise<void> {
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
      // The stop as it was before this step (those told of the frame may already move it on).
      const stop = this.stopWeek !== null && this.stopWeek > run.tick ? this.stopWeek : null;
      if (stop !== null) weeks = Math.min(weeks, stop - run.tick);
      this.busy = true;
      try {
        const f = await this.call(run, 'Running the simulation', () =>
          run.step(weeks, max ? MAX_SPEED_BUDGET_MS : undefined),
        );
        // Paused meanwhile: show where it got to; replaced meanwhile: drop it.
        await this.publish(run, f);
        if (id !== this.loopId || f.decision) return;
        if (stop !== null && f.tick === stop && this.playing) {
          this.pause();
          this.onStopWeek(f.tick);
          return;
        }
      } catch {
        return;
      } finally {
        this.busy = false;
      }
      if (max) await nextFrame();
    }
  }

  /** The week the run has reached (the model's, not the last frame shown). */
  get tick(): number {
    return this.run?.tick ?? 0;
  }

  /** Advances a fixed number of weeks (pauses first). */
  async step(weeks: number): Promise<void> {
    const run = this.run;
    if (!run) return;
    this.pause();
    await this.idle();
    await this.publish(run, await this.call(run, 'Stepping', () => run.step(weeks)));
  }

  /**
   * Shows the run at another week (a rewind, or a jump ahead): pauses, and play continues from
   * there. Resolves with the frame of that week once it is published.
   */
  async seek(week: number): Promise<Frame | null> {
    const run = this.run;
    if (!run) return null;
    this.pause();
    await this.idle();
    this.busy = true;
    try {
      const f = await this.call(run, 'Going to another week', () => run.seek(week), false);
      await this.publish(run, f);
      return f;
    } finally {
      this.busy = false;
    }
  }

  async stepYear(): Promise<void> {
    const f = this.frame;
    await this.step(f ? 52 - f.week : 52);
  }

  reform(regime: RegimeId): Promise<void> {
    return this.change({ tick: 0, kind: 'reform', regime }, 'Applying the reform');
  }

  async setParam(id: string, value: number): Promise<void> {
    const run = this.run;
    if (!run) throw new Error('The simulation is not running');
    await this.call(run, 'Changing a parameter', () => run.apply({ tick: run.tick, kind: 'param', id, value }), false);
    this.emitJournal();
  }

  /** Takes (held) or hands back an organisation's decisions from this week; journalled. */
  seat(code: string, held: boolean): Promise<void> {
    return this.change({ tick: 0, kind: 'seat', code, held }, held ? 'Taking the seat' : 'Handing the seat back');
  }

  /** A facilitator's inject, now; journalled. */
  inject(inject: Inject): Promise<void> {
    return this.change({ tick: 0, kind: 'inject', inject }, 'Injecting the event');
  }

  /** A live change made between steps: play pauses for it and goes on after. */
  private async change(iv: Intervention, what: string): Promise<void> {
    const run = this.run;
    if (!run) throw new Error('The simulation is not running');
    const resume = this.playing || this.resumeAfterDecision;
    this.pause();
    await this.idle();
    await this.call(run, what, () => run.apply({ ...iv, tick: run.tick }), false);
    this.emitJournal();
    const f = await this.call(run, 'Reading the changed system', () => run.sim.call('Reading', (a) => a.frame()));
    await this.publish(run, f);
    if (resume && !f.decision) this.play();
    else if (resume) this.resumeAfterDecision = true;
  }

  /**
   * The player's answer to the decision waiting (frame.decision): play goes on if it was on. A
   * stale or malformed answer rejects with the engine's message and the run waits on.
   */
  async answer(key: string, value: Answer): Promise<void> {
    const run = this.run;
    if (!run) throw new Error('The simulation is not running');
    await this.idle();
    const resume = this.resumeAfterDecision;
    await this.call(run, 'Answering the decision', () => run.sim.call('Answering', (a) => a.answer(key, value)), false);
    const f = await this.call(run, 'Reading the run', () => run.sim.call('Reading', (a) => a.frame()));
    await this.publish(run, f);
    if (resume) this.play();
  }

  /** Restarts this run from its first week and replays a played one without asking (same scenario). */
  async replay(saved: SavedRole): Promise<void> {
    const run = this.run;
    if (!run) throw new Error('The simulation is not running');
    const journal = parseJournal(saved.interventions);
    if (!journal.ok) throw new Error(`its ${journal.message}`);
    const bad = saved.decisions.find(
      (d) =>
        typeof d?.key !== 'string' ||
        !/^\d+\/[a-z.-]+\/\S+$/.test(d.key) ||
        !['number', 'string'].includes(typeof d.answer),
    );
    if (bad !== undefined)
      throw new Error(`its decision log has a malformed entry (${String(JSON.stringify(bad)).slice(0, 60)})`);
    this.pause();
    await this.idle();
    const f = await this.call(
      run,
      'Replaying the played run',
      () => run.replay({ ...saved, interventions: journal.journal }),
      false,
    );
    this.emitJournal();
    await this.publish(run, f);
  }

  /** Waits for an in-flight step to finish. */
  private async idle(): Promise<void> {
    while (this.busy) await new Promise((r) => setTimeout(r, 5));
  }

  /** Stops the run and ends its worker (a compared run when comparing stops). */
  dispose(): void {
    this.playing = false;
    this.loopId++;
    this.follow = null;
    this.run?.sim.dispose();
    this.run = null;
    this.emitState();
  }

  /** Test hook: crash the worker the way a bug would. */
  async crash(): Promise<void> {
    await this.api?.debugCrash();
  }

  get isFailed(): boolean {
    return this.failed;
  }
}

/** A start that a later start overtook (not an error to show). */
export class StartSuperseded extends Error {
  constructor() {
    super('Another run was started meanwhile');
  }
}

const nextFrame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r));
