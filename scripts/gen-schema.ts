// Writes public/scenarios/schema.json from the zod schema in src/model/scenario.ts, so the
// published JSON Schema cannot drift from the validator (a test compares the two).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../src/model/index';

export const SCHEMA_PATH = fileURLToPath(new URL('../public/scenarios/schema.json', import.meta.url));

export function schemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, schemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
