import { describe, expect, it } from 'vitest';
import { NODE_KINDS, TONES } from '../../src/engine/api';
import { css, KIND_CSS, KIND_STYLE, shapePoints, TONE_CSS, TONE_STYLE } from '../../src/render/palette';

describe('palette', () => {
  it('writes colour numbers as six-digit CSS colours', () => {
    expect(css(0xe69f00)).toBe('#e69f00');
    expect(css(0x000a0b)).toBe('#000a0b');
    expect(KIND_CSS.commissioner).toBe(css(KIND_STYLE.commissioner.color));
    expect(TONE_CSS.dispute).toBe(css(TONE_STYLE.dispute.color));
  });

  it('tells every organisation kind and every event tone apart', () => {
    expect(new Set(NODE_KINDS.map((k) => KIND_STYLE[k].color)).size).toBe(NODE_KINDS.length);
    expect(new Set(NODE_KINDS.map((k) => KIND_STYLE[k].shape)).size).toBe(NODE_KINDS.length);
    expect(new Set(TONES.map((t) => TONE_STYLE[t].color)).size).toBe(TONES.length);
  });

  it('gives polygons their corners at about unit radius, and dots and circles none', () => {
    expect(shapePoints('square')).toHaveLength(4);
    expect(shapePoints('triangle')).toHaveLength(3);
    expect(shapePoints('hexagon')).toHaveLength(6);
    for (const [x, y] of shapePoints('pentagon')!) expect(Math.hypot(x, y)).toBeCloseTo(1.1);
    expect(shapePoints('circle')).toBeNull();
    expect(shapePoints('dot')).toBeNull();
  });
});
