// Ensemble worker: runs whole scenarios on request and returns their yearly rows.
import { parentPort } from 'node:worker_threads';
import { yearlyRows } from './simulate';
import type { Scenario } from '../model/index';

export interface JobRequest {
  index: number;
  scenario: Scenario;
}
export type JobReply = { index: number; rows: ReturnType<typeof yearlyRows> } | { index: number; error: string };

parentPort!.on('message', (job: JobRequest) => {
  let reply: JobReply;
  try {
    reply = { index: job.index, rows: yearlyRows(job.scenario) };
  } catch (e) {
    reply = { index: job.index, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
