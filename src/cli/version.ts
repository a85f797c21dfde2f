// Which software wrote an output: the package version and the git commit of the checkout it
// ran from (asked of git at run time, since a commit after a build changes no source; the
// commit the bundle was built from is the fallback where git or the repository is absent).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Software } from '../engine/datapackage';
import { rootUrl } from './root';

/** Set by the bundle's build (src/cli/bundle.mjs); absent when run from source. */
declare const __QUASIMARKET_BUILD__: { commit: string | null; dirty: boolean | null } | undefined;

const ROOT = fileURLToPath(rootUrl());

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    }).trim();
  } catch {
    return null;
  }
}

let cached: Software | null = null;

export function software(): Software {
  if (cached) return cached;
  let version = 'unknown';
  try {
    version = (JSON.parse(readFileSync(ROOT + 'package.json', 'utf8')) as { version?: string }).version ?? version;
  } catch {
    // not beside its package.json: say so rather than fail
  }
  const head = git(['rev-parse', '--verify', '--quiet', 'HEAD']);
  const built = typeof __QUASIMARKET_BUILD__ === 'undefined' ? null : __QUASIMARKET_BUILD__;
  const commit = head && /^[0-9a-f]{40}$/.test(head) ? head : (built?.commit ?? null);
  // Tracked files changed since the commit (untracked outputs lying about do not count).
  const status = head ? git(['status', '--porcelain', '--untracked-files=no']) : null;
  const dirty = head ? (status === null ? null : status !== '') : (built?.dirty ?? null);
  cached = { name: 'quasimarket', version, commit, dirty };
  return cached;
}

export function versionLine(): string {
  const s = software();
  const commit = s.commit ? `commit ${s.commit}${s.dirty ? ' (with uncommitted changes)' : ''}` : 'commit unknown';
  return `quasimarket ${s.version} (${commit})\n`;
}
