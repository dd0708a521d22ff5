import { parse } from 'csv-parse/sync';
import {
  GENDER_INTAKES,
  type GenderIntake,
  PHASES,
  type Phase,
  SECTORS,
  SETTING_KINDS,
  type Sector,
  type SettingKind,
} from '../core/model.js';
import { NEED_CODES, type NeedCode } from '../core/needs.js';

// The formats of the committed files under data/england/: what build-england-data.ts writes
// and what the loader reads. Pure: text in, rows out (and back).

/** One real English school, as far as the public data tells us. Blank (null) means unknown. */
export interface SchoolRow {
  urn: string;
  name: string;
  lat: number;
  lon: number;
  laCode: string;
  kind: SettingKind | null;
  sector: Sector | null;
  phase: Phase;
  ageLow: number | null;
  ageHigh: number | null;
  gender: GenderIntake | null;
  religiousCharacter: string | null;
  street: string | null;
  locality: string | null;
  town: string | null;
  postcode: string | null;
  /** How each field that is not a plain copy was derived, in words fit to show a reader. */
  notes: string[];
}

export const SCHOOL_COLUMNS = [
  'urn',
  'name',
  'lat',
  'lon',
  'laCode',
  'kind',
  'sector',
  'phase',
  'ageLow',
  'ageHigh',
  'gender',
  'religiousCharacter',
  'street',
  'locality',
  'town',
  'postcode',
  'notes',
] as const satisfies readonly (keyof SchoolRow)[];

/** Notes share one cell; no note contains this separator. */
export const NOTE_SEPARATOR = ' | ';

export interface LaRow {
  laCode: string;
  onsCode: string;
  name: string;
  region: string;
}

export const LA_COLUMNS = ['laCode', 'onsCode', 'name', 'region'] as const satisfies readonly (keyof LaRow)[];

/** Children with EHC plans by where they are placed (one LA, one year). Null: not published. */
export interface Placements {
  mainstreamResourcedProvision: number | null;
  mainstreamSenUnit: number | null;
  specialLaMaintained: number | null;
  specialAcademyFree: number | null;
  specialIndependent: number | null;
  specialNonMaintained: number | null;
  alternativeProvision: number | null;
  furtherEducation: number | null;
  specialistPost16: number | null;
}

/** Counts of EHC plans by primary need, in NEED_CODES order, for one group of children. */
export type NeedCounts = number[];

export const NEED_MIX_GROUPS = [
  /** every child with an EHC plan in the LA */
  'all',
  /** in special schools of any sector */
  'special',
  /** in independent special schools */
  'specialIndependent',
  /** in mainstream resourced provision or SEN units */
  'resourced',
  /** in AP and pupil referral units */
  'alternativeProvision',
  /** in specialist post-16 institutions */
  'specialistPost16',
] as const;
export type NeedMixGroup = (typeof NEED_MIX_GROUPS)[number];

export interface LaCalibration {
  name: string;
  ehcPlans: number;
  /** The year the placement figures are from, e.g. "2024/25". */
  placementsYear: string;
  placements: Placements;
  needs: Record<NeedMixGroup, NeedCounts>;
  /** Where a figure is not the LA's own for 2024/25, why. */
  notes: string[];
}

export interface Calibration {
  description: string;
  needCodes: NeedCode[];
  national: Omit<LaCalibration, 'name' | 'notes'>;
  las: Record<string, LaCalibration>;
}

/** A CSV cell: quoted only when it must be. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null)[]): string {
  return values.map(csvCell).join(',');
}

export function formatSchoolsCsv(rows: readonly SchoolRow[]): string {
  const lines = rows.map((row) =>
    csvLine(
      SCHOOL_COLUMNS.map((column) => {
        const value = row[column];
        return Array.isArray(value) ? value.join(NOTE_SEPARATOR) : value;
      }),
    ),
  );
  return `${[SCHOOL_COLUMNS.join(','), ...lines].join('\n')}\n`;
}

/** Reads schools.csv; throws on a row that does not match the format, naming it. */
export function parseSchoolsCsv(text: string): SchoolRow[] {
  const records = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return records.map((r, index) => {
    const where = `schools.csv row ${index + 2}`;
    return {
      urn: required(r.urn, `${where}: urn`),
      name: required(r.name, `${where}: name`),
      lat: number(r.lat, `${where}: lat`),
      lon: number(r.lon, `${where}: lon`),
      laCode: required(r.laCode, `${where}: laCode`),
      kind: oneOf(r.kind, SETTING_KINDS, `${where}: kind`),
      sector: oneOf(r.sector, SECTORS, `${where}: sector`),
      phase: oneOf(r.phase, PHASES, `${where}: phase`) ?? 'NOT_APPLICABLE',
      ageLow: optionalNumber(r.ageLow, `${where}: ageLow`),
      ageHigh: optionalNumber(r.ageHigh, `${where}: ageHigh`),
      gender: oneOf(r.gender, GENDER_INTAKES, `${where}: gender`),
      religiousCharacter: blank(r.religiousCharacter),
      street: blank(r.street),
      locality: blank(r.locality),
      town: blank(r.town),
      postcode: blank(r.postcode),
      notes: blank(r.notes)?.split(NOTE_SEPARATOR) ?? [],
    };
  });
}

export function formatLasCsv(rows: readonly LaRow[]): string {
  return `${[LA_COLUMNS.join(','), ...rows.map((r) => csvLine(LA_COLUMNS.map((c) => r[c])))].join('\n')}\n`;
}

export function parseLasCsv(text: string): LaRow[] {
  const records = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return records.map((r, index) => ({
    laCode: required(r.laCode, `las.csv row ${index + 2}: laCode`),
    onsCode: required(r.onsCode, `las.csv row ${index + 2}: onsCode`),
    name: required(r.name, `las.csv row ${index + 2}: name`),
    region: required(r.region, `las.csv row ${index + 2}: region`),
  }));
}

/**
 * The calibration as JSON with one LA per line: small, and a rebuild shows as a readable diff.
 */
export function formatCalibrationJson(calibration: Calibration): string {
  const las = Object.entries(calibration.las)
    .map(([code, la]) => `    ${JSON.stringify(code)}: ${JSON.stringify(la)}`)
    .join(',\n');
  return [
    '{',
    `  "description": ${JSON.stringify(calibration.description)},`,
    `  "needCodes": ${JSON.stringify(calibration.needCodes)},`,
    `  "national": ${JSON.stringify(calibration.national)},`,
    '  "las": {',
    las,
    '  }',
    '}',
    '',
  ].join('\n');
}

export function parseCalibrationJson(text: string): Calibration {
  const calibration = JSON.parse(text) as Calibration;
  if (calibration.needCodes.join() !== NEED_CODES.join()) {
    throw new Error('la-calibration.json lists need codes in another order than the core: rebuild it.');
  }
  return calibration;
}

function blank(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function required(value: string | undefined, where: string): string {
  const present = blank(value);
  if (present === null) throw new Error(`${where} is empty`);
  return present;
}

function number(value: string | undefined, where: string): number {
  const n = optionalNumber(value, where);
  if (n === null) throw new Error(`${where} is empty`);
  return n;
}

function optionalNumber(value: string | undefined, where: string): number | null {
  const present = blank(value);
  if (present === null) return null;
  const n = Number(present);
  if (!Number.isFinite(n)) throw new Error(`${where} is not a number: "${present}"`);
  return n;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], where: string): T | null {
  const present = blank(value);
  if (present === null) return null;
  if (!(allowed as readonly string[]).includes(present)) throw new Error(`${where} is not one of ${allowed}`);
  return present as T;
}
