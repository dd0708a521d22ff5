import { describe, expect, it } from 'vitest';
import type { ListAvailability, RangeKind, TailoredList } from '../../../functions/core/lists/model.js';
import {
  availabilityStateOf,
  listFacts,
  sufficiencyPhaseOf,
} from '../../../functions/core/sufficiency/facts.js';

// The few facts a list files for the council's sufficiency picture: the phase it is planned by,
// what it knew of free places (unknown is never counted as none free), and nothing that names the
// child: no case reference, and the home only to about a kilometre.

describe('the phase a child is planned in', () => {
  it.each([
    [2, 'EARLY_YEARS'],
    [3, 'EARLY_YEARS'],
    [4, 'PRIMARY'],
    [10, 'PRIMARY'],
    [11, 'SECONDARY'],
    [15, 'SECONDARY'],
    [16, 'POST_16'],
    [24, 'POST_16'],
  ])('by age: %i is %s', (age, phase) => {
    expect(sufficiencyPhaseOf(age, null)).toBe(phase);
  });

  it.each([
    [-1, 'EARLY_YEARS'],
    [0, 'PRIMARY'], // Reception
    [6, 'PRIMARY'],
    [7, 'SECONDARY'],
    [11, 'SECONDARY'],
    [12, 'POST_16'],
    [14, 'POST_16'],
  ])('by national-curriculum year, which wins over age: Year %i is %s', (ncYear, phase) => {
    // An age that would say otherwise: the year the officer gave is what the child is in.
    expect(sufficiencyPhaseOf(10, ncYear)).toBe(phase);
  });
});

const read = (counts: Partial<ListAvailability>): ListAvailability => ({
  withinKm: 20,
  considered: 3,
  moreWithinReach: false,
  available: 0,
  limited: 0,
  full: 0,
  unconfirmed: 0,
  nearestWithFreePlace: null,
  nearestSpecialist: null,
  ...counts,
});

describe('what a list knew of free places', () => {
  it.each([
    ['a fresh free place', read({ available: 1, full: 1, unconfirmed: 1 }), 'FREE_PLACE_KNOWN'],
    ['a few places free (limited)', read({ limited: 1, full: 2 }), 'FREE_PLACE_KNOWN'],
    [
      'a free place, though more were within reach than read',
      read({ available: 1, moreWithinReach: true }),
      'FREE_PLACE_KNOWN',
    ],
    ['every one within reach full on a fresh figure', read({ full: 3 }), 'NONE_FREE'],
    ['none within reach at all', read({ considered: 0 }), 'NONE_FREE'],
    ['full ones and one with no fresh figure', read({ full: 2, unconfirmed: 1 }), 'UNKNOWN'],
    ['only stale or missing figures', read({ unconfirmed: 3 }), 'UNKNOWN'],
    [
      'all read were full but more were within reach than read',
      read({ full: 20, considered: 20, moreWithinReach: true }),
      'UNKNOWN',
    ],
    ['nothing kept (a list made before availability was)', null, 'UNKNOWN'],
    ['nothing kept (undefined)', undefined, 'UNKNOWN'],
  ])('%s: %s', (_, availability, state) => {
    expect(availabilityStateOf(availability)).toBe(state);
  });

  it('never counts unknown as none free: NONE_FREE only when every one read was full and none was left unread', () => {
    for (const unconfirmed of [0, 1])
      for (const moreWithinReach of [false, true])
        for (const full of [0, 2]) {
          const state = availabilityStateOf(read({ full, unconfirmed, moreWithinReach }));
          expect(state === 'NONE_FREE').toBe(unconfirmed === 0 && !moreWithinReach);
        }
  });
});

/** A list of the case A/77 for a 9-year-old with autism, homed in LS6, with `entries` by kind. */
function aList(over: Partial<TailoredList> = {}, kinds: { kind: RangeKind; familyChoice?: boolean }[] = []) {
  return {
    id: 'list-77',
    version: 2,
    caseReference: 'A/77',
    laCode: '383',
    generatedAt: '2026-08-31T23:30:00.000Z',
    request: {
      caseReference: 'A/77',
      laCode: '383',
      startDate: '2026-09-03',
      age: 9,
      ncYear: null,
      primaryNeed: 'ASD',
      secondaryNeeds: ['SLCN'],
      provisionPreference: { types: ['SPECIAL_SCHOOL'], apTiers: [], required: false },
      home: { lat: 53.823456, lon: -1.578901, approximate: false, postcodeDistrict: 'LS6' },
      maxTravelKm: 15,
    },
    entries: kinds.map(({ kind, familyChoice = false }) => ({ rangeKind: kind, familyChoice })),
    familyChoices: [{}, {}],
    availability: read({
      available: 1,
      full: 2,
      nearestWithFreePlace: { settingId: 's1', distanceKm: 4.2 } as never,
      nearestSpecialist: { settingId: 's2', distanceKm: 1.5 } as never,
    }),
    ...over,
  } as unknown as TailoredList;
}

describe('the facts a list files', () => {
  it('keeps what the picture counts, and never the case reference', () => {
    const facts = listFacts(aList());
    expect(facts).toMatchObject({
      listId: 'list-77',
      version: 2,
      laCode: '383',
      month: '2026-09', // 00:30 on 1 September in London
      primaryNeed: 'ASD',
      secondaryNeeds: ['SLCN'],
      phase: 'PRIMARY',
      age: 9,
      district: 'LS6',
      maxTravelKm: 15,
      placementTypes: ['SPECIAL_SCHOOL'],
      familyChoices: 2,
      availability: {
        state: 'FREE_PLACE_KNOWN',
        considered: 3,
        nearestFreeKm: 4.2,
        nearestSpecialistKm: 1.5,
      },
    });
    expect(JSON.stringify(facts)).not.toContain('A/77');
    expect(facts).not.toHaveProperty('caseReference');
  });

  it('rounds the home to 0.01° (about a kilometre)', () => {
    expect(listFacts(aList()).home).toEqual({ lat: 53.82, lon: -1.58 });
  });

  it('counts the entries by kind, the family’s own choices apart', () => {
    const facts = listFacts(
      aList({}, [
        { kind: 'STATE_SPECIAL' },
        { kind: 'STATE_SPECIAL' },
        { kind: 'RESOURCED_PROVISION_OR_UNIT' },
        { kind: 'INDEPENDENT_SPECIAL', familyChoice: true },
      ]),
    );
    expect(facts.entriesByKind).toEqual({ STATE_SPECIAL: 2, RESOURCED_PROVISION_OR_UNIT: 1 });
  });

  it('keeps no availability for a list made before it was kept (counted as unknown)', () => {
    expect(listFacts(aList({ availability: undefined })).availability).toBeNull();
  });

  it('files the phase by national-curriculum year when given, and no district without a postcode', () => {
    const list = aList();
    const facts = listFacts({
      ...list,
      request: { ...list.request, ncYear: 7, home: { ...list.request.home, postcodeDistrict: null } },
    });
    expect(facts).toMatchObject({ phase: 'SECONDARY', ncYear: 7, district: null });
  });
});
