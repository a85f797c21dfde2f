// Writes docs/parameters.md from the registry (npm run gen:params). With --check it
// writes nothing and exits 1 when the committed file differs (for CI).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PARAMETERS, REGIME_IDS, REGIMES } from '../src/model/index';
import { renderParametersDoc } from '../src/validation/params-doc';

const target = fileURLToPath(new URL('../docs/parameters.md', import.meta.url));
const text = renderParametersDoc(
  PARAMETERS,
  REGIME_IDS.map((id) => REGIMES[id]),
);
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check');
if (unknown.length) {
  console.error(`gen-params-doc: unknown argument(s) ${unknown.join(' ')} (only --check is accepted)`);
  process.exit(2);
}
if (args.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('docs/parameters.md is out of date: run `npm run gen:params`');
    process.exit(1);
  }
  console.log('docs/parameters.md is up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote docs/parameters.md (${PARAMETERS.length} parameters, ${REGIME_IDS.length} regimes)`);
}
