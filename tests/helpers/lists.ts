import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { RIGHTS_STATEMENT_VERSION } from '../../functions/core/rights-statement.js';
import { asOfficer, asStaff, type GraphqlResponse, gqlOk } from './api.js';
import { aSettingInput, unique } from './builders.js';
import { GENERATE_LIST, UPDATE_CAPACITY, UPSERT_SETTING } from './operations.js';

/** A random spot in the English Midlands, so each test's settings are the only ones near its child. */
export function aPlace(): { lat: number; lon: number } {
  return { lat: 52 + Math.random() * 1.4, lon: -2.4 + Math.random() * 2.2 };
}

/**
 * A random spot in northern England (Cumbria to County Durham), away from the Midlands where the
 * list tests count the nearest specialist settings: for tests that make settings of their own
 * (the journey, the pages) without crowding theirs.
 */
export function aNorthernPlace(): { lat: number; lon: number } {
  return { lat: 54.2 + Math.random() * 0.8, lon: -3.0 + Math.random() * 1.5 };
}

/** `km` east of a place. */
export function east(place: { lat: number; lon: number }, km: number) {
  return { lat: place.lat, lon: place.lon + km / (111.32 * Math.cos((place.lat * Math.PI) / 180)) };
}

/** Places no other test puts settings near: for lists that must be empty, or all full. */
export const QUIET_PLACES = {
  northSea: { lat: 56.2, lon: 1.6 },
  shetland: { lat: 60.4, lon: -1.3 },
} as const;

/** The entries for settings this test made: other tests' settings may be near a random place too. */
export function own(entries: any[], ...settings: { id: string }[]): any[] {
  const ids = new Set(settings.map((s) => s.id));
  return entries.filter((e) => ids.has(e.setting.id));
}

export const caseRef = () => `T/${randomUUID().slice(0, 13)}`;

interface SettingSpec {
  name: string;
  at: { lat: number; lon: number };
  kind?: string;
  laCode?: string;
  ageRange?: { low: number; high: number };
  designation?: string[];
  /** Capacity stated by the setting's staff; none if absent. */
  capacity?: { places: number; onRoll: number; vacancies: number };
  status?: string;
}

/** Sends one operation and gives its data (throws on errors): the shared local API's, or a test's own stack's. */
export type Send = (query: string, variables: Record<string, unknown>, token?: string) => Promise<any>;

/** Creates a setting through the API (an officer of its LA) and states its capacity as its staff. */
export async function aSettingAt(spec: SettingSpec, send: Send = gqlOk) {
  const laCode = spec.laCode ?? '938';
  const special = (spec.kind ?? 'SPECIAL') === 'SPECIAL';
  const input = aSettingInput({
    name: unique(spec.name),
    laCode,
    kind: spec.kind ?? 'SPECIAL',
    phase: special ? 'ALL_THROUGH' : 'PRIMARY',
    ageRange: spec.ageRange ?? (special ? { low: 4, high: 19 } : { low: 4, high: 11 }),
    location: spec.at,
    status: spec.status ?? 'OPEN',
    provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: spec.designation ?? [] }],
  });
  const setting = (await send(UPSERT_SETTING, { input }, asOfficer(laCode))).upsertSetting;
  if (spec.capacity) {
    await send(
      UPDATE_CAPACITY,
      { input: { provisionId: setting.provisions[0].id, expectedVersion: 0, ...spec.capacity } },
      asStaff(setting.id),
    );
  }
  return setting as { id: string; name: string; provisions: { id: string }[] };
}

/** A valid generateTailoredList input for a 9-year-old with ASD and SLCN living at `home`. */
export function aListInput(home: { lat: number; lon: number }, overrides: Record<string, unknown> = {}) {
  return {
    caseReference: caseRef(),
    laCode: '938',
    age: 9,
    startDate: new Date(Date.now() + 60 * 24 * 3600 * 1000).toISOString().slice(0, 10),
    primaryNeed: 'ASD',
    secondaryNeeds: ['SLCN'],
    home,
    maxTravelKm: 15,
    ...overrides,
  };
}

/** The parents'-rights statement rides in the response's extensions, whatever was selected. */
export function expectRightsExtension(response: GraphqlResponse<unknown>) {
  expect(response.extensions?.parentsRights).toMatchObject({
    version: RIGHTS_STATEMENT_VERSION,
    text: expect.stringContaining('You can ask for any school or college'),
  });
}

/** `n` lists of a council for 9-year-olds with `primaryNeed` at home in `postcode`'s district. */
export async function listsAtPostcode(
  laCode: string,
  n: number,
  primaryNeed: string,
  postcode: string,
  maxTravelKm = 15,
): Promise<void> {
  for (let i = 0; i < n; i++) {
    const input = {
      caseReference: caseRef(),
      laCode,
      age: 9,
      startDate: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
      primaryNeed,
      secondaryNeeds: [],
      homePostcode: postcode,
      maxTravelKm,
    };
    await gqlOk(GENERATE_LIST, { input }, asOfficer(laCode));
  }
}
