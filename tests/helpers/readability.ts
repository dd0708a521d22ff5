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

// The rule every family-facing text is held to (issue 19). Only names are scored as one word:
// a family looks a name up rather than sounding it out, but an ordinary phrase ("further
// education", "non-maintained special school") is read word by word and is counted so.

/** Proper names of bodies, documents and laws that family text may use. */
export const PROPER_NAMES: readonly string[] = [
  'SENDIASS',
  'SEND Information, Advice and Support Service',
  'SEND Tribunal',
  'Tribunal',
  'education, health and care (EHC) plan',
  'EHC plan',
  'EHC plans',
  'Children and Families Act 2014',
  'Education Act 1996',
  'SEND Regulations 2014',
  'SEND Code of Practice',
  'SEND Code',
  'OpenPlace',
];

/** The DfE need names, with and without their code, as reasons write them. */
export function needNames(needs: Readonly<Record<string, { name: string }>>): string[] {
  return Object.entries(needs).flatMap(([code, { name }]) => [`${name} (${code})`, name, code]);
}

/** A citation of a section of an Act, or the section 41 list: a name to look up. */
const CITATION = /\bsection \d+(?:\(\d+\))*(?:\([a-z]\))?(?: list)?/gi;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE = new RegExp(`\\b\\d{1,2} (?:${MONTHS})(?: \\d{4})?\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`, 'g');
const QUOTED = /[“"][^”"]+[”"]/g;

/**
 * A text as it is scored: dates stripped; names (proper names, need names, the council and
 * school names given) and citations one word each; a quoted statutory phrase one word only when
 * a later sentence of the same paragraph glosses it.
 */
export function asScored(text: string, names: readonly string[] = []): string {
  const undated = text.replace(DATE, '').replace(/ {2,}/g, ' ');
  const sentences = sentencesOf(undated);
  const glossed = sentences
    .map((sentence, i) => (i < sentences.length - 1 ? sentence.replace(QUOTED, TERM_TOKEN) : sentence))
    .join(' ');
  return replaceGlossaryTerms(glossed, [...PROPER_NAMES, ...names]).replace(CITATION, TERM_TOKEN);
}

export type FamilyTextKind = 'paragraph' | 'heading' | 'hint';

/** The limits of the rule: paragraphs of 20+ words at most grade 7.5, sentences at most 25 words, headings and hints at most 12. */
export const LIMITS = { grade: 7.5, scoredFrom: 20, sentenceWords: 25, headingWords: 12 } as const;

/** What is wrong with one family-facing text under the rule, as readable lines (none when it passes). */
export function familyTextProblems(
  kind: FamilyTextKind,
  text: string,
  names: readonly string[] = [],
): string[] {
  const scored = asScored(text, names);
  const words = wordsOf(scored).length;
  if (kind !== 'paragraph') {
    return words > LIMITS.headingWords ? [`${kind} of ${words} words: "${text}"`] : [];
  }
  const problems = sentencesOf(scored)
    .map((sentence) => ({ sentence, words: wordsOf(sentence).length }))
    .filter((s) => s.words > LIMITS.sentenceWords)
    .map((s) => `sentence of ${s.words} words: "${s.sentence}"`);
  if (words >= LIMITS.scoredFrom) {
    const { grade } = fleschKincaid(scored);
    if (grade > LIMITS.grade) problems.push(`grade ${grade.toFixed(1)}: "${text}"`);
  }
  return problems;
}

/** The grade of a text under the rule (for reports; the checks use familyTextProblems). */
export function familyGrade(text: string, names: readonly string[] = []): number {
  return fleschKincaid(asScored(text, names)).grade;
}
