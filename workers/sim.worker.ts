// The simulation's Web Worker: a thin comlink door onto a Session. Frames leave as
// transferred typed arrays (moved, not copied), so the main thread never clones a graph.
// First: CSP violations to the console; zod's jitless mode, before the model builds its
// schemas (a strict CSP forbids the eval its JIT probes for).
import '../src/shell/csp-report';
import '../src/shell/zod-jitless';
import * as Comlink from 'comlink';
import { Session } from '../src/engine/session';
import type { Frame, WorkerApi } from '../src/engine/api';

const session = new Session();

function transferFrame(f: Frame): Frame {
  return Comlink.transfer(f, [
    f.nodeX.buffer,
    f.nodeY.buffer,
    f.nodeSize.buffer,
    f.nodeKind.buffer,
    f.nodeFlags.buffer,
    f.edgeSrc.buffer,
    f.edgeDst.buffer,
    f.edgeState.buffer,
    f.edgeWeight.buffer,
  ] as ArrayBuffer[]);
}

const api: WorkerApi = {
  load: (s) => session.load(s),
  step: (weeks, maxMs) => transferFrame(session.step(weeks, maxMs)),
  frame: () => transferFrame(session.frame()),
  seek: (week) => transferFrame(session.seek(week)),
  checkpointWeeks: () => session.checkpointWeeks(),
  why: (id) => session.why(id),
  seat: (code, held) => session.seat(code, held),
  seats: () => session.seats(),
  answer: (key, value) => session.answer(key, value),
  inject: (x) => session.inject(x),
  interventions: () => session.interventions(),
  decisionLog: () => session.decisionLog(),
  replay: (saved) => session.replay(saved),
  debrief: () => session.debrief(),
  reform: (r) => session.reform(r),
  setParam: (id, v) => session.setParam(id, v),
  catalogue: () => session.catalogue(),
  inspect: (i) => session.inspect(i),
  yearly: () => session.yearly(),
  organisations: () => session.organisations(),
  scenario: () => session.scenario(),
  debugCrash: () => {
    // Outside the comlink call, so it reaches the worker's onerror like a real bug would.
    setTimeout(() => {
      throw new Error('Deliberate worker crash (debug hook)');
    }, 0);
  },
};

Comlink.expose(api);
