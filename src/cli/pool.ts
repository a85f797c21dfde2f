// Runs ensemble jobs on K worker threads (or in this thread when K = 1). Results are
// handed on with their job index; ordering and summaries are src/engine/ensemble.ts's job.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Job } from '../engine/ensemble';
import type { YearMetrics } from '../model/metrics';
import { yearlyRows } from './simulate';
import type { JobReply } from './worker';

export const DEFAULT_WORKERS = Math.max(1, availableParallelism());

export type OnResult = (index: number, rows: YearMetrics[]) => void;

function failed(job: Job, msg: string): Error {
  return new Error(`run ${job.run} (seed ${job.seed}${job.point ? `, point ${job.point}` : ''}) failed: ${msg}`);
}

export async function runJobs(jobs: readonly Job[], workers: number, onResult: OnResult): Promise<void> {
  const k = Math.min(workers, jobs.length);
  if (k <= 1) {
    for (const job of jobs) {
      try { onResult(job.index, yearlyRows(job.scenario)); } catch (e) { throw failed(job, (e as Error).message); }
      // Let the event loop breathe so a progress bar can redraw.
      await new Promise((r) => setImmediate(r));
    }
    return;
  }
  const boot = new URL('./worker-boot.mjs', import.meta.url);
  const entry = new URL('./worker.ts', import.meta.url).href;
  const pool = Array.from({ length: k }, () => new Worker(boot, { workerData: { entry } }));
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const feed = (w: Worker): void => {
        if (next < jobs.length) { const j = jobs[next++]; w.postMessage({ index: j.index, scenario: j.scenario }); }
      };
      for (const w of pool) {
        w.on('message', (m: JobReply) => {
          if ('error' in m) { reject(failed(jobs[m.index], m.error)); return; }
          try { onResult(m.index, m.rows); } catch (e) { reject(e as Error); return; }
          if (++done === jobs.length) resolve(); else feed(w);
        });
        w.on('error', (e) => reject(new Error(`worker failed: ${e.message}`)));
        w.on('exit', (code) => { if (done < jobs.length) reject(new Error(`worker stopped early (exit code ${code})`)); });
        feed(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
