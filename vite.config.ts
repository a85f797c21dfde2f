import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';

// Cross-origin isolation (COOP/COEP) lets the worker use SharedArrayBuffer and precise timers;
// workers are ES modules so they can import the model like the main thread does.
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * The Content-Security-Policy of the built app (README, "Hosting the built app"): nothing but
 * the app's own files; workers from the app or blob: (PixiJS may start one from a blob); no
 * inline script or style, no eval (PixiJS's CSP-safe polyfills and zod's jitless mode).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const security = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// The dev server's hot reload injects styles as <style> elements and talks over a WebSocket:
// only there are inline styles allowed.
const devPolicy = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/**
 * Builds workers/service-worker.ts into sw.js once the app is written, with the list of every
 * file of the build (and a version from their contents) for it to store for offline use.
 */
function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'quasimarket-service-worker',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    async closeBundle() {
      const out = config.build.outDir;
      const files: string[] = [];
      const walk = (dir: string): void => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else if (!(dir === out && name === 'sw.js')) files.push(relative(out, path).split(sep).join('/'));
        }
      };
      walk(out);
      files.sort();
      const hash = createHash('sha256');
      for (const f of files) hash.update(f).update(readFileSync(join(out, f)));
      await esbuild({
        entryPoints: ['workers/service-worker.ts'],
        outfile: join(out, 'sw.js'),
        bundle: true,
        format: 'esm',
        target: 'es2022',
        minify: true,
        logLevel: 'warning',
        define: { __PRECACHE__: JSON.stringify({ version: hash.digest('hex').slice(0, 16), files }) },
      });
    },
  };
}

/** Version and commit of this build, for the datapackage.json the Experiments tab writes. */
function appVersion(): { version: string; commit: string | null; dirty: boolean | null } {
  const git = (args: string[]): string | null => {
    try {
      return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
    } catch {
      return null;
    }
  };
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  const commit = git(['rev-parse', '--verify', '--quiet', 'HEAD']);
  const status = commit ? git(['status', '--porcelain', '--untracked-files=no']) : null;
  return { version, commit, dirty: status === null ? null : status !== '' };
}

export default defineConfig({
  plugins: [serviceWorker()],
  define: { __QUASIMARKET_APP__: JSON.stringify(appVersion()) },
  server: { headers: { ...isolation, ...security, 'Content-Security-Policy': devPolicy } },
  preview: { headers: { ...isolation, ...security, 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
});
