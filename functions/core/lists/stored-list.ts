import { completeStoredStatement, type StoredRightsStatement } from '../rights-statement.js';
import { legalRouteOf } from './legal-route.js';
import type { FamilyChoice, ListEntry, ListRequest, ListSearch, TailoredList } from './model.js';
import { rangeKindOf } from './range.js';

// Lists are immutable: a list made under older rules is read as it was stored. Fields those rules
// never stored are derived here, at read time, from what they did store — or left null where they
// cannot be (the schema says which).

/** A list as stored by any matching version. */
export type StoredList = Omit<
  TailoredList,
  | 'statement'
  | 'entries'
  | 'request'
  | 'search'
  | 'familyChoices'
  | 'removedFamilyChoices'
  | 'notListedSettings'
  | 'rangeNote'
> & {
  statement: StoredRightsStatement;
  entries: (Omit<ListEntry, 'rangeKind' | 'legalRoute'> &
    Partial<Pick<ListEntry, 'rangeKind' | 'legalRoute'>>)[];
  request: Omit<ListRequest, 'preferAvailablePlaces'> & { preferAvailablePlaces?: boolean };
  search: Omit<ListSearch, 'specialistReachKm'> & { specialistReachKm?: number };
  familyChoices?: FamilyChoice[];
  removedFamilyChoices?: FamilyChoice[];
  notListedSettings?: TailoredList['notListedSettings'];
  rangeNote?: string | null;
};

/**
 * The list as the API serves it. For lists made before matching 2.0.0: each entry's range kind
 * and legal route come from the setting and provision it stored; the family's choices are its
 * family entries (on the register, added by the officer when the list was made); capacity was
 * preferred if its weights scored it; the specialist reach was the travel distance. The names of
 * settings weighed and left off were never stored: null.
 */
export function fromStoredList(stored: StoredList): TailoredList {
  const entries: ListEntry[] = stored.entries.map((e) => ({
    ...e,
    rangeKind: e.rangeKind ?? rangeKindOf(e.setting.sector, e.provision.placementType),
    legalRoute: e.legalRoute ?? legalRouteOf(e.setting),
  }));
  return {
    ...stored,
    statement: completeStoredStatement(stored.statement),
    entries,
    request: {
      ...stored.request,
      preferAvailablePlaces: stored.request.preferAvailablePlaces ?? stored.weights.available > 0,
    },
    search: {
      ...stored.search,
      specialistReachKm: stored.search.specialistReachKm ?? stored.search.radiusKm,
    },
    familyChoices:
      stored.familyChoices ?? entries.filter((e) => e.familyChoice).map((e, i) => legacyChoice(e, i, stored)),
    removedFamilyChoices: stored.removedFamilyChoices ?? [],
    notListedSettings: stored.notListedSettings ?? null,
    rangeNote: stored.rangeNote ?? null,
    availability: stored.availability ?? null,
    registerUsed: stored.registerUsed ?? null,
  };
}

function legacyChoice(entry: ListEntry, index: number, list: StoredList): FamilyChoice {
  return {
    id: `legacy-${entry.setting.id}`,
    rank: index + 1,
    addedBy: 'OFFICER',
    addedAt: list.generatedAt,
    onRegister: true,
    settingId: entry.setting.id,
    name: entry.setting.name,
    town: entry.setting.town,
    postcode: entry.setting.postcode,
    laCode: entry.setting.laCode,
    website: null,
    urn: entry.setting.urn,
    legalRoute: entry.legalRoute,
    note: null,
    removedAt: null,
    removedBy: null,
    removedReason: null,
  };
}
