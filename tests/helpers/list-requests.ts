import type { ListRequest } from '../../functions/core/lists/model.js';

/** A parsed list request (for pure tests): a 9-year-old with ASD, near `home`. */
export function aListRequest(
  home: { lat: number; lon: number },
  overrides: Partial<ListRequest> = {},
): ListRequest {
  return {
    caseReference: 'C1',
    laCode: '938',
    startDate: '2027-01-05',
    age: 9,
    ncYear: null,
    primaryNeed: 'ASD',
    secondaryNeeds: [],
    provisionPreference: null,
    home: { ...home, approximate: false, postcodeDistrict: null },
    maxTravelKm: 15,
    travelDistanceDefaulted: false,
    genderIntake: null,
    boarding: null,
    religiousCharacter: null,
    familyNamedSettingIds: [],
    maxEntries: 10,
    preferAvailablePlaces: false,
    ...overrides,
  };
}
