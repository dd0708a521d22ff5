import { InvalidInputError } from './errors.js';
import type { AgeRange, Phase, Sector, Setting, SettingKind } from './model.js';
import { outwardCode } from './postcodes.js';

// Searching the register by name, town, postcode district or URN without a scan. Each open
// setting has a pointer per word it is found by (the store keeps them beside the setting). A query
// reads the pointers whose word starts with its most telling word (its lead), and keeps those whose
// setting's text also holds each of its other words as the start of a word.

/** A setting found by a register search: enough to recognise it and to choose it by id. */
export interface SearchResult {
  id: string;
  urn: string | null;
  name: string;
  kind: SettingKind;
  sector: Sector;
  phase: Phase;
  ageRange: AgeRange;
  laCode: string;
  town: string | null;
  postcode: string | null;
}

export const SEARCH_LIMITS = {
  /** Characters in a query, as typed. */
  maxQueryLength: 100,
  /** Distinct words in a query, once normalised. */
  maxQueryWords: 12,
  /** Shorter words are never indexed (they may still narrow a query), but for postcode districts ("E1"). */
  minWordLength: 3,
  /** Pointers per setting at most: bounds the items a setting's transaction writes. */
  maxIndexedWords: 16,
} as const;

// Postcodes and URNs as they look once normalised (lowercase, no space).
const FULL_POSTCODE = /^[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}$/;
const DISTRICT = /^[a-z]{1,2}\d[a-z\d]?$/;
const INWARD = /^\d[a-z]{2}$/;
const URN = /^\d{5,8}$/;

/**
 * Words too common in England's setting names to find anything by (each is in hundreds or
 * thousands of names: "school" in 19,000 of 25,000, "primary" in 12,000, "catholic" in 1,700) or
 * joining words. They are not indexed (nor are words shorter than 3 characters, but postcode
 * districts: "st", "ce", "rc"), and a query needs one word that is neither; in a query they still
 * narrow the results ("st marys catholic horsham").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // Kinds and phases
  'school',
  'schools',
  'primary',
  'secondary',
  'academy',
  'nursery',
  'infant',
  'infants',
  'junior',
  'juniors',
  'college',
  'high',
  'special',
  'community',
  // Religious character
  'church',
  'england',
  'cofe',
  'catholic',
  'roman',
  'saints',
  'voluntary',
  'aided',
  'controlled',
  // Joining words
  'the',
  'and',
  'for',
  'all',
  'upon',
  'with',
]);

/** Words a query may hold that narrow nothing: "the oakfield" finds "Oakfield Primary School". */
const JOINING_WORDS: ReadonlySet<string> = new Set([
  'the',
  'and',
  'of',
  'for',
  'at',
  'in',
  'on',
  'upon',
  'with',
  'a',
  'an',
]);

/** Lowercase, accents folded, apostrophes dropped ("St. Mary's" → "st marys"), other marks as spaces. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`‘]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The normalised words of a text, in order ("Saint" written as "st", as most names have it). */
export function wordsOf(text: string | null | undefined): string[] {
  if (!text) return [];
  const normalised = normaliseText(text);
  return normalised === '' ? [] : normalised.split(' ').map((w) => (w === 'saint' ? 'st' : w));
}

/** Long enough and telling enough to index (and to lead a query); a postcode district always is. */
export function isIndexable(word: string): boolean {
  return (word.length >= SEARCH_LIMITS.minWordLength && !STOP_WORDS.has(word)) || DISTRICT.test(word);
}

/** Only settings not closed are searchable: "proposed to close" ones are still open. */
export function isSearchable(setting: Pick<Setting, 'status'>): boolean {
  return setting.status !== 'CLOSED';
}

/** What a search shows of a setting. */
export function searchResultOf(setting: Setting): SearchResult {
  return {
    id: setting.id,
    urn: setting.urn,
    name: setting.name,
    kind: setting.kind,
    sector: setting.sector,
    phase: setting.phase,
    ageRange: { low: setting.ageRange.low, high: setting.ageRange.high },
    laCode: setting.laCode,
    town: setting.address.town,
    postcode: setting.address.postcode,
  };
}

/** A full postcode without its space, lowercase ("RH12 1AA" → "rh121aa"); null if it is not one. */
export function compactPostcode(postcode: string | null): string | null {
  if (!postcode) return null;
  const compact = postcode.replace(/\s+/g, '').toLowerCase();
  return FULL_POSTCODE.test(compact) ? compact : null;
}

/** The postcode district, lowercase ("RH12 1AA" → "rh12"). */
export function postcodeDistrictOf(postcode: string | null): string | null {
  return postcode ? (outwardCode(postcode)?.toLowerCase() ?? null) : null;
}

/**
 * The words a setting is found by, distinct, each to become one pointer: its URN, full postcode
 * (no space) and postcode district, then the indexable words of its name and of its town. At
 * most SEARCH_LIMITS.maxIndexedWords (a name that long still has its first words indexed).
 */
export function indexedWords(result: SearchResult): string[] {
  const words = [
    result.urn ? normaliseText(result.urn).replace(/ /g, '') : '',
    compactPostcode(result.postcode) ?? '',
    postcodeDistrictOf(result.postcode) ?? '',
    ...wordsOf(result.name),
    ...wordsOf(result.town),
  ].filter(isIndexable);
  return [...new Set(words)].slice(0, SEARCH_LIMITS.maxIndexedWords);
}

/**
 * The text the other words of a query are looked for in: every word of the name, town, postcode
 * (spaced and not) and URN, between spaces, so " w" occurs in it exactly when w starts a word.
 */
export function searchText(result: SearchResult): string {
  const words = [
    ...wordsOf(result.name),
    ...wordsOf(result.town),
    ...wordsOf(result.postcode),
    compactPostcode(result.postcode) ?? '',
    ...wordsOf(result.urn),
  ].filter((w) => w !== '');
  return ` ${[...new Set(words)].join(' ')} `;
}

/** A query, parsed: its words, and the one that leads (read from the index). */
export interface SearchQuery {
  /** Every distinct word, normalised, a full postcode joined into one word. */
  words: string[];
  /** The word whose pointers are read: a URN, a full postcode, else the longest indexable word. */
  lead: string;
  /** The other words (but joining words like "the"), each of which must start a word of a result's text. */
  others: string[];
}

/**
 * Parses what was typed into a search box. Refused (BAD_USER_INPUT on `field`) when it is too
 * long or holds no word to look up: only short or very common words.
 */
export function parseSearchQuery(raw: string, field = 'query'): SearchQuery {
  if (raw.length > SEARCH_LIMITS.maxQueryLength) {
    throw new InvalidInputError([
      {
        field,
        code: 'TOO_LONG',
        params: { max: SEARCH_LIMITS.maxQueryLength },
        message: `must be at most ${SEARCH_LIMITS.maxQueryLength} characters`,
      },
    ]);
  }
  const words = [...new Set(joinPostcodes(wordsOf(raw)))];
  if (words.length > SEARCH_LIMITS.maxQueryWords) {
    throw new InvalidInputError([
      {
        field,
        code: 'TOO_MANY',
        params: { max: SEARCH_LIMITS.maxQueryWords },
        message: `must be at most ${SEARCH_LIMITS.maxQueryWords} words`,
      },
    ]);
  }
  const candidates = words.filter(isIndexable);
  if (candidates.length === 0) {
    throw new InvalidInputError([
      {
        field,
        code: 'NO_WORD_TO_SEARCH',
        params: { empty: words.length === 0 ? 1 : 0 },
        message:
          words.length === 0
            ? 'give a setting’s name, town, postcode district or URN'
            : `needs a word of ${SEARCH_LIMITS.minWordLength} or more letters that is not a common one like “school”, “primary” or “the”: a setting’s name, town, postcode district or URN`,
      },
    ]);
  }
  const lead = [...candidates].sort(leadOrder)[0] as string;
  return { words, lead, others: words.filter((w) => w !== lead && !JOINING_WORDS.has(w)) };
}

/** True when every word starts a word of the text (as made by searchText). */
export function textHasWords(text: string, words: readonly string[]): boolean {
  return words.every((w) => text.includes(` ${w}`));
}

/**
 * A setting found through the pointer of `word` counts only there when that word is its first
 * indexed word (in index order) starting with the lead: a setting with two such words ("rh12" and
 * "rh121aa") is returned once, and never again on a later page.
 */
export function isFirstHit(word: string, result: SearchResult, lead: string): boolean {
  return !indexedWords(result).some((w) => w.startsWith(lead) && w < word);
}

/** "rh12 2nr" typed with its space becomes one word, "rh122nr", as it is indexed. */
function joinPostcodes(words: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    if (next !== undefined && DISTRICT.test(word) && INWARD.test(next)) {
      joined.push(word + next);
      i++;
    } else joined.push(word);
  }
  return joined;
}

/** URNs first, then full postcodes, then longer words (fewer settings share them), then a–z. */
function leadOrder(a: string, b: string): number {
  const rank = (w: string) => (URN.test(w) ? 0 : FULL_POSTCODE.test(w) ? 1 : 2);
  return rank(a) - rank(b) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
}
