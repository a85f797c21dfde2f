import { describe, expect, it } from 'vitest';
import { withArticles } from '../../src/engine/articles';

describe('withArticles', () => {
  it('writes "an" before a vowel sound and "a" before a consonant sound', () => {
    expect(withArticles('signed a aligned contract')).toBe('signed an aligned contract');
    expect(withArticles('opened a open tender')).toBe('opened an open tender');
    expect(withArticles('signed an block contract')).toBe('signed a block contract');
    expect(withArticles('a one-year contract and a union')).toBe('a one-year contract and a union');
    expect(withArticles('a 8-year contract, a 3-year one, a 11-week wait')).toBe(
      'an 8-year contract, a 3-year one, an 11-week wait',
    );
    expect(withArticles('within a hour')).toBe('within an hour');
  });
  it('leaves names and acronyms alone', () => {
    expect(withArticles('A Ashford practice joined an NHS trust')).toBe('A Ashford practice joined an NHS trust');
    expect(withArticles('Kingsmouth Hospitals')).toBe('Kingsmouth Hospitals');
  });
});
