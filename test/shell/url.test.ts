import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCENARIO, MAX_SEARCH, readAddress, writeAddress } from '../../src/shell/url';
import { MAX_SEED, MAX_YEARS } from '../../src/model/index';
import { MAX_MESSAGE } from '../../src/shell/text';
import { hostileSearches, HUGE } from './hostile-addresses';

const presets = ['ccg-2013', 'icb-2022', 'reforms-1991-2022'];
const none = {
  scale: null,
  area: null,
  seed: null,
  years: null,
  run: null,
  edited: false,
  debug: null,
  story: null,
  chapter: null,
  namedScenario: false,
};

describe('readAddress', () => {
  it('reads story mode and its chapter; a bad story is named', () => {
    const { address, problems } = readAddress('?story=history&chapter=ccg-2013', presets);
    expect(problems).toEqual([]);
    expect(address).toMatchObject({ story: 'history', chapter: 'ccg-2013', namedScenario: false });
    const bad = readAddress('?story=%3Cscript%3E', presets);
    expect(bad.problems).toEqual([expect.stringContaining('Bad story')]);
    expect(bad.address.story).toBeNull();
  });

  it('reads the run an address names', () => {
    const { address, problems } = readAddress('?scenario=ccg-2013&scale=england&seed=4&years=3', presets);
    expect(problems).toEqual([]);
    expect(address).toEqual({
      ...none,
      scenario: 'ccg-2013',
      scale: 'england',
      seed: 4,
      years: 3,
      namedScenario: true,
    });
  });

  it('leaves out what the address does not name, so the preset decides', () => {
    const { address, problems } = readAddress('', presets);
    expect(problems).toEqual([]);
    expect(address).toEqual({ ...none, scenario: DEFAULT_SCENARIO });
  });

  it('names each bad value in one line and falls back to the default', () => {
    const { address, problems } = readAddress('?scenario=mars&scale=moon&seed=-2&years=1.5', presets);
    expect(address).toEqual({ ...none, scenario: DEFAULT_SCENARIO });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^Unknown scenario "mars" in the address; expected one of ccg-2013, icb-2022/);
    expect(problems[1]).toMatch(/^Unknown scale "moon".*Using the scenario's scale\.$/);
    expect(problems[2]).toContain(`Bad seed "-2"`);
    expect(problems[3]).toContain(`Bad years "1.5"`);
    for (const p of problems) expect(p).not.toContain('\n');
  });

  it('reads the footprint or region a run is anchored on, and names an unknown one', () => {
    expect(readAddress('?scale=region&area=QYG', presets)).toEqual({
      address: { ...none, scenario: DEFAULT_SCENARIO, scale: 'region', area: 'QYG' },
      problems: [],
    });
    expect(readAddress('?area=y62', presets).address.area).toBe('Y62');
    for (const bad of ['QQQ', 'Cheshire', '', 'QYG;']) {
      const r = readAddress(`?scale=region&area=${encodeURIComponent(bad)}`, presets);
      expect(r.address).toMatchObject({ scale: 'region', area: null });
      expect(r.problems).toEqual([
        `Unknown area "${bad}" in the address; expected an ICB or NHS region ODS code, such as QYG (Cheshire and Merseyside) or Y62 (North West). Showing the scale without it.`,
      ]);
    }
  });

  it('accepts the limits and refuses one past them, or an empty value', () => {
    expect(readAddress(`?seed=${MAX_SEED}&years=${MAX_YEARS}`, presets).problems).toEqual([]);
    expect(readAddress(`?seed=${MAX_SEED + 1}`, presets).problems[0]).toContain(`0 to ${MAX_SEED}`);
    expect(readAddress(`?years=${MAX_YEARS + 1}`, presets).problems[0]).toContain(`1 to ${MAX_YEARS}`);
    expect(readAddress('?years=0', presets).address.years).toBeNull();
    expect(readAddress('?seed=', presets).problems[0]).toContain('Bad seed ""');
  });

  it('refuses what Number() would let through: hex, binary, exponents, blanks, junk', () => {
    for (const v of ['0x1', '0b1', '0o7', '1e3', '1e999', ' 4', '4 ', '+4', '4abc', 'Infinity', '１２']) {
      const r = readAddress(`?seed=${encodeURIComponent(v)}`, presets);
      expect(r.address.seed, v).toBeNull();
      expect(r.problems, v).toHaveLength(1);
    }
  });

  it('passes the testing hook through, and the compressed run and edited mark', () => {
    expect(readAddress('?debug=no-panels', presets).address.debug).toBe('no-panels');
    expect(readAddress('?run=abc&edited=1', presets).address).toMatchObject({ run: 'abc', edited: true });
  });

  it('says when a parameter is given twice, and uses the first', () => {
    const r = readAddress('?seed=3&seed=4', presets);
    expect(r.address.seed).toBe(3);
    expect(r.problems).toEqual(['The address gives "seed" 2 times; using the first.']);
  });

  it('reads nothing of an address past its length bound', () => {
    const r = readAddress(`?seed=${'1'.repeat(MAX_SEARCH)}`, presets);
    expect(r.address).toEqual({ ...none, scenario: DEFAULT_SCENARIO });
    expect(r.problems[0]).toMatch(/too long/);
  });

  describe('hostile addresses', () => {
    const cases = hostileSearches();
    it('has at least 50 of them', () => expect(cases.length).toBeGreaterThanOrEqual(50));
    it.each(cases.map((c) => [c.length > 60 ? `${c.slice(0, 60)}… (${c.length})` : c, c]))(
      '%s gives bounded one-line messages and a runnable address',
      (_name, search) => {
        const { address, problems } = readAddress(search, presets);
        for (const p of problems) {
          expect(p.length).toBeLessThanOrEqual(MAX_MESSAGE);
          expect(p).not.toMatch(/[\n\r]/);
          expect(p).not.toContain(String.fromCharCode(0));
          expect(p).not.toContain(HUGE.slice(0, 100));
        }
        expect(presets).toContain(address.scenario);
        if (address.seed !== null) expect(Number.isSafeInteger(address.seed) && address.seed >= 0).toBe(true);
        if (address.years !== null) expect(address.years >= 1 && address.years <= MAX_YEARS).toBe(true);
        expect(Object.getPrototypeOf(address)).toBe(Object.prototype);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      },
    );
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

  it('writes the run in place of the old one, keeping render=main and dropping the rest', () => {
    const written = stubPage('?render=main&scenario=old&debug=worker-error&years=9&junk=1');
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

  it('writes the area a run is anchored on, and reads it back', () => {
    const written = stubPage('');
    writeAddress({ scenario: 'icb-2022', scale: 'region', area: 'QYG', seed: 2 });
    expect(written).toEqual(['/app/?scenario=icb-2022&scale=region&area=QYG&seed=2#x']);
    expect(readAddress(written[0].slice(5, -2), presets).address).toMatchObject({ scale: 'region', area: 'QYG' });
  });

  it('writes an edited run compressed, or marks it edited when it is too long to carry', () => {
    const written = stubPage('?scenario=icb-2022&seed=3');
    writeAddress({ run: 'abc_-', from: 'ccg-2013' });
    writeAddress({ run: null, from: 'ccg-2013' });
    expect(written).toEqual(['/app/?run=abc_-#x', '/app/?scenario=ccg-2013&edited=1#x']);
  });
});
