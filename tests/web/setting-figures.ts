import { applySettingDraft } from '../../functions/core/register.js';
import { parseSettingInput } from '../../functions/core/setting-input.js';
import { randomIds } from '../../functions/services/ids.js';
import { OUTCODES } from '../../functions/services/outcodes.js';
import { asOfficer, gqlOk } from '../helpers/api.js';
import { aSettingInput, unique } from '../helpers/builders.js';
import { testStore } from '../helpers/database.js';
import { aNorthernPlace } from '../helpers/lists.js';
import { settingAt } from './pages.js';

// The settings the figures tests work on (staff-settings*.test.ts): one with its own figures, one
// with the model's, their pages' addresses, and their capacity as the API reads it.

export const CAPACITY = `query Capacity($id: ID!) {
  setting(id: $id) {
    provisions { id capacityVersion capacity { places onRoll vacancies source updatedAt confirmedAt confirmedBy } }
  }
}`;

export type Made = { id: string; name: string; provisions: { id: string }[] };

/** A setting whose staff stated 10 places, 7 on roll, 3 free. */
export const withOwnFigures = (): Promise<Made> =>
  settingAt({
    name: 'Willow Special School',
    at: aNorthernPlace(),
    capacity: { places: 10, onRoll: 7, vacancies: 3 },
  });

/** A setting whose figures came from the synthetic model, as the reference register loads them. */
export async function withModelFigures(): Promise<Made> {
  const now = new Date().toISOString();
  const draft = parseSettingInput(
    aSettingInput({
      name: unique('Model Special School'),
      kind: 'SPECIAL',
      phase: 'ALL_THROUGH',
      ageRange: { low: 4, high: 19 },
      location: aNorthernPlace(),
      provisions: [{ kind: 'MAIN_ROLL', name: 'Main roll', designation: ['ASD'] }],
    }),
    { source: 'REFERENCE', notes: ['Built by a test'], provisionSource: 'SYNTHETIC' },
    OUTCODES,
  );
  const setting = applySettingDraft({ draft, existing: null, ids: randomIds, now });
  const withFigures = {
    ...setting,
    provisions: setting.provisions.map((p) => ({
      ...p,
      capacity: {
        places: 8,
        onRoll: 8,
        vacancies: 0,
        vacanciesByYear: [],
        pendingConsultations: 0,
        note: null,
        source: 'SYNTHETIC' as const,
        updatedAt: now,
        updatedBy: 'openplace-synthetic-model',
      },
    })),
  };
  await testStore.putNewSettings([withFigures]);
  return withFigures;
}

export const pathOf = (s: Made) => `/settings/${encodeURIComponent(s.id)}`;
export const provisionPath = (s: Made, what: string) =>
  `${pathOf(s)}/provisions/${encodeURIComponent(s.provisions[0]?.id ?? '')}/${what}`;

export async function capacityOf(s: Made) {
  const data = await gqlOk(CAPACITY, { id: s.id }, asOfficer('938'));
  return data.setting.provisions[0];
}
