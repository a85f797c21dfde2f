// Builds the app once for every browser test file (each used to build its own copy).
import { buildApp } from './harness';

export default function setup(): void {
  if (process.env.E2E_NO_BUILD) return;
  buildApp();
  // Test files run in processes started after this: they inherit the environment.
  process.env.E2E_NO_BUILD = '1';
}
