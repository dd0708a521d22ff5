import * as z from 'zod';
import { type FieldIssue, InvalidInputError } from '../errors.js';
import { isCalendarDate } from '../journey/dates.js';
import { laCodeField } from '../la-code.js';
import { AP_TIERS } from '../model.js';
import { NEED_CODES } from '../needs.js';
import { locatePostcode, type OutcodeIndex } from '../postcodes.js';
import { coded } from '../refusal-codes.js';
import { issuesOf, optionalText, parseOrThrow, requiredText } from '../validation.js';
import {
  type FamilyChoiceInput,
  type FamilyChoiceRemoval,
  type ListRequest,
  PLACEMENT_TYPES,
} from './model.js';

export const LIST_LIMITS = {
  defaultEntries: 10,
  maxEntries: 50,
  maxFamilyNamed: 10,
  maxTravelKm: 100,
  maxFamilyLinkDays: 365,
  /**
   * Current family choices a case may hold at once (each request adds at most maxFamilyNamed): a
   * guard against runaway input, well above what a family asks for, so no real choice is refused.
   */
  maxCurrentChoices: 30,
  maxChoiceRemovals: 20,
} as const;

/** Default travel distance by the child's age: further for older children, as settings are sparser. */
export function defaultTravelKm(age: number): number {
  if (age < 4) return 10;
  if (age < 11) return 15;
  if (age < 16) return 25;
  return 30;
}

/** Year N is roughly age N+5 on 1 September. */
export function ageForYear(ncYear: number): number {
  return ncYear + 5;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The LA's own case reference, wherever one is taken: an opaque reference from its case system —
 * letters, digits and / _ . - only, so a name typed by mistake (with a space) is refused.
 */
export const caseReferenceField = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters')
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9/_.-]*$/,
    "must be the LA's case reference: letters, digits and / _ . - only",
  );

/** A setting that is not on the register: the one shape wherever a family's choice is entered. */
export const offRegisterSettingInput = z.object({
  name: requiredText(120),
  urn: z
    .string()
    .trim()
    .regex(/^\d{5,7}$/, 'must be a DfE URN: 5 to 7 digits')
    .nullish(),
  town: optionalText(80),
  postcode: optionalText(10),
  laCode: laCodeField.nullish(),
  website: z
    .string()
    .trim()
    .max(200, 'must be at most 200 characters')
    .regex(/^https?:\/\/\S+$/, 'must be a web address starting http:// or https://')
    .nullish(),
});

export const choiceNote = optionalText(1000);

/** One family choice: a setting on the register by id, or one that is not on it. */
export const familyChoiceInput = z
  .object({
    settingId: z.string().trim().min(1, 'must not be empty').max(80, 'is not a setting id').nullish(),
    offRegister: offRegisterSettingInput.nullish(),
    note: choiceNote,
  })
  .refine((c) => Boolean(c.settingId) !== Boolean(c.offRegister), {
    ...coded('ONE_OF_FIELDS', 'give either settingId or offRegister (one of them)', {
      fields: ['settingId', 'offRegister'],
    }),
    path: ['settingId'],
  });

/** The parsed choice input, in the core's shape. */
export function toFamilyChoiceInput(c: z.infer<typeof familyChoiceInput>): FamilyChoiceInput {
  const note = c.note ? c.note : null;
  if (c.offRegister) {
    const o = c.offRegister;
    return {
      offRegister: {
        name: o.name,
        urn: o.urn ?? null,
        town: o.town ? o.town : null,
        postcode: o.postcode ? o.postcode.toUpperCase() : null,
        laCode: o.laCode ?? null,
        website: o.website ?? null,
      },
      note,
    };
  }
  return { settingId: c.settingId ?? '', note };
}

const listRequestInput = (today: Date) =>
  z
    .object({
      caseReference: caseReferenceField,
      laCode: laCodeField,
      age: z.number().int('must be a whole number of years').min(0).max(25, 'must be at most 25').nullish(),
      ncYear: z
        .number()
        .int('must be a whole number')
        .min(0, 'must be 0 (Reception) to 14')
        .max(14, 'must be 0 (Reception) to 14')
        .nullish(),
      startDate: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
        // Date.parse takes 30 February for 2 March: only a date in the calendar is one.
        .refine(isCalendarDate, coded('NOT_A_DATE', 'must be a real date'))
        .refine(
          (d) => Date.parse(`${d}T00:00:00Z`) >= today.getTime() - 366 * DAY_MS,
          coded('START_DATE_OUT_OF_RANGE', 'must not be more than a year ago', { earliest: 'a year ago' }),
        )
        .refine(
          (d) => Date.parse(`${d}T00:00:00Z`) <= today.getTime() + 3 * 366 * DAY_MS,
          coded('START_DATE_OUT_OF_RANGE', 'must be within three years', { latest: 'three years on' }),
        ),
      primaryNeed: z.enum(NEED_CODES),
      secondaryNeeds: z.array(z.enum(NEED_CODES)).max(NEED_CODES.length).nullish(),
      provisionPreference: z
        .object({
          types: z
            .array(z.enum(PLACEMENT_TYPES))
            .min(1, 'must name at least one kind of provision')
            .max(PLACEMENT_TYPES.length),
          apTiers: z.array(z.enum(AP_TIERS)).max(3).nullish(),
          required: z.boolean().nullish(),
        })
        .nullish(),
      home: z
        .object({
          lat: z.number().min(49.8, 'must be a latitude in the UK').max(61, 'must be a latitude in the UK'),
          lon: z.number().min(-8.7, 'must be a longitude in the UK').max(2, 'must be a longitude in the UK'),
        })
        .nullish(),
      homePostcode: z.string().trim().max(10, 'must be at most 10 characters').nullish(),
      maxTravelKm: z
        .number()
        .gt(0, 'must be more than 0')
        .max(LIST_LIMITS.maxTravelKm, `must be at most ${LIST_LIMITS.maxTravelKm}`)
        .nullish(),
      genderIntake: z.enum(['BOYS', 'GIRLS']).nullish(),
      boarding: z.enum(['DAY', 'RESIDENTIAL']).nullish(),
      religiousCharacter: optionalText(80),
      familyNamedSettingIds: z
        .array(z.string().trim().min(1).max(80))
        .max(LIST_LIMITS.maxFamilyNamed, `must name at most ${LIST_LIMITS.maxFamilyNamed} settings`)
        .nullish(),
      familyChoices: z
        .array(familyChoiceInput)
        .max(LIST_LIMITS.maxFamilyNamed, `must name at most ${LIST_LIMITS.maxFamilyNamed} settings`)
        .nullish(),
      removeFamilyChoices: z
        .array(
          z.object({
            id: z.string().trim().min(1, 'must not be empty').max(80, 'is not a family choice id'),
            reason: requiredText(500),
          }),
        )
        .max(LIST_LIMITS.maxChoiceRemovals, `must remove at most ${LIST_LIMITS.maxChoiceRemovals} at once`)
        .nullish(),
      preferAvailablePlaces: z.boolean().nullish(),
      maxEntries: z
        .number()
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .max(LIST_LIMITS.maxEntries, `must be at most ${LIST_LIMITS.maxEntries}`)
        .nullish(),
      officerNotes: optionalText(1000),
      familyLinkDays: z
        .number()
        .int('must be a whole number of days')
        .min(1, 'must be at least 1')
        .max(LIST_LIMITS.maxFamilyLinkDays, `must be at most ${LIST_LIMITS.maxFamilyLinkDays}`)
        .nullish(),
    })
    .superRefine((r, ctx) => {
      const given = (r.age ?? null) !== null ? 1 : 0;
      const year = (r.ncYear ?? null) !== null ? 1 : 0;
      if (given + year !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['age'],
          ...coded('ONE_OF_FIELDS', 'give either age or ncYear (one of them)', { fields: ['age', 'ncYear'] }),
        });
      }
      if (Boolean(r.home) === Boolean(r.homePostcode)) {
        ctx.addIssue({
          code: 'custom',
          path: ['home'],
          ...coded('ONE_OF_FIELDS', 'give either home or homePostcode (one of them)', {
            fields: ['home', 'homePostcode'],
          }),
        });
      }
      if (
        r.provisionPreference?.apTiers?.length &&
        !r.provisionPreference.types.includes('ALTERNATIVE_PROVISION')
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['provisionPreference', 'apTiers'],
          ...coded('ONLY_WITH', 'AP tiers go with the ALTERNATIVE_PROVISION type', {
            with: 'ALTERNATIVE_PROVISION',
          }),
        });
      }
    });

// Building the schema costs more than validating with it: keep the one for the current day.
let cached: { day: string; schema: ReturnType<typeof listRequestInput> } | null = null;
function listRequestInputFor(today: Date) {
  const day = today.toISOString().slice(0, 10);
  if (cached?.day !== day) cached = { day, schema: listRequestInput(new Date(`${day}T00:00:00Z`)) };
  return cached.schema;
}

export interface ParsedListRequest {
  request: ListRequest;
  officerNotes: string | null;
  familyLinkDays: number | null;
  /** Choices to add to the case's (familyNamedSettingIds first, then familyChoices), each with its field, and to remove. */
  addChoices: { input: FamilyChoiceInput; field: string }[];
  removeChoices: FamilyChoiceRemoval[];
}

/**
 * What the rules of a generateTailoredList input refuse in it, without locating its postcode (that
 * needs the postcode districts): for a form that shows the core's refusals beside its own at once.
 */
export function listRequestIssues(input: unknown, today: Date, outcodes?: OutcodeIndex): FieldIssue[] {
  const issues = issuesOf(listRequestInputFor(today), input, 'input');
  const postcode = (input as { homePostcode?: unknown } | null)?.homePostcode;
  // The district too, when the districts are at hand: every refusal in one round, not the
  // postcode's only once the rest is right.
  if (!outcodes || typeof postcode !== 'string' || !postcode.trim()) return issues;
  if (issues.some((i) => i.field === 'input.homePostcode')) return issues;
  try {
    locatePostcode(outcodes, postcode, 'input.homePostcode');
    return issues;
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return [...issues, ...error.issues];
  }
}

/**
 * Validates a generateTailoredList input. Throws InvalidInputError naming each field at fault.
 * A home postcode is located at the centre of its district, and the list says so.
 */
export function parseListRequest(input: unknown, today: Date, outcodes: OutcodeIndex): ParsedListRequest {
  const issues = listRequestIssues(input, today, outcodes);
  if (issues.length > 0) throw new InvalidInputError(issues);
  const r = parseOrThrow(listRequestInputFor(today), input, 'input');
  const home = r.homePostcode
    ? locatePostcode(outcodes, r.homePostcode, 'input.homePostcode')
    : { lat: r.home?.lat ?? 0, lon: r.home?.lon ?? 0, district: null, approximate: false };
  const ncYear = r.ncYear ?? null;
  const age = ncYear !== null ? ageForYear(ncYear) : (r.age ?? 0);
  const secondary = [...new Set(r.secondaryNeeds ?? [])].filter((n) => n !== r.primaryNeed);
  return {
    request: {
      caseReference: r.caseReference,
      laCode: r.laCode,
      startDate: r.startDate,
      age,
      ncYear,
      primaryNeed: r.primaryNeed,
      secondaryNeeds: NEED_CODES.filter((n) => secondary.includes(n)),
      provisionPreference: r.provisionPreference
        ? {
            types: [...new Set(r.provisionPreference.types)],
            apTiers: [...new Set(r.provisionPreference.apTiers ?? [])],
            required: r.provisionPreference.required ?? false,
          }
        : null,
      // Rounded to about 100 m: distances are approximate anyway, and a home needs no more precision.
      home: {
        lat: round3(home.lat),
        lon: round3(home.lon),
        approximate: home.approximate,
        postcodeDistrict: home.district,
      },
      maxTravelKm: r.maxTravelKm ?? defaultTravelKm(age),
      travelDistanceDefaulted: r.maxTravelKm == null,
      genderIntake: r.genderIntake ?? null,
      boarding: r.boarding ?? null,
      religiousCharacter: r.religiousCharacter ? r.religiousCharacter : null,
      // Set from the case's current choices once they are known.
      familyNamedSettingIds: [],
      maxEntries: r.maxEntries ?? LIST_LIMITS.defaultEntries,
      preferAvailablePlaces: r.preferAvailablePlaces ?? false,
    },
    officerNotes: r.officerNotes ? r.officerNotes : null,
    familyLinkDays: r.familyLinkDays ?? null,
    addChoices: [
      ...(r.familyNamedSettingIds ?? []).map((settingId, i) => ({
        input: { settingId, note: null },
        field: `input.familyNamedSettingIds.${i}`,
      })),
      ...(r.familyChoices ?? []).map((c, i) => ({
        input: toFamilyChoiceInput(c),
        field: `input.familyChoices.${i}.settingId`,
      })),
    ],
    removeChoices: (r.removeFamilyChoices ?? []).map((c) => ({ id: c.id, reason: c.reason })),
  };
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
