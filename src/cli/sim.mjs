#!/usr/bin/env node
// Starts the command line from its bundle (src/cli/bundle.mjs), building it first when it
// is missing or older than its sources, so `npm run sim` works on a fresh clone and after
// every edit, and otherwise starts without compiling anything.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { build, freshBuild } from './bundle.mjs';

let dir = freshBuild();
if (!dir) {
  try {
    dir = await build();
  } catch (e) {
    // A read-only install, say: run from source (slower to start, same results).
    process.stderr.write(
      `quasimarket: cannot build the command line's bundle (${e.message.split('\n')[0]}); running from source\n`,
    );
  }
}
if (dir) {
  const { runAsProcess } = await import(pathToFileURL(join(dir, 'main.mjs')).href);
  runAsProcess(process.argv.slice(2));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runAsProcess } = await import('./main.ts');
  runAsProcess(process.argv.slice(2));
}
