// Writes src/engine/metric-docs.ts from docs/metrics.md (npm run gen:metric-docs). With
// --check it writes nothing and exits 1 when the committed module differs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { parseMetricDocs, renderMetricDocsModule } from '../src/engine/metric-docs-source';

const source = fileURLToPath(new URL('../docs/metrics.md', import.meta.url));
const target = fileURLToPath(new URL('../src/engine/metric-docs.ts', import.meta.url));
const raw = renderMetricDocsModule(parseMetricDocs(readFileSync(source, 'utf8')));
// Formatted as the repository formats code, so the committed file compares equal.
const prettier = fileURLToPath(new URL('../node_modules/.bin/prettier', import.meta.url));
const text = execFileSync(prettier, ['--stdin-filepath', target], { input: raw, encoding: 'utf8' });
if (process.argv.includes('--check')) {
  if ((existsSync(target) ? readFileSync(target, 'utf8') : '') !== text) {
    console.error('src/engine/metric-docs.ts is out of date: run `npm run gen:metric-docs`');
    process.exit(1);
  }
  console.log('src/engine/metric-docs.ts is up to date');
} else {
  writeFileSync(target, text);
  console.log('wrote src/engine/metric-docs.ts');
}
