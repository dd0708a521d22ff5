import * as z from 'zod';
import { FiguresNotConfirmableError } from './errors.js';
import type { ActorRole, Capacity, CapacityFigures, CapacitySource } from './model.js';
import { coded } from './refusal-codes.js';
import { optionalText, parseOrThrow } from './validation.js';

const MAX_PLACES = 5000;
const MAX_NC_YEAR = 14;

const count = (what: string) =>
  z
    .number()
    .int(`${what} must be a whole number`)
    .min(0, `${what} must be 0 or more`)
    .max(MAX_PLACES, `${what} must be at most ${MAX_PLACES}`);

const capacityInput = z
  .object({
    provisionId: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
    expectedVersion: z.number().int('must be a whole number').min(0, 'must be 0 or more'),
    places: count('places'),
    // On roll may exceed places: settings are often over their commissioned number.
    onRoll: count('onRoll'),
    vacancies: count('vacancies'),
    vacanciesByYear: z
      .array(
        z.object({
          year: z
            .number()
            .int('must be a whole number')
            .min(0, 'must be 0 (Reception) to 14')
            .max(MAX_NC_YEAR, 'must be 0 (Reception) to 14'),
          vacancies: count('vacancies'),
        }),
      )
      .max(MAX_NC_YEAR + 1)
      .nullish(),
    pendingConsultations: count('pendingConsultations').nullish(),
    note: optionalText(500),
  })
  .superRefine((c, ctx) => {
    if (c.vacancies > c.places) {
      ctx.addIssue({
        code: 'custom',
        path: ['vacancies'],
        ...coded('VACANCIES_OVER_PLACES', `must not be above places (${c.places})`, {
          vacancies: c.vacancies,
          places: c.places,
        }),
      });
    }
    const byYear = c.vacanciesByYear ?? [];
    const years = byYear.map((y) => y.year);
    if (new Set(years).size !== years.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['vacanciesByYear'],
        ...coded('GIVEN_TWICE', 'each year may be given once'),
      });
    }
    const sum = byYear.reduce((total, y) => total + y.vacancies, 0);
    if (byYear.length > 0 && sum !== c.vacancies) {
      ctx.addIssue({
        code: 'custom',
        path: ['vacanciesByYear'],
        ...coded(
          'YEAR_VACANCIES_DO_NOT_ADD_UP',
          `must add up to vacancies (${c.vacancies}); they add up to ${sum}`,
          {
            vacancies: c.vacancies,
            sum,
          },
        ),
      });
    }
  });

export interface CapacityUpdate {
  provisionId: string;
  expectedVersion: number;
  figures: CapacityFigures;
}

/** Validates an updateCapacity input. Throws InvalidInputError naming each field at fault. */
export function parseCapacityInput(input: unknown): CapacityUpdate {
  const c = parseOrThrow(capacityInput, input, 'input');
  return {
    provisionId: c.provisionId,
    expectedVersion: c.expectedVersion,
    figures: {
      places: c.places,
      onRoll: c.onRoll,
      vacancies: c.vacancies,
      vacanciesByYear: [...(c.vacanciesByYear ?? [])].sort((a, b) => a.year - b.year),
      pendingConsultations: c.pendingConsultations ?? 0,
      note: c.note ? c.note : null,
    },
  };
}

/** The source recorded for figures stated by someone acting in this role. */
export function sourceFor(role: ActorRole): CapacitySource {
  return role === 'SETTING_STAFF' ? 'SETTING' : 'LA';
}

/** Stamps figures with who stated them and when. */
export function stateCapacity(
  figures: CapacityFigures,
  by: { subject: string; role: ActorRole },
  now: string,
): Capacity {
  return { ...figures, source: sourceFor(by.role), updatedAt: now, updatedBy: by.subject };
}

/** The sources whose figures are a person's own statement: the only ones that can be confirmed. */
export const CONFIRMABLE_SOURCES: readonly CapacitySource[] = ['SETTING', 'LA'];

/**
 * "These figures are still correct": the same figures, stamped with who confirmed them and when.
 * Refused for figures from a GIAS import or the synthetic model (a click must not turn census or
 * model numbers into a school's own), and where there are no figures.
 */
export function confirmCapacity(
  provisionId: string,
  capacity: Capacity | null,
  by: { subject: string },
  now: string,
): Capacity {
  if (!capacity || !CONFIRMABLE_SOURCES.includes(capacity.source)) {
    throw new FiguresNotConfirmableError(provisionId, capacity?.source ?? null);
  }
  return { ...capacity, confirmedAt: now, confirmedBy: by.subject };
}
