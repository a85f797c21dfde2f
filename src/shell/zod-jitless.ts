// Imported first by the app and the simulation worker: zod 4 probes `new Function` (for its
// JIT) as object schemas are built, which a strict Content-Security-Policy reports as a
// violation. Jitless mode skips the probe and the compiled parsers (same results). It must
// run before any module that builds a schema, hence a module of its own, imported first.
import { z } from 'zod';

z.config({ jitless: true });
