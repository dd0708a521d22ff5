import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../functions/core/errors.js';
import {
  indexedWords,
  isFirstHit,
  isSearchable,
  normaliseText,
  parseSearchQuery,
  type SearchResult,
  searchResultOf,
  searchText,
  textHasWords,
} from '../../functions/core/search.js';
import { aSetting } from '../helpers/settings.js';

const result = (overrides: Partial<SearchResult> = {}): SearchResult => ({
  id: 's1',
  urn: '126012',
  name: "St Mary's Catholic Primary School",
  kind: 'MAINSTREAM',
  sector: 'ACADEMY',
  phase: 'PRIMARY',
  ageRange: { low: 4, high: 11 },
  laCode: '938',
  town: 'Bognor Regis',
  postcode: 'PO21 1AB',
  ...overrides,
});

function refusal(query: string): InvalidInputError {
  try {
    parseSearchQuery(query);
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error(`"${query}" was accepted`);
}

describe('normaliseText', () => {
  it.each([
    ["St. Mary's", 'st marys'],
    ['ST MARY’S C.E. (AIDED)', 'st marys c e aided'],
    ['Stoke-on-Trent', 'stoke on trent'],
    ['École  Française', 'ecole francaise'],
    ['  ', ''],
  ])('normalises %j to %j', (raw, normalised) => {
    expect(normaliseText(raw)).toBe(normalised);
  });
});

describe('the words a setting is found by', () => {
  it('are its URN, full postcode, district, and the telling words of its name and town', () => {
    expect(indexedWords(result())).toEqual(['126012', 'po211ab', 'po21', 'marys', 'bognor', 'regis']);
  });

  it('take in a postcode district of 2 characters', () => {
    expect(indexedWords(result({ postcode: 'E1 6AN', town: 'London', urn: null }))).toEqual([
      'e16an',
      'e1',
      'marys',
      'london',
    ]);
  });

  it('leave out common and short words', () => {
    const words = indexedWords(
      result({ name: 'The Holy Trinity Church of England (VA) Infant School', town: 'St Ives', urn: null }),
    );
    expect(words).toEqual(['po211ab', 'po21', 'holy', 'trinity', 'ives']);
  });

  it('are distinct and at most 16, however long the name', () => {
    const name = Array.from({ length: 30 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`).join(
      ' ',
    );
    const words = indexedWords(result({ name: `${name} ${name}` }));
    expect(words).toHaveLength(16);
    expect(new Set(words).size).toBe(16);
  });

  it('are none without a name word, town, postcode or URN worth indexing', () => {
    expect(
      indexedWords(result({ name: 'The Primary School', town: null, postcode: null, urn: null })),
    ).toEqual([]);
  });

  it('come with a text holding every word, spaced, so a word is found only at the start of one', () => {
    const text = searchText(result());
    expect(text).toBe(' st marys catholic primary school bognor regis po21 1ab po211ab 126012 ');
    expect(textHasWords(text, ['st', 'mar', 'bog'])).toBe(true);
    expect(textHasWords(text, ['arys'])).toBe(false);
    expect(textHasWords(text, ['marys', 'london'])).toBe(false);
  });
});

describe('searchable settings', () => {
  it('are open or proposed to close, never closed', () => {
    expect(isSearchable({ status: 'OPEN' })).toBe(true);
    expect(isSearchable({ status: 'PROPOSED_TO_CLOSE' })).toBe(true);
    expect(isSearchable({ status: 'CLOSED' })).toBe(false);
  });

  it('show what a family needs to recognise and choose one', () => {
    const setting = aSetting({ name: 'Oakfield Primary School', urn: '123456' }, 's_oak');
    expect(searchResultOf(setting)).toEqual({
      id: 's_oak',
      urn: '123456',
      name: 'Oakfield Primary School',
      kind: 'MAINSTREAM',
      sector: 'LA_MAINTAINED',
      phase: 'PRIMARY',
      ageRange: { low: 4, high: 11 },
      laCode: '938',
      town: 'Horsham',
      postcode: setting.address.postcode,
    });
  });
});

describe('parseSearchQuery', () => {
  it.each([
    ['oakfield', 'oakfield', []],
    ['Oakfield Horsham', 'oakfield', ['horsham']],
    ["st mary's catholic horsham", 'horsham', ['st', 'marys', 'catholic']],
    ['RH12', 'rh12', []],
    ['E1', 'e1', []],
    ['marys e1', 'marys', ['e1']],
    ['rh12 2nr', 'rh122nr', []],
    ['oakfield RH12 2NR', 'rh122nr', ['oakfield']],
    ['126012 oakfield', '126012', ['oakfield']],
    ['oak oak OAK', 'oak', []],
    ['Wycombe High', 'wycombe', ['high']],
    ['The Oakfield School', 'oakfield', ['school']],
    ['Saint Marys', 'marys', ['st']],
  ])('reads %j by its lead word %j, the others narrowing', (query, lead, others) => {
    const parsed = parseSearchQuery(query);
    expect(parsed.lead).toBe(lead);
    expect(parsed.others).toEqual(others);
  });

  it('leads with the longest word, and among equals the first in a–z order', () => {
    expect(parseSearchQuery('park hill').lead).toBe('hill');
    expect(parseSearchQuery('hill park').lead).toBe('hill');
  });

  it.each([
    ['', 'give a setting’s name'],
    ['   ', 'give a setting’s name'],
    ['The Primary School', 'not a common one'],
    ['st ce rc', 'not a common one'],
    ['a b', 'not a common one'],
  ])('refuses %j, saying what a query needs', (query, message) => {
    const error = refusal(query);
    expect(error.field).toBe('query');
    expect(error.issues[0]?.message).toContain(message);
  });

  it('refuses a query over 100 characters or 12 words', () => {
    expect(refusal('x'.repeat(101)).issues[0]?.message).toContain('100 characters');
    const thirteen = Array.from({ length: 13 }, (_, i) => `word${i}`).join(' ');
    expect(refusal(thirteen).issues[0]?.message).toContain('12 words');
    expect(parseSearchQuery('x'.repeat(100)).lead).toBe('x'.repeat(100));
  });
});

describe('isFirstHit', () => {
  it('counts a setting once, at its first word starting with the lead', () => {
    const r = result({ postcode: 'RH12 1AA', town: 'Horsham' });
    expect(isFirstHit('rh12', r, 'rh12')).toBe(true);
    expect(isFirstHit('rh121aa', r, 'rh12')).toBe(false);
    expect(isFirstHit('rh121aa', r, 'rh121')).toBe(true);
    expect(isFirstHit('marys', r, 'mar')).toBe(true);
  });
});
