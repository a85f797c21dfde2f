// What a user did to a run while it played (a reform now, a parameter changed), with the week it
// was done at. A rewound run replays them at their weeks, so going back and playing on shows the
// same run; doing something new after a rewind starts another course and forgets the old one's
// later steps.
import type { Model } from '../model/model';
import type { RegimeId } from '../model/regimes';
import type { Inject } from '../model/injects';

export type Intervention =
  | { tick: number; kind: 'reform'; regime: RegimeId }
  | { tick: number; kind: 'param'; id: string; value: number }
  // A player takes (or hands back) an organisation's decisions.
  | { tick: number; kind: 'seat'; code: string; held: boolean }
  // A facilitator's inject.
  | { tick: number; kind: 'inject'; inject: Inject };

export function applyIntervention(m: Model, iv: Intervention): void {
  switch (iv.kind) {
    case 'reform':
      return m.applyReform(iv.regime);
    case 'param':
      return m.setParam(iv.id, iv.value);
    case 'seat':
      if (iv.held) m.decisions.seats.add(iv.code);
      else m.decisions.seats.delete(iv.code);
      return;
    case 'inject':
      return m.inject(iv.inject);
  }
}

/** The log of a run's interventions, and how far along it the model in hand has got. */
export class InterventionLog {
  private list: Intervention[] = [];
  /** Interventions before this index are already in the model in hand. */
  private applied = 0;

  /** Records one the user just made (already applied), forgetting any later ones of an old course. */
  add(iv: Intervention): void {
    this.list.length = this.applied;
    this.list.push(iv);
    this.applied = this.list.length;
  }

  /** The model in hand was restored at `tick`: interventions from that week on are still to come. */
  rewindTo(tick: number): void {
    this.applied = this.list.findIndex((iv) => iv.tick >= tick);
    if (this.applied < 0) this.applied = this.list.length;
  }

  /** Applies those due by the model's current week. */
  applyDue(m: Model): void {
    while (this.applied < this.list.length && this.list[this.applied].tick <= m.tick)
      applyIntervention(m, this.list[this.applied++]);
  }

  /** Everything done so far on this course (for a fork, or to save). */
  done(): Intervention[] {
    return this.list.slice(0, this.applied);
  }

  all(): readonly Intervention[] {
    return this.list;
  }

  /** Takes another run's interventions, none applied yet (a replay from the start). */
  replace(list: readonly Intervention[]): void {
    const sorted = [...list].sort((a, b) => a.tick - b.tick);
    this.list = sorted;
    this.applied = 0;
  }

  static from(list: readonly Intervention[]): InterventionLog {
    const log = new InterventionLog();
    log.list = list.slice();
    log.applied = log.list.length;
    return log;
  }
}
