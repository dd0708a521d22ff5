import { randomUUID } from 'node:crypto';

/** A unique, readable suffix so each test's data is its own. */
export const unique = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

/** A valid upsertSetting input: a West Sussex primary with an ASD resourced provision. */
export function aSettingInput(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    name: unique('Test Primary School'),
    kind: 'MAINSTREAM',
    sector: 'LA_MAINTAINED',
    phase: 'PRIMARY',
    ageRange: { low: 4, high: 11 },
    laCode: '938',
    address: { lines: ['1 School Lane'], town: 'Horsham', postcode: 'rh12 1aa' },
    location: { lat: 51.06, lon: -0.33 },
    provisions: [
      { kind: 'MAIN_ROLL', name: 'Main roll', designation: [] },
      {
        kind: 'RESOURCED_PROVISION',
        name: 'Autism base',
        designation: ['ASD'],
        ageRange: { low: 5, high: 11 },
      },
    ],
    ...overrides,
  };
}

/** A valid updateCapacity input for a provision at `expectedVersion`. */
export function aCapacityInput(
  provisionId: string,
  expectedVersion: number,
  overrides: Record<string, unknown> = {},
) {
  return { provisionId, expectedVersion, places: 12, onRoll: 10, vacancies: 2, ...overrides };
}
