import type { Setting } from '../model.js';
import { toEntry } from './entries.js';
import { evaluate } from './evaluation.js';
import { matchContextOf } from './matching.js';
import type { ListEntry, ListRequest } from './model.js';

// Live figures (capacity, consultations under way) weigh nothing in a list's ranking unless the
// officer prefers available places (weightsFor): without that, the list with live figures has the
// same entries in the same order as the list without, and only what each entry shows of its
// figures moves. Weighing those entries again is a small part of matching every candidate again.

export interface EntriesAgain {
  request: ListRequest;
  now: Date;
  capacityFreshDays: number;
  laNames?: ReadonlyMap<string, string>;
}

/**
 * The entries as matching with live figures gives them, when ranking cannot depend on the figures:
 * each entry weighed again, by the same rules, with its setting as `settingOf` gives it (the same
 * setting with its live figures), so its capacity, the words of its VACANCIES reason and a family
 * choice's FULL caution follow the figures. Null where that cannot be said without matching again:
 * with "prefer available places", or if an entry's setting or provision is not given, or if its
 * score or distance would move (nothing but capacity may differ; a safety net, never expected).
 */
export function entriesWithLiveFigures(
  entries: readonly ListEntry[],
  settingOf: (entry: ListEntry) => Setting | undefined,
  input: EntriesAgain,
): ListEntry[] | null {
  const { request } = input;
  if (request.preferAvailablePlaces) return null;
  const context = matchContextOf(input);
  const again: ListEntry[] = [];
  for (const entry of entries) {
    const setting = settingOf(entry);
    const provision = setting?.provisions.find((p) => p.id === entry.provision.id);
    if (!setting || !provision) return null;
    const has = (code: string) => entry.reasons.some((r) => r.code === code);
    // Matching weighs a setting among the nearest specialist ones for the main need as reached
    // (its distance is then no failure, and the reason says so); a family choice never so.
    const weighed = evaluate(setting, provision, context, !entry.familyChoice && has('SPECIALIST_REACH'));
    if (weighed.score !== entry.score || weighed.distanceKm !== entry.distanceKm) return null;
    // A suggestion was listed because it broke no rule; a family choice is listed whatever it breaks.
    if (!entry.familyChoice && weighed.failures.length > 0) return null;
    const role = entry.familyChoice
      ? { familyChoice: true }
      : { familyChoice: false, nearest: has('NEAREST_SPECIALIST'), range: has('RANGE') };
    again.push({ ...toEntry(weighed, role, context), rank: entry.rank });
  }
  return again;
}
