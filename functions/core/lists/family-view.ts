import type { RightsStatement } from '../rights-statement.js';
import type {
  FamilyChoice,
  FamilyLinkRecord,
  ListEntry,
  ListRequest,
  NotListedCount,
  NotListedSetting,
  TailoredList,
} from './model.js';

/** What a family link opens: the list without the officer's notes, the request or scores. */
export interface FamilyView {
  statement: RightsStatement;
  distanceNote: string;
  generatedAt: string;
  entries: ListEntry[];
  consideredNotListed: NotListedCount[];
  consideredCount: number;
  expiresAt: string;
  familyChoices: FamilyChoice[];
  removedFamilyChoices: FamilyChoice[];
  /** The specialist settings weighed and left off ("Other settings we looked at"); null on older lists. */
  notListedSettings: NotListedSetting[] | null;
  rangeNote: string | null;
  /** How capacity was used, in plain words. */
  capacityNote: string;
  /** Where distances were measured from (the family's own home, or its postcode district's centre): for the family page's map. */
  home: { lat: number; lon: number; approximate: boolean };
  /** The move between phases the list is for, when its year group and September start say so (reg 18). */
  phaseTransfer: PhaseTransferOf | null;
}

export interface PhaseTransferOf {
  transfer: 'SCHOOL_PHASE' | 'SECONDARY_TO_POST_16';
  /** The calendar year of the move: the plan must name the next setting by 15 February or 31 March of it. */
  year: number;
}

/**
 * The phase move a list is for, told only where its year group is one every child moves at and it
 * starts in the autumn (August to October): Reception and Year 7 between school phases, Year 12
 * from secondary to post-16. Infant-to-junior and middle-school moves depend on the school, so
 * OpenPlace cannot tell them from a year group and says nothing rather than something wrong.
 */
export function phaseTransferOf(request: Pick<ListRequest, 'ncYear' | 'startDate'>): PhaseTransferOf | null {
  const month = Number(request.startDate.slice(5, 7));
  const year = Number(request.startDate.slice(0, 4));
  if (request.ncYear === null || month < 8 || month > 10) return null;
  if (request.ncYear === 0 || request.ncYear === 7) return { transfer: 'SCHOOL_PHASE', year };
  if (request.ncYear === 12) return { transfer: 'SECONDARY_TO_POST_16', year };
  return null;
}

/** The family's view of a list through one of its links. */
export function toFamilyView(list: TailoredList, link: FamilyLinkRecord): FamilyView {
  return {
    statement: list.statement,
    distanceNote: distanceNote(list.request),
    generatedAt: list.generatedAt,
    entries: list.entries,
    consideredNotListed: list.consideredNotListed,
    consideredCount: list.consideredCount,
    expiresAt: link.expiresAt,
    familyChoices: list.familyChoices,
    removedFamilyChoices: list.removedFamilyChoices,
    notListedSettings: list.notListedSettings?.filter((s) => s.specialist) ?? null,
    rangeNote: list.rangeNote,
    capacityNote: capacityNote(list.request),
    home: {
      lat: list.request.home.lat,
      lon: list.request.home.lon,
      approximate: list.request.home.approximate,
    },
    phaseTransfer: phaseTransferOf(list.request),
  };
}

/** Whether free places moved settings up the list: by default they did not. */
export function capacityNote(request: Pick<ListRequest, 'preferAvailablePlaces'>): string {
  return request.preferAvailablePlaces
    ? 'The council asked for settings with free places to be placed higher on this list. A full school or college can still be asked for.'
    : 'Free places did not change the order of this list. A full school or college can still be asked for.';
}

/** How a list's distances were measured, in plain English. */
export function distanceNote(request: ListRequest): string {
  return request.home.postcodeDistrict
    ? `Distances are in a straight line from the centre of postcode district ${request.home.postcodeDistrict}, so they are approximate. Journeys may be longer.`
    : 'Distances are in a straight line from home, so they are approximate. Journeys may be longer.';
}
