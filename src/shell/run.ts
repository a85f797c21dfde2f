// One run of the simulation in its worker: the scenario it started from, the week it has
// reached and the live changes made to it (journalled by week), with those still to come
// (a shared link's) applied as the run reaches their weeks.
import type { Frame } from '../engine/api';
import type { Scenario } from '../model/index';
import type { Intervention } from './journal';
import type { SimWorker } from './sim-worker';

/** One run: its worker, the scenario it started from and what was done to it since. */
export class Run {
  /** The model's week (kept in step with the worker: changes wait for a step in flight). */
  tick = 0;
  readonly journal: Intervention[] = [];
  /** Changes still to apply when the run reaches their week (a shared link's journal). */
  pending: Intervention[] = [];
  private lock: Promise<unknown> = Promise.resolve();

  constructor(
    readonly sim: SimWorker,
    readonly scenario: Scenario,
  ) {}

  /** Runs worker calls one at a time, so `tick` is the model's week when a change lands. */
  exclusive<T>(f: () => Promise<T>): Promise<T> {
    const next = this.lock.then(f, f);
    this.lock = next.catch(() => {});
    return next;
  }

  async apply(i: Intervention): Promise<void> {
    if (i.kind === 'reform') await this.sim.call('Applying the reform', (a) => a.reform(i.regime));
    else await this.sim.call('Changing a parameter', (a) => a.setParam(i.id, i.value));
    // After a rewind, a change starts another course: what was done later on the old one is gone
    // (the worker forgets it too).
    const later = this.journal.findIndex((j) => j.tick > this.tick);
    if (later >= 0) this.journal.length = later;
    // A slider dragged while paused sends many values in one week: only the last one counts.
    const last = this.journal.at(-1);
    if (i.kind === 'param' && last?.kind === 'param' && last.id === i.id && last.tick === this.tick)
      last.value = i.value;
    else this.journal.push({ ...i, tick: this.tick });
  }

  /**
   * Shows another week of the run. Forward past a pending change it steps there (the change is
   * applied on the way); otherwise the worker rewinds or skips ahead, replaying what the journal
   * holds at its weeks.
   */
  async seek(week: number): Promise<Frame> {
    if (week > this.tick && this.pending.length && this.pending[0].tick <= week) {
      let f = await this.step(week - this.tick);
      while (this.tick < week && !f.finished) f = await this.step(week - this.tick);
      return f;
    }
    const f = await this.sim.call('Going to another week', (a) => a.seek(week));
    this.tick = f.tick;
    return f;
  }

  /** Steps up to `weeks`, stopping at the week of the next pending change and applying it. */
  async step(weeks: number, maxMs?: number): Promise<Frame> {
    const due = async (): Promise<void> => {
      while (this.pending.length && this.pending[0].tick <= this.tick) await this.apply(this.pending.shift()!);
    };
    await due();
    const next = this.pending[0];
    const w = next ? Math.max(0, Math.min(weeks, next.tick - this.tick)) : weeks;
    const f = await this.sim.call('Running the simulation', (a) => a.step(w, maxMs));
    this.tick = f.tick;
    if (this.pending.length && this.pending[0].tick <= this.tick) {
      await due();
      return this.sim.call('Reading the changed system', (a) => a.frame());
    }
    return f;
  }
}
