// The Experiments tab's pool of Web Workers (workers/experiment.worker.ts): as many as the
// machine has cores (capped), each running whole scenarios; results come back with their job
// index, so what is kept does not depend on which worker ran what. Cancel stops every worker
// at once (runs under way are lost; finished ones are kept).
import * as Comlink from 'comlink';
import type { ExperimentWorkerApi } from '../engine/experiment';
import type { Scenario, YearMetrics } from '../engine/api';

/** Most workers started: beyond this the page, the simulation and the drawing worker go short. */
export const MAX_EXPERIMENT_WORKERS = 8;

export function poolSize(jobs: number): number {
  const cores =
    typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(cores, MAX_EXPERIMENT_WORKERS, jobs));
}

export interface PoolRun {
  /** Resolves when every job has run (true) or the pool was cancelled (false); rejects if a run fails. */
  done: Promise<boolean>;
  cancel(): void;
}

export function runPool(
  scenarios: readonly Scenario[],
  onResult: (index: number, yearly: YearMetrics[]) => void,
  start = 0,
): PoolRun {
  const workers: Worker[] = [];
  let cancelled = false;
  let stop: (ok: boolean) => void = () => {};
  const done = new Promise<boolean>((resolve, reject) => {
    stop = (ok) => resolve(ok);
    let next = start;
    let finished = start;
    if (finished >= scenarios.length) {
      resolve(true);
      return;
    }
    const feed = async (api: Comlink.Remote<ExperimentWorkerApi>): Promise<void> => {
      while (!cancelled && next < scenarios.length) {
        const i = next++;
        const out = await api.run(scenarios[i]);
        if (cancelled) return;
        onResult(i, out.yearly);
        if (++finished === scenarios.length) resolve(true);
      }
    };
    for (let k = 0; k < poolSize(scenarios.length - start); k++) {
      const w = new Worker(new URL('../../workers/experiment.worker.ts', import.meta.url), {
        type: 'module',
        name: `experiment-${k}`,
      });
      w.addEventListener('error', (e) => {
        e.preventDefault();
        reject(new Error(e instanceof ErrorEvent && e.message ? e.message : 'an experiment worker could not start'));
      });
      workers.push(w);
      feed(Comlink.wrap<ExperimentWorkerApi>(w)).catch((e: unknown) =>
        reject(e instanceof Error ? e : new Error(String(e))),
      );
    }
  });
  const end = (): void => {
    for (const w of workers) w.terminate();
  };
  done.then(end, end);
  return {
    done,
    cancel: () => {
      cancelled = true;
      stop(false);
    },
  };
}
