// Runs ensemble jobs on K worker threads (or in this thread when K = 1). Results are
// handed on with their job index; ordering and summaries are src/engine/ensemble.ts's job.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { runJob, type JobOutput, type Wants } from '../engine/collect';
import type { Job } from '../engine/ensemble';
import { BUNDLED } from './root';
import type { JobReply } from './worker';

export const DEFAULT_WORKERS = Math.max(1, availableParallelism());

/** A worker thread: the bundle's compiled worker, or (from source) the TypeScript one through tsx's loader. */
function startWorker(): Worker {
  if (BUNDLED) return new Worker(new URL('./worker.mjs', import.meta.url));
  const boot = new URL('./worker-boot.mjs', import.meta.url);
  return new Worker(boot, { workerData: { entry: new URL('./worker.ts', import.meta.url).href } });
}

export type OnResult = (index: number, output: JobOutput) => void;

function failed(job: Job, msg: string): Error {
  return new Error(`run ${job.run} (seed ${job.seed}${job.point ? `, point ${job.point}` : ''}) failed: ${msg}`);
}

/**
 * Runs `jobs` (any subset, any indices). Once `stop` fires no new job starts; in this
 * thread the running job finishes first, worker threads are stopped at once (their runs
 * are run again on --resume). An error thrown by `onResult` (writing the rows) is passed
 * on as it is: it is not the model's failure.
 */
export async function runJobs(
  jobs: readonly Job[],
  workers: number,
  onResult: OnResult,
  stop: AbortSignal = new AbortController().signal,
  wants: Wants = {},
): Promise<void> {
  const k = Math.min(workers, jobs.length);
  if (k <= 1) {
    for (const job of jobs) {
      if (stop.aborted) return;
      let output: JobOutput;
      try {
        output = runJob(job.scenario, wants);
      } catch (e) {
        throw failed(job, (e as Error).message);
      }
      onResult(job.index, output);
      // Let the event loop breathe so a progress bar can redraw.
      await new Promise((r) => setImmediate(r));
    }
    return;
  }
  const pool = Array.from({ length: k }, () => startWorker());
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      let busy = 0;
      const byIndex = new Map(jobs.map((j) => [j.index, j]));
      stop.addEventListener('abort', () => resolve(), { once: true });
      const feed = (w: Worker): void => {
        if (next < jobs.length && !stop.aborted) {
          const j = jobs[next++];
          busy++;
          w.postMessage({ index: j.index, scenario: j.scenario, wants });
        }
        if (busy === 0) resolve();
      };
      for (const w of pool) {
        w.on('message', (m: JobReply) => {
          busy--;
          if (stop.aborted) return;
          if ('error' in m) {
            reject(failed(byIndex.get(m.index)!, m.error));
            return;
          }
          try {
            onResult(m.index, m.output);
          } catch (e) {
            reject(e as Error);
            return;
          }
          if (++done === jobs.length) resolve();
          else feed(w);
        });
        w.on('error', (e) => reject(new Error(`worker failed: ${e.message}`)));
        w.on('exit', (code) => {
          if (done < jobs.length) reject(new Error(`worker stopped early (exit code ${code})`));
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
