// The scenario being edited, with undo/redo. Parameter edits apply to the running simulation
// at once; regime, scale, seed, years and reforms need a restart (the panel says so).
import type { Draft } from 'immer';
import type { UiContext } from '../engine/api';
import { parseScenario, type Scenario } from '../model/index';
import { UndoStack, type SavedHistory, type UndoStep } from './undo';
import { changedParams, effectiveParam, replaceRecipe, structuralChanges, type StructuralField } from './scenario-edit';

const FALLBACK: Scenario = { regime: 'ccg-2013', scale: 'local', seed: 1, years: 10, params: {}, reforms: [] };

export class ScenarioEditor {
  readonly undoStack: UndoStack<Scenario>;
  /** The scenario the current run was started with. */
  running: Scenario;
  private listeners: (() => void)[] = [];
  private restarting = false;

  constructor(private readonly ctx: UiContext) {
    // The shell mounts the panels once a scenario is loaded; be safe if it has none yet.
    this.running = ctx.current().scenario ?? FALLBACK;
    this.undoStack = new UndoStack(structuredClone(this.running));
    ctx.onCatalogue(() => this.onRunChanged());
  }

  get scenario(): Scenario {
    return this.undoStack.current;
  }

  onChange(cb: () => void): void {
    this.listeners.push(cb);
  }
  private emit(): void {
    for (const cb of this.listeners) cb();
  }

  edit(label: string, recipe: (d: Draft<Scenario>) => void): void {
    const step = this.undoStack.edit(label, recipe);
    if (step) this.applied(step);
  }

  undo(): void {
    const step = this.undoStack.undo();
    if (step) {
      this.applied(step);
      this.ctx.notify(`Undone: ${step.label}`);
    }
  }

  redo(): void {
    const step = this.undoStack.redo();
    if (step) {
      this.applied(step);
      this.ctx.notify(`Redone: ${step.label}`);
    }
  }

  /** Sends changed parameters to the running simulation, then tells the panels. */
  private applied(step: UndoStep<Scenario>): void {
    for (const id of changedParams(step.before, step.after)) this.sendParam(id, effectiveParam(step.after, id));
    this.emit();
  }

  /** Live value while a slider is being dragged (committed to history on release). */
  sendParam(id: string, value: number): void {
    this.ctx.api.setParam(id, value).catch((e: unknown) => {
      this.ctx.notify(`Could not set ${id}: ${e instanceof Error ? e.message : String(e)}`, 'error');
    });
  }

  pending(): StructuralField[] {
    return structuralChanges(this.scenario, this.running);
  }

  /** Restarts the run with the edited scenario, after checking it against the schema. */
  async restart(): Promise<boolean> {
    const r = parseScenario(JSON.parse(JSON.stringify(this.scenario)));
    if (!r.ok) {
      this.ctx.notify(`The scenario cannot start: ${r.errors.join('; ')}`, 'error');
      return false;
    }
    this.restarting = true;
    try {
      await this.ctx.restart(structuredClone(this.scenario));
      this.running = this.ctx.current().scenario;
    } catch (e) {
      // The shell has already said why (or another start overtook this one); the old run goes on.
      void e;
      return false;
    } finally {
      this.restarting = false;
    }
    this.emit();
    return true;
  }

  /** Loads a validated scenario as one undoable edit and runs it. */
  async load(s: Scenario, label: string): Promise<void> {
    const step = this.undoStack.edit(label, replaceRecipe(s));
    if (step) this.emit();
    await this.restart();
  }

  /**
   * A shared link's run changes parameters live (its journal): show those values as the ones
   * being edited, so the Parameters panel says what the run uses. Not an undoable edit.
   */
  adoptParams(params: Record<string, number>): void {
    if (!Object.keys(params).length) return;
    const s = structuredClone(this.scenario);
    s.params = { ...s.params, ...params };
    this.undoStack.reset(s);
    this.emit();
  }

  /** The edits and their history, for storage. */
  history(): SavedHistory<Scenario> {
    return this.undoStack.snapshot();
  }

  /** Takes back stored edits (after a restored run has started); false if they do not fit. */
  restoreHistory(saved: SavedHistory<Scenario>): boolean {
    const ok = this.undoStack.restore(saved, (s) => parseScenario(JSON.parse(JSON.stringify(s))).ok);
    if (ok) this.emit();
    return ok;
  }

  /** A run started elsewhere (the scenario picker, the address): edit that one from now on. */
  private onRunChanged(): void {
    const s = this.ctx.current().scenario;
    if (!s || this.restarting || s === this.running || JSON.stringify(s) === JSON.stringify(this.running)) return;
    this.running = s;
    if (JSON.stringify(s) !== JSON.stringify(this.scenario)) this.undoStack.reset(structuredClone(s));
    this.emit();
  }
}
