// Experiments kept across reloads in IndexedDB (the browser's own API: four calls do not
// need a wrapper library). Where IndexedDB is refused (some private windows), they are kept
// in memory for this visit and the tab says so.
import type { Experiment } from '../engine/experiment';

const DB = 'quasimarket-experiments';
const STORE = 'experiments';

export interface ExperimentStore {
  /** Whether experiments outlive a reload. */
  readonly persistent: boolean;
  all(): Promise<Experiment[]>;
  put(e: Experiment): Promise<void>;
  remove(id: string): Promise<void>;
}

const done = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });

function memoryStore(): ExperimentStore {
  const kept = new Map<string, Experiment>();
  return {
    persistent: false,
    all: async () => [...kept.values()],
    put: async (e) => void kept.set(e.id, e),
    remove: async (id) => void kept.delete(id),
  };
}

export async function openExperimentStore(): Promise<ExperimentStore> {
  let db: IDBDatabase;
  try {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    db = await done(req);
  } catch {
    return memoryStore();
  }
  const store = (mode: IDBTransactionMode): IDBObjectStore => db.transaction(STORE, mode).objectStore(STORE);
  return {
    persistent: true,
    all: async () =>
      ((await done(store('readonly').getAll())) as Experiment[]).sort((a, b) => (a.created < b.created ? -1 : 1)),
    put: async (e) => void (await done(store('readwrite').put(e))),
    remove: async (id) => void (await done(store('readwrite').delete(id))),
  };
}
