import { AVAILABILITY_NEAREST, availabilityOf } from '../core/lists/availability.js';
import { entriesWithLiveFigures } from '../core/lists/live-entries.js';
import { withLiveFigures } from '../core/lists/live-figures.js';
import { type ChoiceToMatch, matchSettings } from '../core/lists/matching.js';
import type { ListAvailability, ListEntry, ListSearch, MatchResult } from '../core/lists/model.js';
import { type SearchState, servingKnown } from '../core/lists/search-plan.js';
import type { Setting } from '../core/model.js';
import type { ListsStore } from '../store/lists-store.js';

/**
 * With "prefer available places", how many of the best candidates (scored without live figures)
 * have their figures read before ranking: live figures move a score by a few points at most, so
 * a candidate further down could not reach the list but by a rare chance (tests/core/lists holds
 * fairness to it).
 */
export const PREFER_AVAILABLE_READS = 100;

type Found = MatchResult & { search: ListSearch };

/**
 * The list with live figures: after the search over the register's static facts, one read (a
 * BatchGetItem, strongly consistent) of the settings whose figures the list shows or ranks by —
 * its entries, the family's choices on the register — and of the nearest specialist settings for
 * the main need within the travel distance, for the list's availability; then matched again with
 * those figures. Ranking without "prefer available places" never depends on them, so the list's
 * entries and order stay as found; with it, the best PREFER_AVAILABLE_READS are read first.
 */
export async function withLiveCapacity(
  lists: Pick<ListsStore, 'getSettings'>,
  state: SearchState,
  found: Found,
): Promise<{ list: Found; availability: ListAvailability }> {
  const { request } = state;
  const known = servingKnown(state);
  const withinReach = known.filter((c) => c.exactKm <= request.maxTravelKm);
  const live = new Map<string, Setting>();
  const tried = new Set<string>();
  const read = async (ids: readonly string[]) => {
    const wanted = [...new Set(ids)].filter((id) => !tried.has(id));
    for (const id of wanted) tried.add(id);
    if (wanted.length === 0) return;
    for (const setting of await lists.getSettings(wanted)) live.set(setting.id, setting);
  };
  const overlaid = new Map<string, Setting>();
  const overlay = (setting: Setting): Setting => {
    if (!live.has(setting.id)) return setting;
    let made = overlaid.get(setting.id);
    if (!made) {
      made = withLiveFigures(setting, live.get(setting.id));
      overlaid.set(setting.id, made);
    }
    return made;
  };
  const candidates = () => [...state.specialist, ...state.fetched, ...state.plain].map(overlay);
  const choices = (): ChoiceToMatch[] =>
    state.choices.map((c) => (c.setting ? { ...c, setting: overlay(c.setting) } : c));
  const match = (maxEntries = request.maxEntries): MatchResult =>
    matchSettings({
      request: maxEntries === request.maxEntries ? request : { ...request, maxEntries },
      candidates: candidates(),
      choices: choices(),
      now: state.now,
      capacityFreshDays: state.capacityFreshDays,
      ...(state.laNames ? { laNames: state.laNames } : {}),
      ...(state.memo ? { memo: state.memo } : {}),
    });
  const ranked = request.preferAvailablePlaces ? match(PREFER_AVAILABLE_READS) : found;
  await read([
    ...settingIdsOf(ranked),
    ...state.choices.flatMap((c) => (c.setting ? [c.setting.id] : [])),
    ...withinReach.slice(0, AVAILABILITY_NEAREST).map((c) => c.settingId),
  ]);
  // Without "prefer available places" the figures cannot move an entry: the entries found, each
  // weighed again with its figures, and not every candidate matched again (live-entries.ts).
  let result = sameEntries(state, found, overlay) ?? match();
  // Ranked by live figures, a setting not read may rise onto the list: read it too, and match again.
  for (let round = 0; round < 2; round++) {
    const unread = settingIdsOf(result).filter((id) => !tried.has(id));
    if (unread.length === 0) break;
    await read(unread);
    result = match();
  }
  return {
    list: { ...result, search: found.search },
    availability: availabilityOf({
      request,
      withinReach,
      nearestAnywhere: known[0] ?? null,
      live,
      now: state.now,
      capacityFreshDays: state.capacityFreshDays,
    }),
  };
}

/** The list found, its entries with live figures; null where the candidates must be matched again. */
function sameEntries(state: SearchState, found: Found, overlay: (setting: Setting) => Setting): Found | null {
  if (state.request.preferAvailablePlaces) return null;
  const listed = new Set(found.entries.flatMap((e) => (e.familyChoice ? [] : [e.setting.id])));
  // The candidate matching weighed for each suggestion: the first read of its id, as it dedupes.
  const candidates = new Map<string, Setting>();
  for (const read of [state.specialist, state.fetched, state.plain])
    for (const s of read) if (listed.has(s.id) && !candidates.has(s.id)) candidates.set(s.id, s);
  const settingOf = (entry: ListEntry): Setting | undefined => {
    const setting = entry.familyChoice
      ? state.choices.find((c) => c.setting?.id === entry.setting.id)?.setting
      : candidates.get(entry.setting.id);
    return setting ? overlay(setting) : undefined;
  };
  const entries = entriesWithLiveFigures(found.entries, settingOf, state);
  return entries ? { ...found, entries } : null;
}

function settingIdsOf(result: MatchResult): string[] {
  return result.entries.map((e) => e.setting.id);
}
