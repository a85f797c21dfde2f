// Play a role, on the app's side: the seats players hold, the decision card when the run waits on
// one of them, the card's time limit (the model's suggestion is taken when it runs out) and the
// debrief at the end. The Runner holds play while a decision waits; answering plays on.
import type { Answer, DecisionRequest, Frame, SeatDesk } from '../engine/api';
import { REGIMES } from '../model/index';
import { createDecisionCard, type DecisionCard } from '../ui/decision-card';
import { DECISION_KINDS, nameLookup, type NameOf } from '../ui/decision-words';
import { cardTimeLimit } from '../ui/card-time-limit';
import { cardsSeen } from '../ui/debrief-view';
import { startYearOf } from '../ui/format';
import type { Runner } from './runner';
import { notify } from './toasts';
import { errorText } from './text';

/** Players elsewhere (room mode): the seats they hold, and how their cards reach them. */
export interface RemoteSeats {
  holds(code: string): boolean;
  /** Who decides for a seat, in words ("Sam at Northfield CCG"). */
  who(code: string): string;
  send(d: DecisionRequest, deadline: number | null): void;
}

export class RoleDesk implements SeatDesk {
  readonly card: DecisionCard;
  /** Room mode's players, when this app hosts a room. */
  remote: RemoteSeats | null = null;
  /** Seconds a card waits when no limit was ever chosen (room mode: a minute). */
  defaultLimit = 0;
  /** Told when a run in which seats were held reaches its end (the debrief opens). */
  onFinished: () => void = () => {};
  /** Told when a card is decided, by whoever (room mode closes a player's card). */
  onDecided: (d: DecisionRequest) => void = () => {};
  private heldNow: string[] = [];
  private listeners = new Set<() => void>();
  private shown: DecisionRequest | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private deadline: number | null = null;
  private debriefed = false;
  /** A week whose remaining cards (of seats on this screen) take the model's suggestion. */
  private autoWeek: number | null = null;

  constructor(private readonly runner: Runner) {
    this.card = createDecisionCard(
      (key, value) => this.answer(key, value),
      (d) => {
        this.autoWeek = d.tick;
        void this.answer(d.key, d.suggestion).catch((e: unknown) => this.card.say(errorText(e), 'error'));
      },
    );
    document.body.append(this.card.el);
    runner.onFrame((f) => this.frame(f));
    runner.onCatalogue(() => void this.refresh());
    runner.onJournal(() => void this.refresh());
  }

  /** A new run: nothing shown, nothing held yet (its journal may seat players again). */
  reset(): void {
    this.clear();
    this.debriefed = false;
    this.autoWeek = null;
    cardsSeen.clear();
    void this.refresh();
  }

  held(): readonly string[] {
    return this.heldNow;
  }

  async take(code: string): Promise<void> {
    await this.runner.seat(code, true);
    await this.refresh();
  }

  async handBack(code: string): Promise<void> {
    await this.runner.seat(code, false);
    await this.refresh();
  }

  onChange(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** When the card waiting runs out (ms since the epoch), or null. */
  get deadlineAt(): number | null {
    return this.deadline;
  }

  /** The decision waiting, if any. */
  get waiting(): DecisionRequest | null {
    return this.shown;
  }

  /** A player's answer (this screen's or a room player's): the run goes on with it. */
  async answer(key: string, value: Answer): Promise<void> {
    const d = this.shown;
    await this.runner.answer(key, value);
    if (d?.key === key) this.onDecided(d);
  }

  /** Makes sure the card waiting runs out within `seconds` (a room player left mid-decision). */
  limitWaiting(seconds: number): void {
    const d = this.shown;
    if (!d) return;
    const at = Date.now() + seconds * 1000;
    if (this.deadline !== null && this.deadline <= at) return;
    this.arm(d, at);
    this.show(d);
  }

  names(): NameOf {
    return nameLookup(this.runner.catalogue?.nodes);
  }

  startYear(): number {
    const f = this.runner.frame;
    const s = this.runner.scenario;
    return f ? startYearOf(f) : s ? (s.startYear ?? REGIMES[s.regime].firstYear) : 0;
  }

  private async refresh(): Promise<void> {
    const api = this.runner.api;
    if (!api) return;
    let now: string[];
    try {
      now = await api.seats();
    } catch {
      return;
    }
    if (now.join() === this.heldNow.join()) return;
    this.heldNow = now;
    for (const cb of this.listeners) cb();
  }

  private frame(f: Frame): void {
    const d = f.decision;
    if (!d) {
      if (this.shown) this.clear();
      if (f.finished && !this.debriefed && this.runner.journal.some((iv) => iv.kind === 'seat' && iv.held)) {
        this.debriefed = true;
        this.onFinished();
      }
      return;
    }
    if (d.key === this.shown?.key) return;
    this.shown = d;
    cardsSeen.set(d.key, d);
    if (d.tick === this.autoWeek && !this.remote?.holds(d.holder)) {
      this.card.hide();
      // After the runner has held play for this card (it then plays on once answered).
      setTimeout(() => void this.answer(d.key, d.suggestion).catch(() => this.show(d)), 0);
      return;
    }
    const limit = cardTimeLimit(this.defaultLimit);
    this.deadline = null;
    if (limit > 0) this.arm(d, Date.now() + limit * 1000);
    if (this.remote?.holds(d.holder)) this.remote.send(d, this.deadline);
    this.show(d);
  }

  private show(d: DecisionRequest): void {
    const remote = this.remote?.holds(d.holder) ?? false;
    this.card.show(d, {
      nameOf: this.names(),
      startYear: this.startYear(),
      deadline: this.deadline,
      mode: remote ? 'watch' : 'answer',
      note: remote ? this.remote!.who(d.holder) : undefined,
    });
  }

  private arm(d: DecisionRequest, at: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.deadline = at;
    this.timer = setTimeout(() => void this.timeUp(d), Math.max(0, at - Date.now()));
  }

  private async timeUp(d: DecisionRequest): Promise<void> {
    if (this.shown?.key !== d.key) return;
    try {
      await this.answer(d.key, d.suggestion);
      const kind = DECISION_KINDS[d.kind]?.title.toLowerCase() ?? d.kind;
      notify(`Time ran out on the ${kind} for ${this.names()(d.holder)}: the model’s suggestion was taken.`);
    } catch (e) {
      notify(`The suggestion could not be taken: ${errorText(e)}`, 'error');
    }
  }

  private clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.deadline = null;
    this.shown = null;
    this.card.hide();
  }
}
