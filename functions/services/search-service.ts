import { createHash } from 'node:crypto';
import { assertCanReadRegister, type Caller } from '../core/access.js';
import { InvalidInputError, TooManyAttemptsError } from '../core/errors.js';
import type { Page } from '../core/model.js';
import { parseSearchQuery, type SearchResult } from '../core/search.js';
import { assertFilterLaCode, type SearchFilter } from '../core/setting-filter.js';
import type { SearchStore } from '../store/search-store.js';
import type { ListsService } from './lists-service.js';

/** Searches one family link may make per window. */
export interface FamilySearchLimit {
  searches: number;
  windowSeconds: number;
}

/** Enough for a family looking for a few settings by hand; far too few to copy the register. */
export const FAMILY_SEARCH_LIMIT: FamilySearchLimit = { searches: 30, windowSeconds: 60 };

export const SEARCH_PAGE = {
  officers: { max: 50 },
  family: { max: 20 },
} as const;

export interface SearchServiceDeps {
  store: SearchStore;
  /** Opens a family link exactly as familyList does: the same uniform NOT_FOUND, the same guess counting. */
  links: Pick<ListsService, 'openFamilyLink'>;
  now: () => Date;
  familyLimit?: FamilySearchLimit;
}

/** Searching the register for open settings by name, town, postcode district or URN. */
export function createSearchService({
  store,
  links,
  now,
  familyLimit = FAMILY_SEARCH_LIMIT,
}: SearchServiceDeps) {
  /** Officers and setting staff: pages of results, `first` 1–50, of an LA and a kind if the filter says. */
  async function searchSettings(
    caller: Caller,
    query: string,
    first: number,
    after?: string | null,
    filter: SearchFilter = {},
  ): Promise<Page<SearchResult>> {
    assertCanReadRegister(caller);
    const parsed = parseSearchQuery(query, 'query');
    assertFilterLaCode(filter);
    return store.searchSettings(parsed, { first: pageSize(first, SEARCH_PAGE.officers.max), after }, filter);
  }

  /**
   * A family, with the token of its link: the first `first` (1–20) results. The link must open
   * an active list; each link may search `familyLimit.searches` times a window, counted in one
   * conditional write, then is answered TOO_MANY_REQUESTS until the window ends.
   */
  async function familySearchSettings(
    token: string,
    query: string,
    first: number,
    source: string,
  ): Promise<SearchResult[]> {
    await links.openFamilyLink(token, source);
    const parsed = parseSearchQuery(query, 'query');
    const size = pageSize(first, SEARCH_PAGE.family.max);
    const at = now();
    const windowMs = familyLimit.windowSeconds * 1000;
    const window = Math.floor(at.getTime() / windowMs);
    // The link's own count, under a hash of its token: the token itself is never stored or logged.
    const counted = await store.countSearch(
      `search:${createHash('sha256').update(token).digest('hex').slice(0, 32)}`,
      window,
      familyLimit.searches,
      Math.ceil(((window + 2) * windowMs) / 1000),
    );
    if (!counted) throw new TooManyAttemptsError(((window + 1) * windowMs - at.getTime()) / 1000);
    return (await store.searchSettings(parsed, { first: size })).items.map((i) => i.item);
  }

  return { searchSettings, familySearchSettings };
}

export type SearchService = ReturnType<typeof createSearchService>;

function pageSize(first: number, max: number): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new InvalidInputError([
      { field: 'first', code: 'OUT_OF_RANGE', params: { min: 1, max }, message: `must be from 1 to ${max}` },
    ]);
  }
  return first;
}
