// One run of the model behind the SessionApi: the worker exposes it through comlink, and
// Node tests and tools can use it directly. It owns the Model and turns its state into frames.
import type { Catalogue, Frame, Inspection, SessionApi } from './api';
import { FrameBuilder } from './frame';
import { inspect } from './inspect';
import { advance } from './run';
import { organisationRows, type OrganisationRow } from './organisations';
import { Model } from '../model/model';
import { parseScenario, type Scenario } from '../model/scenario';
import { isRegimeId, REGIME_IDS, type RegimeId } from '../model/regimes';
import type { YearMetrics } from '../model/metrics';

/** Events the live app keeps for the inspector (the CLI keeps all). */
export const APP_EVENT_LIMIT = 20000;

export class Session implements SessionApi {
  /** `now`: milliseconds for step()'s time budget (a worker can pass `() => performance.now()`). */
  constructor(private readonly now: () => number = Date.now) {}

  private model: Model | null = null;
  private fb: FrameBuilder | null = null;
  private current: Scenario | null = null;

  load(input: Scenario): Catalogue {
    const parsed = parseScenario(input);
    if (!parsed.ok) throw new Error(`Bad scenario: ${parsed.errors.join('; ')}`);
    this.current = parsed.scenario;
    this.model = new Model(parsed.scenario, { eventLimit: APP_EVENT_LIMIT });
    this.fb = new FrameBuilder(this.model);
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
    advance(m, weeks, { maxMs, now: this.now, onWeek: () => fb.noteWeek() });
    return fb.build();
  }

  /** Current state without stepping. */
  frame(): Frame {
    return this.need().fb.build();
  }

  reform(regime: RegimeId): void {
    if (!isRegimeId(regime))
      throw new Error(`Unknown regime "${String(regime)}"; expected one of ${REGIME_IDS.join(', ')}`);
    this.need().m.applyReform(regime);
  }

  setParam(id: string, value: number): void {
    this.need().m.setParam(id, value);
  }

  catalogue(): Catalogue {
    return this.need().fb.catalogue();
  }

  inspect(index: number): Inspection | null {
    const { m, fb } = this.need();
    return inspect(m, fb, index);
  }

  organisations(): OrganisationRow[] {
    const { m, fb } = this.need();
    return organisationRows(m, fb);
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
