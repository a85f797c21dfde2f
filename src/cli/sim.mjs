#!/usr/bin/env node
// Starts the command line from its bundle (src/cli/bundle.mjs), building it first when it
// is missing or older than its sources, so `npm run sim` works on a fresh clone and after
// every edit, and otherwise starts without compiling anything.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { build, freshBuild } from './bundle.mjs';

const dir = freshBuild() ?? (await build());
const { runAsProcess } = await import(pathToFileURL(join(dir, 'main.mjs')).href);
runAsProcess(process.argv.slice(2));
