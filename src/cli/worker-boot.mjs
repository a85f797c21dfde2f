// Worker threads do not inherit tsx's loader, so each worker registers it before loading
// the TypeScript entry point (works under `tsx`, plain node with tsx installed, and vitest).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
