import { dateInWords } from '../../../functions/core/journey/dates.js';
import type { FamilyLinkStatus } from '../../../functions/core/journey/link-life.js';
import { familyPageUrl } from '../../../functions/core/lists/family-link.js';
import { capacityNote, distanceNote } from '../../../functions/core/lists/family-view.js';
import type { FamilyChoice, TailoredList } from '../../../functions/core/lists/model.js';
import {
  AP_TIER_TEXT,
  NOT_LISTED_LABELS,
  PLACEMENT_TYPE_WORDS,
  SETTING_KIND_WORDS,
} from '../../../functions/core/words.js';
import { listEntryModel, statementModel } from '../family-page.js';
import { distanceWords, instantInWords } from '../format.js';
import { countWords, needWords, yearWords } from './words.js';

// A list as an officer reads it: what was asked, the statement, every entry with its points, the
// record of what was considered, its versions and its family links. Pure: the clock passed in.
// The "Make a list" form is new-list-form.ts's.

/** A family link just made: its address is shown once, as only its hash is kept. */
export interface NewLinkShown {
  token: string;
  expiresAt: string;
}

export interface ListPageInput {
  list: TailoredList;
  /** Every version of the case, newest first (tailoredLists). */
  versions: readonly TailoredList[];
  /** Each with when it stops opening: a decision keeps links open a month past its appeal date. */
  links: readonly FamilyLinkStatus[];
  now: Date;
  /** The site's public origin, for the family link's address. */
  origin: string;
  /** A link made by this request (the list just made, or "Make a new family link"). */
  newLink?: NewLinkShown | null;
  /** Set after the list was made by the form before. */
  justMade?: boolean;
  /** Set when the form before repeated one that had made this list (a reload, a double click). */
  repeated?: boolean;
  /** Links withdrawn by the last request, for its notification. */
  withdrawn?: number | null;
}

/** The case's journey page (another page): named by the LA and the reference, which may hold a slash. */
export function casePath(laCode: string, caseReference: string): string {
  return `/case?la=${encodeURIComponent(laCode)}&ref=${encodeURIComponent(caseReference)}`;
}

export function listPath(listId: string): string {
  return `/lists/${encodeURIComponent(listId)}`;
}

function choiceModel(c: FamilyChoice) {
  return {
    rank: c.rank,
    name: c.name,
    where: [c.town, c.postcode].filter(Boolean).join(', ') || null,
    website: c.website && /^https?:\/\//.test(c.website) ? c.website : null,
    onRegister: c.onRegister,
    addedBy: c.addedBy === 'FAMILY' ? 'The family' : 'The council',
    addedOn: instantInWords(c.addedAt),
    legalRouteReason: c.legalRoute.reason,
    legalBasis: c.legalRoute.basis,
    note: c.note,
    removedOn: c.removedAt ? instantInWords(c.removedAt) : null,
    removedReason: c.removedReason,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A list as an officer reads it: what was asked, the statement, every entry with its points, the record. */
export function listPageModel({
  list,
  versions,
  links,
  now,
  origin,
  newLink = null,
  justMade = false,
  repeated = false,
  withdrawn = null,
}: ListPageInput) {
  const r = list.request;
  const latest = versions.reduce((max, v) => Math.max(max, v.version), list.version);
  const entries = list.entries.map((e, index) => ({
    ...listEntryModel(e, index, now),
    reasons: e.reasons.map((reason) => ({ text: reason.text, points: round(reason.points) })),
    score: round(e.score),
    legalBasis: e.legalRoute.basis,
  }));
  const activeLinks = links.filter((l) => l.active).length;
  return {
    id: list.id,
    path: listPath(list.id),
    caseReference: list.caseReference,
    laCode: list.laCode,
    casePath: casePath(list.laCode, list.caseReference),
    version: list.version,
    latestVersion: latest,
    newerVersionAvailable: latest > list.version,
    generatedOn: instantInWords(list.generatedAt),
    generatedBy: list.generatedBy,
    matchingVersion: list.matchingVersion,
    statement: statementModel(list.statement),
    request: {
      primaryNeed: needWords(r.primaryNeed),
      secondaryNeeds: r.secondaryNeeds.map(needWords),
      age: r.ncYear !== null ? `${r.age} (${yearWords(r.ncYear)})` : String(r.age),
      startDate: dateInWords(r.startDate),
      home: r.home.postcodeDistrict
        ? `Postcode district ${r.home.postcodeDistrict} (distances from its centre)`
        : 'A point given by the council',
      travel: `${r.maxTravelKm} km${r.travelDistanceDefaulted ? ' (the usual distance for this age)' : ''}`,
      provision: r.provisionPreference
        ? `${r.provisionPreference.types.map((t) => PLACEMENT_TYPE_WORDS[t]).join('; ')}${
            r.provisionPreference.apTiers.length
              ? `: ${r.provisionPreference.apTiers.map((t) => AP_TIER_TEXT[t]).join(', ')}`
              : ''
          }${r.provisionPreference.required ? ' (only these kinds)' : ' (preferred, not required)'}`
        : 'Any kind',
      boarding: r.boarding === 'DAY' ? 'Day' : r.boarding === 'RESIDENTIAL' ? 'Residential' : 'Either',
      genderIntake:
        r.genderIntake === 'BOYS'
          ? 'Mixed schools and boys’ schools'
          : r.genderIntake === 'GIRLS'
            ? 'Mixed schools and girls’ schools'
            : 'All schools',
      religiousCharacter: r.religiousCharacter,
      preferAvailablePlaces: r.preferAvailablePlaces,
      maxEntries: r.maxEntries,
    },
    officerNotes: list.officerNotes,
    capacityNote: capacityNote(r),
    distanceNote: distanceNote(r),
    rangeNote: list.rangeNote,
    choices: list.familyChoices.map(choiceModel),
    removedChoices: list.removedFamilyChoices.map(choiceModel),
    entries,
    allFull: entries.length > 0 && entries.every((e) => e.capacityStatus === 'FULL'),
    record: {
      consideredCount: list.consideredCount,
      counts: list.consideredNotListed
        .filter((c) => c.count > 0)
        .map((c) => ({ reason: NOT_LISTED_LABELS[c.reason], count: c.count })),
      notListed:
        list.notListedSettings?.map((s) => ({
          name: s.name,
          place: s.town,
          kind: SETTING_KIND_WORDS[s.kind],
          distance: distanceWords(s.distanceKm),
          reason: NOT_LISTED_LABELS[s.reason],
          specialist: s.specialist,
        })) ?? null,
      search: {
        radius: `${round(list.search.radiusKm)} km`,
        mainstreamRadius: `${round(list.search.mainstreamRadiusKm)} km`,
        specialistReach: `${round(list.search.specialistReachKm)} km`,
      },
      capacityFreshDays: list.capacityFreshDays,
      notListedKnown: list.notListedSettings !== null,
    },
    versions: versions.map((v) => ({
      version: v.version,
      path: listPath(v.id),
      generatedOn: instantInWords(v.generatedAt),
      entries: v.entries.length,
      choices: v.familyChoices.length,
      holds: `${countWords(v.entries.length, 'suggestion', 'suggestions')}, ${countWords(v.familyChoices.length, 'family’s choice', 'family’s choices')}`,
      current: v.id === list.id,
    })),
    links: links.map((l) => ({
      createdOn: instantInWords(l.createdAt),
      expiresOn: linkUntilWords(l),
      status: l.revokedAt ? `Withdrawn on ${instantInWords(l.revokedAt)}` : l.active ? 'Works' : 'Expired',
    })),
    activeLinks,
    newLink: newLink
      ? { url: familyPageUrl(origin, newLink.token), expiresOn: instantInWords(newLink.expiresAt) }
      : null,
    justMade,
    repeatedText: repeated
      ? 'This list was already made from the same form, so nothing new was made. Its family link was shown when it was made: if it was not copied, make a new link.'
      : null,
    withdrawnText: withdrawn === null ? null : withdrawnWords(withdrawn),
  };
}

/** When a link stops opening, beside the appeal date of the decision in force when there is one. */
export function linkUntilWords(l: Pick<FamilyLinkStatus, 'opensUntil' | 'expiresAt' | 'appealBy'>): string {
  const until = instantInWords(l.opensUntil);
  if (!l.appealBy) return until;
  const appeal = dateInWords(l.appealBy);
  return l.opensUntil === l.expiresAt
    ? `${until} (the appeal date is ${appeal})`
    : `${until}: a month after the appeal date, ${appeal}`;
}

/** What "Withdraw this list's family links" did. */
export function withdrawnWords(count: number): string {
  if (count === 0) return 'No link was working, so nothing was withdrawn.';
  return count === 1
    ? 'Withdrew 1 family link. It no longer opens this list.'
    : `Withdrew ${count} family links. They no longer open this list.`;
}

export type ListPageModel = ReturnType<typeof listPageModel>;
