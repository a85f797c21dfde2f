import { describe, expect, it } from 'vitest';
import { achievedSpeed, fallsShort, speedWords } from '../../src/shell/achieved-speed';

describe('achieved speed', () => {
  it('measures weeks a second over the last seconds of ticks', () => {
    const log = Array.from({ length: 31 }, (_, i) => ({ t: i * 100, tick: i * 2 }));
    expect(achievedSpeed(log, 3000)).toBeCloseTo(20, 5);
    expect(achievedSpeed(log.slice(0, 3), 200)).toBeNull();
    expect(
      achievedSpeed(
        [
          { t: 0, tick: 50 },
          { t: 2900, tick: 3 },
        ],
        3000,
      ),
    ).toBeNull();
  });
  it('says when the chosen speed is not met', () => {
    expect(fallsShort(52, 30)).toBe(true);
    expect(fallsShort(52, 50)).toBe(false);
    expect(fallsShort(0, 3)).toBe(false);
    expect(fallsShort(13, null)).toBe(false);
  });
  it('words speeds as the toolbar does', () => {
    expect(speedWords(1)).toBe('1 week/s');
    expect(speedWords(9.4)).toBe('9.4 weeks/s');
    expect(speedWords(78)).toBe('1.5 years/s');
  });
});
