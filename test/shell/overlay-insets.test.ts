import { describe, expect, it } from 'vitest';
import { insetsFor } from '../../src/shell/overlay-insets';

describe('fitting around overlays', () => {
  it('keeps a strip clear along the side that costs the network least', () => {
    // A tall legend in the bottom-left corner: a strip on the left costs less than one at the bottom.
    expect(insetsFor([{ left: 8, top: 200, right: 208, bottom: 592 }], 1000, 600, 8)).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 216,
    });
    // A wide, short one: a strip at the bottom.
    expect(insetsFor([{ left: 8, top: 540, right: 700, bottom: 592 }], 1000, 600, 8).bottom).toBe(68);
  });
  it('chooses sides together so two overlays do not squeeze the network from both sides', () => {
    // A legend bottom-left and a tall card on the right, a square network: the legend's strip
    // goes along the bottom rather than the left.
    const k = insetsFor(
      [
        { left: 8, top: 470, right: 380, bottom: 782 },
        { left: 528, top: 8, right: 948, bottom: 788 },
      ],
      1000,
      790,
      8,
      { width: 540, height: 460 },
    );
    expect(k.right).toBe(480);
    expect(k.left).toBe(0);
    expect(k.bottom).toBe(328);
  });
  it('keeps the widest strip per side', () => {
    const k = insetsFor(
      [
        { left: 0, top: 0, right: 100, bottom: 600 },
        { left: 0, top: 300, right: 150, bottom: 600 },
      ],
      1000,
      600,
      0,
    );
    expect(k.left).toBe(150);
  });
});
