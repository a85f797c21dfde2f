import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCALE, DEFAULT_SCENARIO, readAddress, writeAddress } from '../../src/shell/url';
import { MAX_SEED, MAX_YEARS } from '../../src/model/index';

const presets = ['ccg-2013', 'icb-2022'];

describe('readAddress', () => {
  it('reads the run an address names', () => {
    const { address, problems } = readAddress('?scenario=ccg-2013&scale=england&seed=4&years=3', presets);
    expect(problems).toEqual([]);
    expect(address).toEqual({ scenario: 'ccg-2013', scale: 'england', seed: 4, years: 3, debug: null });
  });

  it('leaves out what the address does not name, so the preset decides', () => {
    const { address, problems } = readAddress('', presets);
    expect(problems).toEqual([]);
    expect(address).toEqual({ scenario: DEFAULT_SCENARIO, scale: null, seed: null, years: null, debug: null });
  });

  it('names each bad value in one line and falls back to the default', () => {
    const { address, problems } = readAddress('?scenario=mars&scale=moon&seed=-2&years=1.5', presets);
    expect(address).toEqual({ scenario: DEFAULT_SCENARIO, scale: null, seed: null, years: null, debug: null });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^Unknown scenario "mars" in the address; expected one of ccg-2013, icb-2022\./);
    expect(problems[1]).toMatch(new RegExp(`^Unknown scale "moon".*Using ${DEFAULT_SCALE}\\.$`));
    expect(problems[2]).toContain(`Bad seed "-2"`);
    expect(problems[3]).toContain(`Bad years "1.5"`);
    for (const p of problems) expect(p).not.toContain('\n');
  });

  it('accepts the limits and refuses one past them, or an empty value', () => {
    expect(readAddress(`?seed=${MAX_SEED}&years=${MAX_YEARS}`, presets).problems).toEqual([]);
    expect(readAddress(`?seed=${MAX_SEED + 1}`, presets).problems[0]).toContain(`0 to ${MAX_SEED}`);
    expect(readAddress(`?years=${MAX_YEARS + 1}`, presets).problems[0]).toContain(`1 to ${MAX_YEARS}`);
    expect(readAddress('?years=0', presets).address.years).toBeNull();
    expect(readAddress('?seed=', presets).problems[0]).toContain('Bad seed ""');
  });

  it('passes the testing hook through', () => {
    expect(readAddress('?debug=no-panels', presets).address.debug).toBe('no-panels');
  });
});

describe('writeAddress', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function stubPage(search: string): string[] {
    const written: string[] = [];
    vi.stubGlobal('location', { search, pathname: '/app/', hash: '#x' });
    vi.stubGlobal('history', { replaceState: (_s: unknown, _t: string, url: string) => written.push(url) });
    return written;
  }

  it('writes the run in place of the old one, keeping other parameters and dropping the debug hook', () => {
    const written = stubPage('?render=main&scenario=old&debug=worker-error&years=9');
    writeAddress({ scenario: 'icb-2022', scale: 'local', seed: 7 });
    expect(written).toEqual(['/app/?render=main&scenario=icb-2022&scale=local&seed=7#x']);
  });

  it('names the years only when they differ from the preset', () => {
    const written = stubPage('');
    writeAddress({ scenario: 'ccg-2013', scale: 'region', seed: 1, years: 4 });
    const q = new URLSearchParams(written[0].split('?')[1].split('#')[0]);
    expect(q.get('years')).toBe('4');
    expect(readAddress(`?${q}`, presets).address).toMatchObject({
      scenario: 'ccg-2013',
      scale: 'region',
      seed: 1,
      years: 4,
    });
  });
});
