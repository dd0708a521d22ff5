import * as z from 'zod';
import { InvalidInputError } from './errors.js';
import { laCodeField } from './la-code.js';
import {
  type AgeRange,
  AP_TIERS,
  BOARDING,
  GENDER_INTAKES,
  PHASES,
  PROVISION_KINDS,
  type ProvisionKind,
  type ProvisionSource,
  SECTORS,
  SETTING_KINDS,
  SETTING_STATUSES,
  type SettingDetails,
  type SettingSource,
} from './model.js';
import { NEED_CODES } from './needs.js';
import { locatePostcode, type OutcodeIndex } from './postcodes.js';
import { coded } from './refusal-codes.js';
import { optionalText, parseOrThrow, requiredText } from './validation.js';

export const LIMITS = {
  name: 200,
  provisionName: 120,
  addressLine: 120,
  addressLines: 4,
  town: 80,
  religiousCharacter: 80,
  provisions: 20,
  maxAge: 25,
} as const;

const UK_POSTCODE = /^(GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})$/;
// The UK and its near waters: settings in Wales and Scotland can be placements too.
const UK_BOUNDS = { lat: [49.8, 61], lon: [-8.7, 2] } as const;

const trimmed = requiredText;

const optionalTrimmed = (max: number) => optionalText(max).transform((v) => (v ? v : null));

const age = z
  .number()
  .int('must be a whole number of years')
  .min(0, 'must be 0 or more')
  .max(LIMITS.maxAge, `must be at most ${LIMITS.maxAge}`);

const ageRange = z.object({ low: age, high: age }).refine((r) => r.low <= r.high, {
  ...coded('AGE_RANGE_INVERTED', 'low must not be above high'),
  path: ['low'],
});

const postcode = z
  .string()
  .trim()
  .max(10, 'must be at most 10 characters')
  .transform((v) => v.toUpperCase().replace(/\s+/g, ' '))
  .refine(
    (v) => v === '' || UK_POSTCODE.test(v),
    coded('NOT_A_POSTCODE', 'must be a UK postcode, e.g. "RH12 2NR"'),
  )
  .nullish()
  .transform((v) => (v ? normalisePostcode(v) : null));

const provisionInput = z
  .object({
    id: z.string().trim().min(1).max(80).nullish(),
    kind: z.enum(PROVISION_KINDS),
    name: trimmed(LIMITS.provisionName),
    designation: z.array(z.enum(NEED_CODES)).max(NEED_CODES.length * 2),
    ageRange: ageRange.nullish(),
    apTiers: z.array(z.enum(AP_TIERS)).max(6).nullish(),
  })
  .superRefine((p, ctx) => {
    const tiers = p.apTiers ?? [];
    if (p.kind === 'AP_PROGRAMME' && tiers.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['apTiers'],
        ...coded('AP_TIERS_REQUIRED', 'an AP programme must offer at least one tier'),
      });
    }
    if (p.kind !== 'AP_PROGRAMME' && tiers.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['apTiers'],
        ...coded('AP_TIERS_NOT_ALLOWED', 'only AP programmes have AP tiers'),
      });
    }
    if ((p.kind === 'RESOURCED_PROVISION' || p.kind === 'SEN_UNIT') && p.designation.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['designation'],
        ...coded(
          'DESIGNATION_REQUIRED',
          'a resourced provision or SEN unit must be designated for at least one need',
        ),
      });
    }
  });

const settingInput = z
  .object({
    id: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,80}$/, 'is not a setting id')
      .nullish(),
    expectedRevision: z.number().int('must be a whole number').min(1, 'must be at least 1').nullish(),
    urn: z
      .string()
      .trim()
      .regex(/^\d{5,7}$/, 'must be a DfE URN: 5 to 7 digits')
      .nullish(),
    name: trimmed(LIMITS.name),
    kind: z.enum(SETTING_KINDS),
    sector: z.enum(SECTORS),
    section41Approved: z.boolean().nullish(),
    establishmentType: z
      .number()
      .int('must be a GIAS establishment type code')
      .min(1, 'must be a GIAS establishment type code')
      .max(99, 'must be a GIAS establishment type code')
      .nullish(),
    phase: z.enum(PHASES),
    ageRange,
    genderIntake: z.enum(GENDER_INTAKES).nullish(),
    boarding: z.enum(BOARDING).nullish(),
    religiousCharacter: optionalTrimmed(LIMITS.religiousCharacter),
    laCode: laCodeField,
    address: z.object({
      lines: z
        .array(trimmed(LIMITS.addressLine))
        .min(1, 'must have at least one line')
        .max(LIMITS.addressLines, `must have at most ${LIMITS.addressLines} lines`),
      town: optionalTrimmed(LIMITS.town),
      postcode,
    }),
    location: z
      .object({
        lat: z
          .number()
          .min(UK_BOUNDS.lat[0], 'must be a latitude in the UK')
          .max(UK_BOUNDS.lat[1], 'must be a latitude in the UK'),
        lon: z
          .number()
          .min(UK_BOUNDS.lon[0], 'must be a longitude in the UK')
          .max(UK_BOUNDS.lon[1], 'must be a longitude in the UK'),
      })
      .nullish(),
    status: z.enum(SETTING_STATUSES).nullish(),
    provisions: z
      .array(provisionInput)
      .max(LIMITS.provisions, `must have at most ${LIMITS.provisions} provisions`)
      .nullish(),
  })
  .superRefine((s, ctx) => {
    const sec41Allowed = s.kind === 'INDEPENDENT_SPECIAL' || s.kind === 'SPECIAL_POST_16';
    if (s.section41Approved && !sec41Allowed) {
      ctx.addIssue({
        code: 'custom',
        path: ['section41Approved'],
        ...coded(
          'SECTION_41_NOT_ALLOWED',
          'only independent special schools and special post-16 institutions are approved under section 41',
        ),
      });
    }
    const provisions = s.provisions ?? [];
    provisions.forEach((p, index) => {
      if (p.ageRange && !within(p.ageRange, s.ageRange)) {
        ctx.addIssue({
          code: 'custom',
          path: ['provisions', index, 'ageRange'],
          ...coded(
            'PROVISION_AGES_OUTSIDE_SETTING',
            `must lie within the setting's age range ${s.ageRange.low}–${s.ageRange.high}`,
            { low: s.ageRange.low, high: s.ageRange.high },
          ),
        });
      }
    });
    if (provisions.filter((p) => p.kind === 'MAIN_ROLL').length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['provisions'],
        ...coded('MAIN_ROLL_TWICE', 'a setting has at most one main roll'),
      });
    }
    const ids = provisions.flatMap((p) => (p.id ? [p.id] : []));
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['provisions'],
        ...coded('GIVEN_TWICE', 'the same provision id is listed twice'),
      });
    }
  });

export interface ProvisionDraft {
  id: string | null;
  kind: ProvisionKind;
  name: string;
  designation: (typeof NEED_CODES)[number][];
  ageRange: AgeRange | null;
  apTiers: (typeof AP_TIERS)[number][];
  source: ProvisionSource;
}

export interface SettingDraft {
  id: string | null;
  /** The revision the caller read: a setting that has moved on since is refused, not overwritten. */
  expectedRevision?: number | null;
  details: SettingDetails;
  provisions: ProvisionDraft[];
}

export interface Provenance {
  source: SettingSource;
  notes: string[];
  provisionSource: ProvisionSource;
}

const ENTERED_BY_LA: Provenance = { source: 'LA', notes: [], provisionSource: 'LA' };

/**
 * Validates and normalises an upsertSetting input. Throws InvalidInputError naming each field
 * at fault. Importers pass their provenance; the API's input is always the LA's own.
 */
export function parseSettingInput(
  input: unknown,
  provenance: Provenance = ENTERED_BY_LA,
  outcodes: OutcodeIndex = new Map(),
): SettingDraft {
  const s = parseOrThrow(settingInput, input, 'input');
  const located = s.location ? null : locateSetting(s.address.postcode, outcodes);
  const location = s.location ?? located ?? { lat: 0, lon: 0 };
  const notes = located
    ? [
        ...provenance.notes,
        `Location is the centre of postcode district ${located.district}, so it is approximate.`,
      ]
    : provenance.notes;
  return {
    id: s.id ?? null,
    expectedRevision: s.expectedRevision ?? null,
    details: {
      urn: s.urn ?? null,
      name: s.name,
      kind: s.kind,
      sector: s.sector,
      section41Approved: s.section41Approved ?? false,
      establishmentType: s.establishmentType ?? null,
      phase: s.phase,
      ageRange: { low: s.ageRange.low, high: s.ageRange.high },
      genderIntake: s.genderIntake ?? 'MIXED',
      boarding: s.boarding ?? 'DAY',
      religiousCharacter: s.religiousCharacter,
      laCode: s.laCode,
      address: { lines: s.address.lines, town: s.address.town, postcode: s.address.postcode },
      location: { lat: location.lat, lon: location.lon },
      status: s.status ?? 'OPEN',
      source: provenance.source,
      sourceNotes: notes,
    },
    provisions: (s.provisions ?? []).map((p) => ({
      id: p.id ?? null,
      kind: p.kind,
      name: p.name,
      designation: sortedUnique(p.designation, NEED_CODES),
      ageRange: p.ageRange ? { low: p.ageRange.low, high: p.ageRange.high } : null,
      apTiers: sortedUnique(p.apTiers ?? [], AP_TIERS),
      source: provenance.provisionSource,
    })),
  };
}

/** Without coordinates, a setting is placed at the centre of its postcode's district. */
function locateSetting(postcode: string | null, outcodes: OutcodeIndex) {
  if (!postcode) {
    throw new InvalidInputError([
      {
        field: 'input.location',
        code: 'LOCATION_REQUIRED',
        message: 'give a location, or an address with a postcode',
      },
    ]);
  }
  return locatePostcode(outcodes, postcode, 'input.address.postcode');
}

/** "rh122nr" → "RH12 2NR": the inward code is always the last three characters. */
export function normalisePostcode(raw: string): string {
  const compact = raw.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

function within(inner: AgeRange, outer: AgeRange): boolean {
  return inner.low >= outer.low && inner.high <= outer.high;
}

function sortedUnique<T extends string>(values: readonly T[], order: readonly T[]): T[] {
  const present = new Set(values);
  return order.filter((v) => present.has(v));
}
