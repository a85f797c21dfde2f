// Builds the command line and its worker thread into plain JavaScript with esbuild, so a
// start costs neither tsx's compilation nor, per worker, its loader. The bundle lives under
// node_modules/.quasimarket-cli/<build>/ (never committed; a fresh clone builds it on first
// use); `current.json` there names the newest build and the files it was built from.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const HOME = join(ROOT, 'node_modules', '.quasimarket-cli');
const POINTER = join(HOME, 'current.json');
/** Files whose change calls for a new build besides the sources esbuild read. */
const ALSO = ['package.json', 'package-lock.json', 'src/cli/bundle.mjs'];

/** The current build's directory, or null when there is none or a file it was built from changed since. */
export function freshBuild() {
  let current;
  try {
    current = JSON.parse(readFileSync(POINTER, 'utf8'));
  } catch {
    return null;
  }
  try {
    for (const f of [...current.inputs, ...ALSO]) if (statSync(join(ROOT, f)).mtimeMs > current.builtAt) return null;
    statSync(join(HOME, current.dir, 'main.mjs'));
  } catch {
    return null; // a source was removed, or the build was
  }
  return join(HOME, current.dir);
}

function gitFacts() {
  const git = (args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  const commit = git(['rev-parse', '--verify', '--quiet', 'HEAD']);
  const status = commit ? git(['status', '--porcelain', '--untracked-files=no']) : null;
  return { commit: commit || null, dirty: status === null ? null : status !== '' };
}

/** Builds into a new directory and points current.json at it (atomically: concurrent starts each get a whole build). */
export async function build() {
  const { build: esbuild } = await import('esbuild');
  const builtAt = Date.now();
  const dir = `build-${builtAt}-${process.pid}`;
  const out = join(HOME, dir);
  mkdirSync(out, { recursive: true });
  const result = await esbuild({
    absWorkingDir: ROOT,
    entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    outdir: out,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'error',
    define: {
      __QUASIMARKET_ROOT__: JSON.stringify(relative(out, ROOT).split('\\').join('/') + '/'),
      __QUASIMARKET_BUILD__: JSON.stringify(gitFacts()),
    },
  });
  const inputs = Object.keys(result.metafile.inputs).filter(
    (f) => !f.startsWith('node_modules/') && !f.startsWith('<'),
  );
  const tmp = `${POINTER}.${process.pid}.partial`;
  writeFileSync(tmp, JSON.stringify({ dir, builtAt, inputs }) + '\n');
  renameSync(tmp, POINTER);
  // Older builds go, but not one a moment old (another process may be starting from it).
  for (const d of readdirSync(HOME)) {
    if (!d.startsWith('build-') || d === dir) continue;
    const at = Number(d.split('-')[1]);
    if (builtAt - at > 60_000) rmSync(join(HOME, d), { recursive: true, force: true });
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await build();
  console.log(`built the command line into ${relative(ROOT, out)}`);
}
