import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../../functions/core/lists/matching.js';
import { fromStoredList, type StoredList } from '../../../functions/core/lists/stored-list.js';
import { RIGHTS_STATEMENT_PARAGRAPHS } from '../../../functions/core/rights-statement.js';
import { aListRequest } from '../../helpers/list-requests.js';

/** A list as matching 1.0.0 stored it: no range kinds, legal routes, choices or record of names. */
function aVersion1List(): StoredList {
  const { preferAvailablePlaces: _, ...request } = aListRequest(
    { lat: 51, lon: -0.3 },
    { familyNamedSettingIds: ['s1'] },
  );
  return {
    id: 'l_x_1',
    caseReference: 'C1',
    laCode: '938',
    version: 1,
    request,
    statement: {
      version: '2026-11.1',
      title: 'You can ask for any school or college',
      paragraphs: [
        'This list is advice from the council.',
        'You can ask for any school or college.',
        'More.',
      ],
      legalReferences: [],
      localSendiass: null,
      localNotes: [],
      text: 'old text',
    },
    generatedAt: '2026-11-20T10:00:00.000Z',
    generatedBy: 'officer',
    matchingVersion: '1.0.0',
    weights: DEFAULT_WEIGHTS,
    capacityFreshDays: 30,
    officerNotes: null,
    search: { radiusKm: 15, mainstreamRadiusKm: 3 },
    consideredNotListed: [],
    consideredCount: 1,
    entries: [
      {
        rank: 1,
        familyChoice: true,
        setting: {
          id: 's1',
          urn: null,
          name: 'Oak Independent Special',
          kind: 'INDEPENDENT_SPECIAL',
          sector: 'INDEPENDENT',
          section41Approved: true,
          ageRange: { low: 5, high: 19 },
          laCode: '936',
          town: 'Dorking',
          postcode: 'RH4 1AA',
          location: { lat: 51.2, lon: -0.33 },
        },
        provision: {
          id: 's1.p',
          kind: 'MAIN_ROLL',
          name: 'Main',
          designation: ['ASD'],
          apTiers: [],
          placementType: 'SPECIAL_SCHOOL',
        },
        distanceKm: 22,
        capacity: {
          status: 'UNCONFIRMED',
          places: null,
          onRoll: null,
          vacancies: null,
          vacanciesInYear: null,
          pendingConsultations: null,
          lastConfirmedAt: null,
          source: null,
        },
        reasons: [],
        cautions: [],
        score: 55,
      },
    ],
  };
}

describe('a list made under older rules', () => {
  it('is read as stored, with what it never stored derived or null', () => {
    const list = fromStoredList(aVersion1List());
    expect(list.entries[0]).toMatchObject({
      rangeKind: 'INDEPENDENT_SPECIAL',
      legalRoute: { route: 'MUST_NAME_UNLESS_EXCEPTION' },
    });
    expect(list.familyChoices).toEqual([
      expect.objectContaining({
        settingId: 's1',
        rank: 1,
        onRegister: true,
        addedBy: 'OFFICER',
        name: 'Oak Independent Special',
      }),
    ]);
    expect(list.removedFamilyChoices).toEqual([]);
    expect(list.notListedSettings).toBeNull();
    expect(list.rangeNote).toBeNull();
    // Made before lists were searched over the register in memory: no availability, no register mark.
    expect(list.availability).toBeNull();
    expect(list.registerUsed).toBeNull();
    // Its capacity weights scored: it preferred available places.
    expect(list.request.preferAvailablePlaces).toBe(true);
    expect(list.search.specialistReachKm).toBe(15);
    expect(list.statement).toMatchObject({
      version: '2026-11.1',
      effectiveFrom: '2026-11-01',
      text: 'old text',
    });
    expect(list.statement.summary.length).toBeGreaterThan(0);
    expect(list.statement.paragraphs).not.toEqual(RIGHTS_STATEMENT_PARAGRAPHS);
  });
});
