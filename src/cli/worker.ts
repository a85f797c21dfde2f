// Ensemble worker: runs whole scenarios on request and returns what the outputs read.
import { parentPort } from 'node:worker_threads';
import { runJob, type JobOutput, type Wants } from '../engine/collect';
import type { Scenario } from '../model/index';

export interface JobRequest {
  index: number;
  scenario: Scenario;
  wants: Wants;
}
export type JobReply = { index: number; output: JobOutput } | { index: number; error: string };

parentPort!.on('message', (job: JobRequest) => {
  let reply: JobReply;
  try {
    reply = { index: job.index, output: runJob(job.scenario, job.wants) };
  } catch (e) {
    reply = { index: job.index, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
