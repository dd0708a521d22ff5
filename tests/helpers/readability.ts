import { syllable } from 'syllable';

// A Flesch–Kincaid grade scorer for the family-facing text. Grade 6 to 7 is roughly a reading age
// of 11 to 12. Defined names (a glossary) are scored as one short word each: a family meets
// "SENDIASS" or "section 41" as a name to look up, not a word to sound out, and the formula would
// otherwise punish the text for naming the law exactly.

export interface ReadabilityScore {
  words: number;
  sentences: number;
  syllables: number;
  /** 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59 */
  grade: number;
}

/** The one-syllable word each glossary term becomes before scoring. */
const TERM_TOKEN = 'term';

const SMALL_NUMBER_SYLLABLES = [
  // zero … nineteen
  2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2,
];
// twenty, thirty … ninety
const TENS_SYLLABLES = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2];

/** Replaces each glossary term (longest first, case-insensitive, whole words) with one short word. */
export function replaceGlossaryTerms(text: string, glossary: readonly string[]): string {
  const terms = [...glossary].sort((a, b) => b.length - a.length);
  let result = text;
  for (const term of terms) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    result = result.replace(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'gi'), TERM_TOKEN);
  }
  return result;
}

/** The text's sentences: split after ., ! or ? followed by a space or the end. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])["”’)]*\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** The words of a text: runs of letters, digits, apostrophes and inner hyphens. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Syllables in one word; numbers count as they are read aloud ("15" → "fifteen"). */
export function syllablesOf(word: string): number {
  if (/^\d+$/.test(word)) return numberSyllables(Number(word), word.length);
  return Math.max(1, syllable(word));
}

function numberSyllables(value: number, digits: number): number {
  if (value < 20) return SMALL_NUMBER_SYLLABLES[value] ?? 1;
  if (value < 100) {
    const tens = TENS_SYLLABLES[Math.floor(value / 10)] ?? 2;
    const units = value % 10;
    return tens + (units === 0 ? 0 : (SMALL_NUMBER_SYLLABLES[units] ?? 1));
  }
  // Larger numbers are rare in this text: about one syllable a digit.
  return digits;
}

/** The Flesch–Kincaid grade of a text, with glossary terms scored as one short word each. */
export function fleschKincaid(text: string, glossary: readonly string[] = []): ReadabilityScore {
  const plain = replaceGlossaryTerms(text, glossary);
  const sentences = sentencesOf(plain).length;
  const words = wordsOf(plain);
  const syllables = words.reduce((sum, word) => sum + syllablesOf(word), 0);
  if (words.length === 0 || sentences === 0) return { words: 0, sentences: 0, syllables: 0, grade: 0 };
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
  return { words: words.length, sentences, syllables, grade };
}
