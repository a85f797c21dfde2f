// "a aligned contract" → "an aligned contract": sentences are assembled from words chosen at
// run time (payment forms, routes, amounts), so the article is fixed on the finished sentence.

/** Words spelt with a vowel that sound with a consonant ("a union", "a one-year") and the reverse ("an hour"). */
const CONSONANT_SOUND = /^(one|once|uni|use|usu|eu|ewe|ubiq|ura)/i;
const VOWEL_SOUND = /^(hour|honou?r|honest|heir)/i;
/** Numbers said with a vowel first: 8, 11, 18, 80–89, 800… ("an 8-year contract", "an £11m gap" reads "a"). */
const VOWEL_NUMBER = /^(8|11(?!\d)|18(?!\d)|8\d)/;

function wantsAn(word: string): boolean {
  if (VOWEL_SOUND.test(word)) return true;
  if (CONSONANT_SOUND.test(word)) return false;
  if (/^\d/.test(word)) return VOWEL_NUMBER.test(word);
  return /^[aeiou]/i.test(word);
}

/** Puts "a" or "an" right before each following word (lower-case articles only; names are left alone). */
export function withArticles(text: string): string {
  return text.replace(/\b(a|an) ([A-Za-z0-9][\w-]*)/g, (whole, article: string, word: string) => {
    // Acronyms said letter by letter: "an NHS trust", "a PbR tariff" are left as written.
    if (/^[A-Z]{2,}/.test(word)) return whole;
    const right = wantsAn(word) ? 'an' : 'a';
    return article === right ? whole : `${right} ${word}`;
  });
}
