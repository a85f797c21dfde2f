// Runs the CLI in-process with captured streams, in a scratch directory.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

export interface Result {
  code: number;
  out: string;
  err: string;
}

export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'quasimarket-cli-'));
}

export async function sim(args: string[], cwd: string): Promise<Result> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    errIsTTY: false,
    cwd,
  });
  return { code, out, err };
}

export function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/** Parses our CSV (no quoted commas in numeric outputs) into header and rows. */
export function csv(text: string): { header: string[]; rows: string[][] } {
  const lines = text.trimEnd().split('\n');
  return { header: lines[0].split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}
