// Undo/redo of edits to a piece of immutable state, as immer patches: each edit stores the
// patches that redo it and their inverse, so undo never needs a copy of the whole state.
import { enablePatches, produceWithPatches, applyPatches, type Draft, type Patch } from 'immer';

enablePatches();

export interface UndoEntry {
  label: string;
  patches: Patch[];
  inverse: Patch[];
}

/** The history as plain data (for storage): the state and the steps either side of it. */
export interface SavedHistory<T> {
  state: T;
  past: UndoEntry[];
  future: UndoEntry[];
}

export interface UndoStep<T> {
  label: string;
  before: T;
  after: T;
}

export class UndoStack<T> {
  private past: UndoEntry[] = [];
  private future: UndoEntry[] = [];

  constructor(
    private state: T,
    private readonly limit = 200,
  ) {}

  get current(): T {
    return this.state;
  }
  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }
  get undoLabel(): string | null {
    return this.past.at(-1)?.label ?? null;
  }
  get redoLabel(): string | null {
    return this.future.at(-1)?.label ?? null;
  }

  /** Applies an edit; returns the step, or null when the recipe changed nothing. */
  edit(label: string, recipe: (draft: Draft<T>) => void): UndoStep<T> | null {
    const before = this.state;
    const [after, patches, inverse] = produceWithPatches(before, recipe);
    if (patches.length === 0) return null;
    this.state = after as T;
    this.past.push({ label, patches, inverse });
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
    return { label, before, after: this.state };
  }

  undo(): UndoStep<T> | null {
    const e = this.past.pop();
    if (!e) return null;
    const before = this.state;
    this.state = applyPatches(before as object, e.inverse) as T;
    this.future.push(e);
    return { label: e.label, before, after: this.state };
  }

  redo(): UndoStep<T> | null {
    const e = this.future.pop();
    if (!e) return null;
    const before = this.state;
    this.state = applyPatches(before as object, e.patches) as T;
    this.past.push(e);
    return { label: e.label, before, after: this.state };
  }

  /** Starts afresh from another state (e.g. a run restarted from elsewhere). */
  reset(state: T): void {
    this.state = state;
    this.past = [];
    this.future = [];
  }

  /** The history as plain data (patches are JSON). */
  snapshot(): SavedHistory<T> {
    return { state: this.state, past: this.past.slice(), future: this.future.slice() };
  }

  /**
   * Takes a saved history back, after checking that every step still applies (walking back
   * through the past and forward through the future on copies); false leaves things as they are.
   */
  restore(saved: SavedHistory<T>, check: (state: T) => boolean): boolean {
    const entries = (x: unknown): x is UndoEntry[] =>
      Array.isArray(x) &&
      x.length <= this.limit &&
      x.every(
        (e) =>
          typeof e === 'object' &&
          e !== null &&
          typeof e.label === 'string' &&
          Array.isArray(e.patches) &&
          Array.isArray(e.inverse),
      );
    if (!entries(saved.past) || !entries(saved.future) || !check(saved.state)) return false;
    try {
      let s = saved.state;
      for (let i = saved.past.length - 1; i >= 0; i--) {
        s = applyPatches(s as object, saved.past[i].inverse) as T;
        if (!check(s)) return false;
      }
      s = saved.state;
      for (let i = saved.future.length - 1; i >= 0; i--) {
        s = applyPatches(s as object, saved.future[i].patches) as T;
        if (!check(s)) return false;
      }
    } catch {
      return false;
    }
    this.state = saved.state;
    this.past = saved.past.slice();
    this.future = saved.future.slice();
    return true;
  }
}
