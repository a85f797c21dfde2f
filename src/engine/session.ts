// One run of the model behind the SessionApi: the worker exposes it through comlink, and
// Node tests and tools can use it directly. It owns the Model and turns its state into frames.
import type { Catalogue, FeedItem, Frame, Inspection, SavedRole, SessionApi } from './api';
import type { ModelEvent } from '../model/events';
import { FrameBuilder } from './frame';
import { inspect } from './inspect';
import { advance } from './run';
import { organisationTableRows, type OrganisationTableRow } from './organisation-table';
import { Checkpoints } from './checkpoints';
import { applyIntervention, InterventionLog, type Intervention } from './interventions';
import { debrief, type Debrief } from './debrief';
import type { Answer, DecisionRequest } from '../model/decisions';
import { injectSchema, type Inject } from '../model/injects';
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
  /** Players' answers by decision key (the run's decision log). */
  private answers = new Map<string, Answer>();
  /** The decision the run waits on, if any. */
  private waiting: DecisionRequest | null = null;
  /** After each week: a checkpoint at a year's start (before anything done at that week), then replays. */
  private readonly afterWeek = (m: Model): void => {
    this.checkpoints.offer(m);
    this.log.applyDue(m);
    // Each week's figures for the charts, even when a frame covers many weeks.
    if (m === this.model) this.fb?.noteWeek();
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
    this.answers = new Map();
    this.waiting = null;
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
    const { m } = this.need();
    if (!Number.isFinite(weeks) || weeks < 0) throw new Error(`step: weeks must be a number ≥ 0, got ${weeks}`);
    if (this.waiting) return this.build();
    if (m.decisions.seats.size === 0) advance(m, weeks, { maxMs, now: this.now, afterWeek: this.afterWeek });
    else this.stepSeated(weeks, maxMs);
    return this.build();
  }

  /** A frame of the model in hand, with the decision card waiting for its player, if any. */
  private build(): Frame {
    const f = this.need().fb.build();
    f.decision = this.waiting;
    return f;
  }

  /**
   * Steps a run in which players hold seats, a week at a time from a copy of its start: a week
   * that reaches a held seat's unanswered decision is undone and the decision waits for its
   * player; answered, the week runs again with the answer.
   */
  private stepSeated(weeks: number, maxMs: number): void {
    const t0 = this.now();
    for (let n = 0; n < weeks && !this.model!.finished; n++) {
      const m = this.model!;
      const before = checkpoint(m);
      advance(m, 1, { afterWeek: this.afterWeek });
      const pending = m.decisions.pending;
      if (pending) {
        const back = restore(before);
        back.decisions.pending = null;
        for (const [k, v] of this.answers) back.decisions.answers.set(k, v);
        this.checkpoints.dropAfter(back.tick);
        this.log.rewindTo(back.tick + 1);
        this.model = back;
        this.fb!.replaceModel(back);
        this.waiting = pending;
        return;
      }
      if (this.now() - t0 > maxMs) return;
    }
  }

  /** The decision waiting for a player, if the run is held up by one. */
  decision(): DecisionRequest | null {
    return this.waiting;
  }

  /**
   * A player's answer to the decision waiting (by its key): the run goes on with it. A stale
   * answer (another decision's key, or one already answered) is refused with a message.
   */
  answer(key: string, value: Answer): void {
    const w = this.waiting;
    if (!w) throw new Error(`No decision is waiting (answer for "${key}" is stale)`);
    if (key !== w.key) throw new Error(`Stale answer: "${key}" is not the decision waiting ("${w.key}")`);
    if (typeof value !== typeof w.suggestion)
      throw new Error(
        `Answer for "${key}" must be ${typeof w.suggestion === 'number' ? 'a sum in £' : 'one of the options'}`,
      );
    if (typeof value === 'number' && !(Number.isFinite(value) && value >= 0))
      throw new Error(`Answer for "${key}" must be a sum of £0 or more, got ${value}`);
    if (typeof value === 'string' && w.options && !w.options.some((o) => o.value === value))
      throw new Error(`Answer for "${key}" must be one of ${w.options.map((o) => o.value).join(', ')}, got "${value}"`);
    this.answers.set(key, value);
    this.need().m.decisions.answers.set(key, value);
    this.waiting = null;
  }

  /** Takes (or hands back) an organisation's decisions, from this week. */
  seat(code: string, held: boolean): void {
    const { m } = this.need();
    const known =
      m.world.commissioners.some((c) => c.code === code && c.active) ||
      m.world.providers.some((p) => p.code === code && p.status === 'active');
    if (held && !known) throw new Error(`No active organisation has the code "${code}"`);
    if (held === m.decisions.seats.has(code)) return;
    this.intervene({ tick: m.tick, kind: 'seat', code, held });
    if (!held && this.waiting?.holder === code) this.waiting = null;
  }

  /** Seats held now. */
  seats(): string[] {
    return [...this.need().m.decisions.seats];
  }

  /** A facilitator's inject, now. */
  inject(inject: Inject): void {
    const parsed = injectSchema.safeParse(inject);
    if (!parsed.success)
      throw new Error(`Bad inject: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    this.intervene({ tick: this.need().m.tick, kind: 'inject', inject: parsed.data });
  }

  /** The players' answers so far, in order (with the interventions, enough to replay the run). */
  decisionLog(): { key: string; answer: Answer }[] {
    return [...this.answers].map(([key, answer]) => ({ key, answer }));
  }

  /**
   * Replays a saved run: its interventions (seats, reforms, parameters, injects) and answers
   * are loaded so the run reproduces without waiting. The scenario must be this run's.
   */
  replay(saved: SavedRole): void {
    const current = this.current;
    const theirs = parseScenario(saved.scenario);
    if (!current || !theirs.ok || JSON.stringify(theirs.scenario) !== JSON.stringify(current))
      throw new Error('This decision log was made with another scenario or seed: load its scenario first');
    this.load(current);
    for (const d of saved.decisions) {
      if (!/^\d+\/[a-z.-]+\/\S+$/.test(d.key) || (typeof d.answer !== 'number' && typeof d.answer !== 'string'))
        throw new Error(`Decision log: malformed entry ${JSON.stringify(d).slice(0, 80)}`);
      this.answers.set(d.key, d.answer);
      this.model!.decisions.answers.set(d.key, d.answer);
    }
    this.log = InterventionLog.from([]);
    this.log.replace(saved.interventions);
    this.log.applyDue(this.model!);
  }

  /** The players' run against the model's own on the same seed, for the seats held. */
  debrief(): Debrief {
    const { m } = this.need();
    const own = new Model(this.current!, { eventLimit: 0, eventTypes: [] });
    const log = InterventionLog.from([]);
    log.replace(this.log.done().filter((iv) => iv.kind !== 'seat'));
    log.applyDue(own);
    advance(own, m.tick - own.tick, { afterWeek: (x) => log.applyDue(x) });
    const held = [...new Set(this.log.all().flatMap((iv) => (iv.kind === 'seat' && iv.held ? [iv.code] : [])))];
    for (const code of m.decisions.seats) if (!held.includes(code)) held.push(code);
    return debrief(m, own, held);
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
      // The players' answers since the checkpoint stand; a card waiting is asked again if reached.
      for (const [k, v] of this.answers) model.decisions.answers.set(k, v);
      model.decisions.pending = null;
      this.waiting = null;
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

  /** Current state without stepping (with the decision waiting, if any). */
  frame(): Frame {
    return this.build();
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
    applyIntervention(m, iv);
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

  organisations(): OrganisationTableRow[] {
    const { m, fb } = this.need();
    return organisationTableRows(m, fb);
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
