import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/validation/main';

describe('npm run validate arguments', () => {
  it('defaults to the full design and shrinks it with --quick', () => {
    const full = parseArgs([]);
    const quick = parseArgs(['--quick']);
    expect(full.seeds).toBeGreaterThan(quick.seeds);
    expect(full.trajectories).toBeGreaterThan(quick.trajectories);
    expect(parseArgs(['--quick', '--seeds', '9']).seeds).toBe(9);
    // A quick design must not overwrite the committed report unless asked to.
    expect(full.write).toBe(true);
    expect(quick.write).toBe(false);
    expect(parseArgs(['--quick', '--write']).write).toBe(true);
    // Validation's own seeds: several independent sets, and at least 10 seeds per direction.
    expect(full.sets).toBeGreaterThanOrEqual(5);
    expect(full.directionSeeds).toBeGreaterThanOrEqual(10);
    expect(full.rootSeed).not.toBe(2013);
    expect(parseArgs(['--sets', '3', '--direction-seeds', '20'])).toMatchObject({ sets: 3, directionSeeds: 20 });
  });

  it('names the bad flag or value', () => {
    expect(() => parseArgs(['--seed', '3'])).toThrow(/unknown option "--seed"/);
    expect(() => parseArgs(['--seeds', 'ten'])).toThrow(/--seeds needs a whole number from 2 to 200, got "ten"/);
    expect(() => parseArgs(['--seeds'])).toThrow(/got nothing/);
    expect(() => parseArgs(['--sets', '0'])).toThrow(/--sets needs a whole number from 1 to 20, got "0"/);
  });
});
