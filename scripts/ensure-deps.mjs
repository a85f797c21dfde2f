#!/usr/bin/env node
// Makes `npm start` and `npm test` work on a fresh clone: installs npm packages when
// node_modules is missing or stale, and (with --browser) Debian's Chromium when absent.
// Browsers cannot be downloaded by test tools here, so Chromium comes from apt.
import { existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const lock = 'package-lock.json';
const marker = 'node_modules/.package-lock.json';
if (!existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000)) {
  console.error('[setup] installing npm packages (npm ci)…');
  run('npm ci --no-audit --no-fund');
}
if (process.argv.includes('--browser')) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.error('[setup] installing Chromium from Debian packages (apt-get)…');
    const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
    run(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`);
  }
}
