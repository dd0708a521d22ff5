import { describe, expect, it } from 'vitest';
import {
  fleschKincaid,
  replaceGlossaryTerms,
  sentencesOf,
  syllablesOf,
  wordsOf,
} from '../helpers/readability.js';

describe('the Flesch–Kincaid scorer used on family-facing text', () => {
  it('scores a sentence of one-syllable words by the formula', () => {
    const score = fleschKincaid('The cat sat on the mat.');
    expect(score).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
    // 0.39 × 6 + 11.8 × 1 − 15.59
    expect(score.grade).toBeCloseTo(-1.45, 5);
  });

  it('scores long words and long sentences higher', () => {
    const plain = fleschKincaid('You can ask for any school. The council must think about it.');
    const dense = fleschKincaid(
      'The authority must determine whether attendance would be incompatible with the efficient education of others and the efficient use of resources.',
    );
    expect(dense.grade).toBeGreaterThan(plain.grade + 10);
  });

  it('counts the syllables of numbers as they are read aloud', () => {
    expect(syllablesOf('15')).toBe(2);
    expect(syllablesOf('25')).toBe(3);
    expect(syllablesOf('7')).toBe(2);
    expect(syllablesOf('council')).toBe(2);
  });

  it('splits sentences at full stops, question marks and exclamation marks', () => {
    expect(sentencesOf('Are you 16? Then it is yours. Ask now!')).toEqual([
      'Are you 16?',
      'Then it is yours.',
      'Ask now!',
    ]);
    expect(wordsOf('the council’s sixth-form college')).toEqual([
      'the',
      'council’s',
      'sixth-form',
      'college',
    ]);
  });

  it('replaces glossary terms with one short word, longest first and whatever the case', () => {
    const glossary = ['EHC plan', 'education, health and care (EHC) plan', 'SENDIASS'];
    expect(replaceGlossaryTerms('Your Education, Health and Care (EHC) plan and sendiass.', glossary)).toBe(
      'Your term and term.',
    );
    expect(replaceGlossaryTerms('The EHC planning team', glossary)).toBe('The EHC planning team');
    const withTerm = fleschKincaid('Ask your SENDIASS.', glossary);
    expect(withTerm.syllables).toBe(3);
  });
});
