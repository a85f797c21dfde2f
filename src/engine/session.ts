// One run of the model behind the SessionApi: the worker exposes it through comlink, and
// Node tests and tools can use it directly. It owns the Model and turns its state into frames.
import type { Catalogue, FeedItem, Frame, Inspection, SessionApi } from './api';
import type { ModelEvent } from '../model/events';
import { FrameBuilder } from './frame';
import { inspect } from './inspect';
import { advance } from './run';
import { Checkpoints } from './checkpoints';
import { InterventionLog, type Intervention } from './interventions';
import { checkpoint, restore } from '../model/snapshot';
import { Model } from '../model/model';
import { parseScenario, type Scenario } from '../model/scenario';
import { isRegimeId, REGIME_IDS, type RegimeId } from '../model/regimes';
import type { YearMetrics } from '../model/metrics';

/** Events the live app keeps for the inspector (the CLI keeps all). */
export const APP_EVENT_LIMIT = 20000;

export class Session implements SessionApi {
  /**
   * `now`: milliseconds for step()'s time budget (a worker can pass `() => performance.now()`).
   * `checkpointBytes`: memory for rewind's checkpoints (see Checkpoints).
   */
  constructor(
    private readonly now: () => number = Date.now,
    private readonly checkpointBytes?: number,
  ) {}

  private model: Model | null = null;
  private fb: FrameBuilder | null = null;
  private current: Scenario | null = null;
  private checkpoints = new Checkpoints();
  private log = new InterventionLog();
  private epoch = 0;
  /** After each week: a checkpoint at a year's start (before anything done at that week), then replays. */
  private readonly afterWeek = (m: Model): void => {
    this.checkpoints.offer(m);
    this.log.applyDue(m);
  };

  load(input: Scenario): Catalogue {
    const parsed = parseScenario(input);
    if (!parsed.ok) throw new Error(`Bad scenario: ${parsed.errors.join('; ')}`);
    this.current = parsed.scenario;
    this.model = new Model(parsed.scenario, { eventLimit: APP_EVENT_LIMIT });
    this.fb = new FrameBuilder(this.model);
    this.checkpoints = new Checkpoints(this.checkpointBytes);
    this.checkpoints.offer(this.model);
    this.log = new InterventionLog();
    return this.fb.catalogue();
  }

  private need(): { m: Model; fb: FrameBuilder } {
    if (!this.model || !this.fb) throw new Error('No scenario loaded: call load() first');
    return { m: this.model, fb: this.fb };
  }

  /**
   * Advances up to `weeks` weeks, stopping early at the end of the run or when `maxMs` of
   * wall time has passed (so "as fast as it goes" still sends frames often).
   */
  step(weeks: number, maxMs = Infinity): Frame {
    const { m, fb } = this.need();
    if (!Number.isFinite(weeks) || weeks < 0) throw new Error(`step: weeks must be a number ≥ 0, got ${weeks}`);
    advance(m, weeks, { maxMs, now: this.now, afterWeek: this.afterWeek });
    return fb.build();
  }

  /**
   * Shows the run at another week: back from the nearest checkpoint (re-simulating the weeks
   * since, with what the user did at its week), or forward by simulating. The run then plays on
   * from there. The frame's `epoch` tells the screen its past was replaced.
   */
  seek(week: number): Frame {
    const { m, fb } = this.need();
    if (!Number.isFinite(week)) throw new Error(`seek: week must be a number, got ${week}`);
    const target = Math.max(0, Math.min(Math.round(week), this.current!.years * 52));
    const cp = this.checkpoints.latest(target);
    let model = m;
    if (target < m.tick || (cp && cp.tick > m.tick)) {
      model = restore(cp!);
      model.events.drain();
      this.log.rewindTo(model.tick);
      this.log.applyDue(model);
    }
    advance(model, target - model.tick, { afterWeek: this.afterWeek });
    if (model !== m) {
      // What happened between the checkpoint and the target is already on screen (or skipped).
      model.events.drain();
      this.model = model;
      this.fb = new FrameBuilder(model, { builder: fb, epoch: ++this.epoch });
    }
    return this.fb!.build();
  }

  /**
   * A second run that starts as a copy of this one at this week and then goes its own way (the
   * right-hand side of a comparison): same past, same checkpoints, nothing shared that changes.
   */
  fork(): Session {
    const { m } = this.need();
    const other = new Session(this.now, this.checkpointBytes);
    other.current = this.current;
    other.model = restore(checkpoint(m));
    other.model.events.drain();
    other.fb = new FrameBuilder(other.model, { builder: this.fb!, epoch: 0 });
    other.checkpoints = this.checkpoints.copy();
    other.checkpoints.dropAfter(m.tick);
    other.log = InterventionLog.from(this.log.done());
    return other;
  }

  why(eventId: number): FeedItem[] {
    const { m, fb } = this.need();
    const chain: FeedItem[] = [];
    const seen = new Set<number>();
    let id: number | null = eventId;
    while (id !== null && !seen.has(id) && chain.length < 50) {
      seen.add(id);
      const ev = findEvent(m.events.events, id);
      if (!ev) break;
      chain.push(fb.item(ev));
      id = ev.cause;
    }
    return chain;
  }

  /** What the user did to this run, with the weeks (to save, or to replay). */
  interventions(): Intervention[] {
    return this.log.done();
  }

  /** Weeks the run can return to quickly (checkpoints), for the timeline's marks. */
  checkpointWeeks(): number[] {
    return this.checkpoints.ticks;
  }

  /** Current state without stepping. */
  frame(): Frame {
    return this.need().fb.build();
  }

  reform(regime: RegimeId): void {
    if (!isRegimeId(regime))
      throw new Error(`Unknown regime "${String(regime)}"; expected one of ${REGIME_IDS.join(', ')}`);
    this.intervene({ tick: this.need().m.tick, kind: 'reform', regime });
  }

  setParam(id: string, value: number): void {
    this.intervene({ tick: this.need().m.tick, kind: 'param', id, value });
  }

  private intervene(iv: Intervention): void {
    const { m } = this.need();
    if (iv.kind === 'reform') m.applyReform(iv.regime);
    else m.setParam(iv.id, iv.value);
    // Applied without error: from here the run takes a new course.
    this.log.add(iv);
    this.checkpoints.dropAfter(m.tick);
  }

  catalogue(): Catalogue {
    return this.need().fb.catalogue();
  }

  inspect(index: number): Inspection | null {
    const { m, fb } = this.need();
    return inspect(m, fb, index);
  }

  yearly(): YearMetrics[] {
    return this.need().m.yearly.slice();
  }

  scenario(): Scenario {
    if (!this.current) throw new Error('No scenario loaded: call load() first');
    return this.current;
  }

  /** The model itself, for tests and tools in the same thread. */
  get modelForTests(): Model {
    return this.need().m;
  }
}

/** An event of the kept window by id (ids increase along it). */
function findEvent(events: readonly ModelEvent[], id: number): ModelEvent | null {
  let lo = 0;
  let hi = events.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = events[mid];
    if (e.id === id) return e;
    if (e.id < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}
