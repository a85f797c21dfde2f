// A worker of the Experiments tab's pool: a thin comlink door onto the engine's runJob, which
// runs one scenario to its end and returns its yearly rows (the command line's worker threads
// run the same function). First: CSP violations to the console, zod's jitless mode.
import '../src/shell/csp-report';
import '../src/shell/zod-jitless';
import * as Comlink from 'comlink';
import { runJob } from '../src/engine/collect';
import type { ExperimentWorkerApi } from '../src/engine/experiment';

const api: ExperimentWorkerApi = { run: (scenario) => runJob(scenario, {}) };

Comlink.expose(api);
