import { describe, expect, it } from 'vitest';
import { LabelSpace } from '../../src/render/label-space';

describe('network names', () => {
  it('leave out a name that would overprint one already placed', () => {
    const s = new LabelSpace();
    expect(s.take(0, 0, 100, 12)).toBe(true);
    // "Willowfield GP Federation 3" under "… 4", a few pixels lower: left out.
    expect(s.take(20, 6, 120, 18)).toBe(false);
    expect(s.take(0, 13, 100, 25)).toBe(true);
    expect(s.take(101, 0, 150, 12)).toBe(true);
  });
});
