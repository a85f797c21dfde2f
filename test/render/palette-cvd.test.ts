// Relationship states must be told apart by people with the commonest colour-vision
// deficiencies: each pair of contract states keeps a clear colour difference under simulated
// deuteranopia and protanopia (Machado et al. 2009), and each has its own stroke pattern.
import { describe, expect, it } from 'vitest';
import { EDGE_STYLE, BACKGROUND } from '../../src/render/palette';
import { deltaE, type Vision } from './cvd';

const STATES = ['agreed', 'negotiating', 'tendering', 'alliance', 'dispute', 'arbitration'] as const;
/** CIE76 ΔE: about 2.3 is just noticeable; 20 reads as a different colour at a glance on a thin line. */
const MIN_DELTA_E = 20;

describe('relationship palette', () => {
  for (const vision of ['normal', 'deuteranopia', 'protanopia'] as Vision[])
    it(`keeps every pair of contract states apart (${vision})`, () => {
      const close: string[] = [];
      for (let i = 0; i < STATES.length; i++)
        for (let j = i + 1; j < STATES.length; j++) {
          const d = deltaE(EDGE_STYLE[STATES[i]].color, EDGE_STYLE[STATES[j]].color, vision);
          if (d < MIN_DELTA_E) close.push(`${STATES[i]}/${STATES[j]} ΔE ${d.toFixed(1)}`);
        }
      expect(close).toEqual([]);
    });

  it('stands out from the background for every vision', () => {
    for (const s of STATES)
      for (const v of ['normal', 'deuteranopia', 'protanopia'] as Vision[])
        expect(deltaE(EDGE_STYLE[s].color, BACKGROUND, v)).toBeGreaterThan(30);
  });

  it('gives every contract state its own stroke pattern', () => {
    expect(new Set(STATES.map((s) => EDGE_STYLE[s].pattern)).size).toBe(STATES.length);
  });
});
