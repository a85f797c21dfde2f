// Scenario files that are too big, endless, too deep, in another encoding or full of
// unknown keys: each gets one short line (exit 2), and a byte-order mark is accepted.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { MAX_MESSAGE, summariseProblems } from '../../src/cli/messages';
import { ROOT, scratch, sim } from './helpers';

const dir = scratch();
const preset = readFileSync(join(ROOT, 'public/scenarios/ccg-2013.json'), 'utf8');
const LINE = /^quasimarket: [^\n]*\n$/;

async function check(file: string): Promise<{ code: number; err: string }> {
  const r = await sim(['check', '--scenario', file], dir);
  return { code: r.code, err: r.err };
}

function oneShortLine(err: string): void {
  expect(err).toMatch(LINE);
  expect(err.length).toBeLessThanOrEqual('quasimarket: '.length + MAX_MESSAGE + 1);
}

describe('scenario files', () => {
  it('accepts a UTF-8 byte-order mark', async () => {
    writeFileSync(join(dir, 'bom.json'), '\ufeff' + preset);
    const withBom = await sim(['check', '--scenario', 'bom.json'], dir);
    const plain = await sim(['check', '--scenario', 'ccg-2013'], dir);
    expect(withBom.code).toBe(0);
    expect(withBom.out).toBe(plain.out);
  });

  it('names UTF-16 and bytes that are not UTF-8', async () => {
    writeFileSync(join(dir, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(preset, 'utf16le')]));
    writeFileSync(join(dir, 'latin1.json'), Buffer.from('{"name": "Caf\xe9"}', 'latin1'));
    expect(await check('utf16.json')).toEqual({
      code: 2,
      err: 'quasimarket: utf16.json: the file is UTF-16 text; save it as UTF-8\n',
    });
    expect(await check('latin1.json')).toEqual({
      code: 2,
      err: 'quasimarket: latin1.json: not UTF-8 text; save it as UTF-8\n',
    });
  });

  const TOO_BIG = /: larger than 5 MB; a scenario file is a few kilobytes \(is this the right file\?\)\n$/;

  it('refuses a file over 5 MB, and /dev/zero, after reading at most 5 MB', async () => {
    writeFileSync(join(dir, 'big.json'), JSON.stringify({ regime: 'ccg-2013', description: 'x'.repeat(20e6) }));
    for (const file of ['big.json', '/dev/zero']) {
      const r = await check(file);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(TOO_BIG);
      oneShortLine(r.err);
    }
  });

  it('stops reading a FIFO that never ends', async () => {
    const fifo = join(dir, 'endless.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('sh', ['-c', `yes '{}' > '${fifo}'`], { stdio: 'ignore' });
    try {
      const r = await check(fifo);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(TOO_BIG);
    } finally {
      writer.kill();
    }
  });

  it('refuses nesting 100,000 deep with a message, not a stack overflow', async () => {
    const depth = 100_000;
    writeFileSync(join(dir, 'deep-valid.json'), `{"regime":"ccg-2013","x":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    writeFileSync(join(dir, 'deep-broken.json'), '['.repeat(depth));
    expect(await check('deep-valid.json')).toEqual({
      code: 2,
      err: 'quasimarket: deep-valid.json: nested more than 64 levels deep at line 1, column 89; a scenario needs a few levels\n',
    });
    expect(await check('deep-broken.json')).toEqual({
      code: 2,
      err: 'quasimarket: deep-broken.json: nested more than 64 levels deep at line 1, column 65; a scenario needs a few levels\n',
    });
    // Brackets inside strings are text, not nesting.
    writeFileSync(join(dir, 'brackets.json'), JSON.stringify({ regime: 'ccg-2013', description: '[{'.repeat(500) }));
    expect((await check('brackets.json')).code).toBe(0);
  });

  it('lists the first few of 300,000 unknown keys and how many more, in one short line', async () => {
    const top: Record<string, unknown> = { regime: 'ccg-2013' };
    const params: Record<string, number> = {};
    for (let i = 0; i < 300_000; i++) top[`k${i}`] = 1;
    for (let i = 0; i < 1000; i++) params[`p${i}`] = 1;
    writeFileSync(join(dir, 'keys.json'), JSON.stringify(top));
    writeFileSync(join(dir, 'params.json'), JSON.stringify({ regime: 'ccg-2013', params }));
    const keys = await check('keys.json');
    expect(keys).toEqual({
      code: 2,
      err: 'quasimarket: keys.json: unknown fields k0, k1, k2 and 299,997 more; allowed fields are $schema, id, name, description, regime, startYear, scale, area, seed, years, params, reforms, timeline, timelineEvents, injects, regimes, story\n',
    });
    const unknownParams = await check('params.json');
    expect(unknownParams.err).toBe(
      'quasimarket: params.json: unknown parameters params.p0, params.p1, params.p2 and 997 more (list them with `npm run sim -- params`)\n',
    );
  });

  it('names a 700,000-key file by its size (it cannot be under 5 MB)', async () => {
    const keys = Array.from({ length: 700_000 }, (_, i) => `"${i.toString(36)}":0`);
    writeFileSync(join(dir, 'keys700k.json'), `{"regime":"ccg-2013",${keys.join(',')}}`);
    const r = await check('keys700k.json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(TOO_BIG);
  });

  it('cuts a huge value short so the rest of the message shows', async () => {
    writeFileSync(join(dir, 'long.json'), JSON.stringify({ regime: 'y'.repeat(4e6) }));
    const r = await check('long.json');
    expect(r.err).toBe(
      `quasimarket: long.json: regime: unknown regime "${'y'.repeat(39)}…"; valid regimes are internal-market-1991, pcg-1999, pct-2002, payment-by-results-2006, ccg-2013, accountable-care-2017, icb-2022\n`,
    );
  });
});

describe('summariseProblems', () => {
  it('reduces 700,000 unknown-field problems to the first three and a count', () => {
    const problems = Array.from({ length: 700_000 }, (_, i) => `k${i}: unknown field; allowed fields are a, b`);
    expect(summariseProblems(problems)).toBe('unknown fields k0, k1, k2 and 699,997 more; allowed fields are a, b');
  });

  it('keeps a single problem as the model wrote it, and counts those that do not fit', () => {
    expect(summariseProblems(['years: must be a whole number from 1 to 100, got 0'])).toBe(
      'years: must be a whole number from 1 to 100, got 0',
    );
    const many = Array.from(
      { length: 50 },
      (_, i) => `reforms[${i}].year: must be a whole number from 1 to years (10), got 0`,
    );
    const text = summariseProblems(many);
    expect(text.length).toBeLessThanOrEqual(MAX_MESSAGE);
    expect(text).toMatch(/^reforms\[0\]\.year: .*; and \d+ more problems$/);
  });
});
