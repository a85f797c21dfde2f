// Every new run goes through here: from a preset and the overrides a person asked for
// (address, toolbar), from an edited or loaded scenario, from a shared link or a stored
// session. The scenario is checked in full on the main thread first; a bad one gets a message
// and the running simulation goes on. Once a run has started the address is made to say it.
import type { Scenario } from '../model/index';
import { notify } from './toasts';
import {
  areaFor,
  checkScenario,
  loadPreset,
  sameScenario,
  withOverrides,
  type Overrides,
  type Preset,
} from './presets';
import { StartSuperseded, type Runner, type StartOptions } from './runner';
import { encodeRun, MAX_RUN_PARAM } from './run-codec';
import { MAX_JOURNAL } from './journal';
import { DEFAULT_SCENARIO, writeAddress } from './url';
import { errorText } from './text';

/** Where the running scenario came from: a preset (and its file's scenario), or nowhere. */
export interface Origin {
  presetId: string | null;
  base: Scenario | null;
}

export class RunControl {
  origin: Origin = { presetId: null, base: null };
  /** Told after a run has started (the toolbar shows it). */
  onStarted: () => void = () => {};
  private addressSeq = 0;
  private saidTooLong = false;

  constructor(
    private readonly runner: Runner,
    private readonly presets: readonly Preset[],
  ) {
    runner.onJournal(() => void this.writeAddress());
  }

  /** A preset's origin, if `id` names one. */
  async originOf(id: string | null | undefined): Promise<Origin> {
    const p = this.presets.find((x) => x.id === id);
    if (!p) return { presetId: null, base: null };
    try {
      return { presetId: p.id, base: await loadPreset(p) };
    } catch {
      return { presetId: null, base: null };
    }
  }

  /**
   * Checks and starts a scenario; true once it runs. On failure the message says why and the
   * old run (if any) goes on. `what` names the scenario in messages.
   */
  async start(s: Scenario, origin: Origin, what: string, opts: StartOptions = {}): Promise<boolean> {
    const checked = checkScenario(s, what);
    if (!checked.ok) {
      notify(`${checked.message}${this.runner.scenario ? ' The run goes on.' : ''}`, 'error');
      this.onStarted();
      return false;
    }
    try {
      await this.runner.start(checked.scenario, opts);
    } catch (e) {
      if (e instanceof StartSuperseded) return false;
      const goesOn = this.runner.scenario && !this.runner.isFailed ? ' The previous run goes on.' : '';
      notify(`${what} could not start: ${errorText(e)}${goesOn}`, 'error');
      this.onStarted();
      return false;
    }
    this.origin = origin;
    this.onStarted();
    await this.writeAddress();
    return true;
  }

  /** A preset with overrides (the scenario picker, the address, scale and seed changes). */
  async choosePreset(id: string, o: Overrides, opts: StartOptions = {}): Promise<boolean> {
    const origin = await this.originOf(id);
    if (!origin.base) {
      notify(`Scenario "${id}" could not be read.${this.runner.scenario ? ' The run goes on.' : ''}`, 'error');
      return false;
    }
    const named = [
      o.scale != null && `scale ${o.scale}`,
      o.area != null && `area ${o.area}`,
      o.seed != null && `seed ${o.seed}`,
      o.years != null && `${o.years} years`,
    ].filter(Boolean);
    const what = named.length ? `Scenario "${id}" with ${named.join(', ')}` : `Scenario "${id}"`;
    return this.start(withOverrides(origin.base, o), origin, what, opts);
  }

  /** The same scenario again from the first week, live changes replayed at their weeks. */
  restart(what = 'The run'): Promise<boolean> {
    const s = this.runner.scenario;
    if (!s) return Promise.resolve(false);
    return this.start(s, this.origin, what, { journal: [...this.runner.journal] });
  }

  /**
   * Reset: the run again from its first week with these parameter values in force from the
   * start (those the Parameters panel shows), and the live reforms replayed at their weeks.
   */
  async resetWith(params: Record<string, number>): Promise<boolean> {
    const s = this.runner.scenario;
    if (!s) return false;
    const journal = this.runner.journal.filter((j) => j.kind !== 'param');
    const ok = await this.start({ ...s, params: { ...params } }, this.origin, 'The reset run', { journal });
    const n = Object.keys(params).length;
    if (ok && n)
      notify(
        `Started again from the first week with ${n} changed parameter${n === 1 ? '' : 's'} in force from the start.`,
      );
    return ok;
  }

  /**
   * A new seed or scale for the running scenario (checked like any other: a bad seed is
   * refused). Another scale keeps the run's anchor where that scale can have it.
   */
  vary(change: { seed?: number; scale?: Scenario['scale'] }): Promise<boolean> {
    const s = this.runner.scenario;
    if (!s) return Promise.resolve(false);
    const label = change.seed !== undefined ? `Seed ${change.seed}` : `Scale ${change.scale}`;
    const { area, ...rest } = { ...s, ...change };
    const anchor = areaFor(rest.scale, area);
    return this.start(
      { ...rest, ...(anchor !== undefined && { area: anchor }) },
      this.origin,
      `${label} for this scenario`,
    );
  }

  /** Writes the running run into the address: a preset and overrides, or the compressed run. */
  async writeAddress(): Promise<void> {
    const seq = ++this.addressSeq;
    const s = this.runner.scenario;
    if (!s) return;
    const journal = this.runner.journal;
    const { presetId, base } = this.origin;
    if (presetId && base && !journal.length && sameScenario(s, withOverrides(base, s))) {
      writeAddress({
        scenario: presetId,
        scale: s.scale,
        ...(s.area !== undefined && { area: s.area }),
        seed: s.seed,
        ...(s.years !== base.years && { years: s.years }),
      });
      return;
    }
    const run = await encodeRun({ scenario: s, journal: [...journal] });
    if (seq !== this.addressSeq) return;
    if (run.length <= MAX_RUN_PARAM && journal.length <= MAX_JOURNAL) {
      writeAddress({ run, from: presetId ?? DEFAULT_SCENARIO });
      return;
    }
    writeAddress({ run: null, from: presetId ?? DEFAULT_SCENARIO });
    if (!this.saidTooLong) {
      this.saidTooLong = true;
      notify(
        `This run is too large to share as a link (${run.length} characters compressed; at most ${MAX_RUN_PARAM}). Use “Save as file…” in the Scenario panel to share it.`,
      );
    }
  }
}
