// Checkpoints: a deep copy of a model's whole state, from which the run continues exactly as
// the original would have. Rewind, side-by-side counterfactuals and replaying a player's
// decisions all stand on it, so it must miss nothing: it copies the object graph generically
// (prototypes, shared references, typed-array views onto one buffer) rather than listing fields
// that the next mechanism would forget to add.
import type { Model } from './model';

/** A model's state at one week; restore() gives a model that steps on from there. */
export interface Checkpoint {
  readonly tick: number;
  /** A private copy: never stepped, so it can be restored any number of times. */
  readonly state: Model;
  /** Rough memory it holds, bytes (objects, array slots and buffers counted as copied). */
  readonly bytes: number;
}

export function checkpoint(m: Model): Checkpoint {
  const size = { bytes: 0 };
  return { tick: m.tick, state: copyGraph(m, size), bytes: size.bytes };
}

export function restore(cp: Checkpoint): Model {
  return copyGraph(cp.state);
}

type TypedArray =
  Float64Array | Float32Array | Int32Array | Uint32Array | Uint8Array | Int8Array | Int16Array | Uint16Array;
type TypedArrayCtor = new (buffer: ArrayBufferLike, byteOffset: number, length: number) => TypedArray;

/**
 * Copies everything reachable from `root`. Frozen objects (regimes, the timeline, parameter
 * specifications) are immutable and shared; functions are shared, so state must not live in
 * closures (a copy would keep writing to the original: it throws instead).
 */
export function copyGraph<T>(root: T, size: { bytes: number } = { bytes: 0 }): T {
  const seen = new Map<object, unknown>();
  // V8's costs, roughly: an object header and a slot per property or element.
  const OBJECT = 56;
  const SLOT = 12;
  const copy = (v: unknown, key: string): unknown => {
    if (typeof v === 'function') throw new Error(`checkpoint: cannot copy the function held in "${key}"`);
    if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return v;
    const done = seen.get(v);
    if (done !== undefined) return done;
    if (v instanceof ArrayBuffer) {
      const b = v.slice(0);
      seen.set(v, b);
      size.bytes += b.byteLength;
      return b;
    }
    if (ArrayBuffer.isView(v)) {
      const t = v as TypedArray;
      const buffer = copy(t.buffer, key) as ArrayBuffer;
      const out = new (t.constructor as TypedArrayCtor)(buffer, t.byteOffset, t.length);
      seen.set(v, out);
      size.bytes += OBJECT * 2;
      return out;
    }
    if (Array.isArray(v)) {
      const out: unknown[] = new Array(v.length);
      seen.set(v, out);
      size.bytes += OBJECT + SLOT * v.length;
      for (let i = 0; i < v.length; i++) if (i in v) out[i] = copy(v[i], key);
      return out;
    }
    if (v instanceof Map) {
      const out = new Map();
      seen.set(v, out);
      size.bytes += OBJECT + 3 * SLOT * v.size;
      for (const [k, x] of v) out.set(copy(k, key), copy(x, key));
      return out;
    }
    if (v instanceof Set) {
      const out = new Set();
      seen.set(v, out);
      size.bytes += OBJECT + 2 * SLOT * v.size;
      for (const x of v) out.add(copy(x, key));
      return out;
    }
    const out = Object.create(Object.getPrototypeOf(v) as object | null) as Record<string, unknown>;
    seen.set(v, out);
    const keys = Object.keys(v);
    size.bytes += OBJECT + SLOT * keys.length;
    for (const k of keys) out[k] = copy((v as Record<string, unknown>)[k], k);
    return out;
  };
  return copy(root, 'model') as T;
}
