import { describe, expect, it } from 'vitest';
import {
  boardingOf,
  countOf,
  genderOf,
  needOf,
  phaseOf,
  religiousCharacterOf,
  statusOf,
} from '../../functions/core/gias/values.js';

describe('GIAS values', () => {
  it.each([
    ['ASD - Autistic Spectrum Disorder', { need: 'ASD' }],
    ['SpLD - Specific Learning Difficulty', { need: 'SPLD' }],
    ['SLCN - Speech, language and Communication', { need: 'SLCN' }],
    ['PMLD - Profound and Multiple Learning Difficulty', { need: 'PMLD' }],
    ['HI - Hearing Impairment', { need: 'HI' }],
    ['MSI - Multi-Sensory Impairment', { need: 'MSI' }],
    ['OTH - Other Difficulty/Disability', { need: 'OTH' }],
    ['SEMH - Social, Emotional and Mental Health', { need: 'SEMH' }],
    ['BESD - Behaviour, Emotional and Social Difficulties', { need: 'SEMH' }],
    ['vi - visual impairment', { need: 'VI' }],
    ['PD-Physical Disability', { need: 'PD' }],
    ['Not Applicable', { none: true }],
    ['not applicable', { none: true }],
    ['', { none: true }],
    ['XYZ - Something Else', { unknown: 'XYZ' }],
    ['Dyslexia', { unknown: 'DYSLEXIA' }],
  ])('reads the SEN cell "%s"', (cell, expected) => {
    expect(needOf(cell)).toEqual(expected);
  });

  it.each([
    ['Not applicable', 'NOT_APPLICABLE'],
    ['Nursery', 'NURSERY'],
    ['Primary', 'PRIMARY'],
    ['Middle deemed primary', 'MIDDLE'],
    ['Middle deemed secondary', 'MIDDLE'],
    ['Secondary', 'SECONDARY'],
    ['16 plus', 'SIXTEEN_PLUS'],
    ['All-through', 'ALL_THROUGH'],
    ['', 'NOT_APPLICABLE'],
    ['Tertiary', null],
  ])('reads the phase "%s"', (cell, expected) => {
    expect(phaseOf(cell)).toBe(expected);
  });

  it.each([
    ['Open', 'OPEN'],
    ['Closed', 'CLOSED'],
    ['Open, but proposed to close', 'PROPOSED_TO_CLOSE'],
    ['Proposed to open', 'PROPOSED_TO_OPEN'],
    ['', null],
    ['Temporarily closed', null],
  ])('reads the status "%s"', (cell, expected) => {
    expect(statusOf(cell)).toBe(expected);
  });

  it.each([
    ['Mixed', 'MIXED'],
    ['Boys', 'BOYS'],
    ['Girls', 'GIRLS'],
    ['Not applicable', 'MIXED'],
    ['', 'MIXED'],
    ['Unknown', null],
  ])('reads the gender "%s"', (cell, expected) => {
    expect(genderOf(cell)).toBe(expected);
  });

  it.each([
    ['No boarders', 'DAY'],
    ['Not applicable', 'DAY'],
    ['', 'DAY'],
    ['Boarding school', 'DAY_AND_RESIDENTIAL'],
    ["Children's home (Boarding school)", 'DAY_AND_RESIDENTIAL'],
    ['College / FE residential accommodation', 'DAY_AND_RESIDENTIAL'],
    ['Weekly boarding', null],
  ])('reads the boarders "%s"', (cell, expected) => {
    expect(boardingOf(cell)).toBe(expected);
  });

  it.each([
    ['Does not apply', null],
    ['None', null],
    ['', null],
    ['Church of England', 'Church of England'],
    ['Roman Catholic', 'Roman Catholic'],
    [' Jewish ', 'Jewish'],
  ])('reads the religious character "%s"', (cell, expected) => {
    expect(religiousCharacterOf(cell)).toBe(expected);
  });

  it.each([
    ['', null],
    ['0', 0],
    ['12', 12],
    ['12.5', 'invalid'],
    ['-1', 'invalid'],
    ['n/a', 'invalid'],
  ])('reads the count "%s"', (cell, expected) => {
    expect(countOf(cell)).toBe(expected);
  });
});
