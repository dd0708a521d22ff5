import type { Setting, SettingStatus } from '../../../functions/core/model.js';
import { PROVISION_KINDS, type ProvisionKind } from '../../../functions/core/model.js';
import { type OutcodeIndex, outwardCode } from '../../../functions/core/postcodes.js';
import { LIMITS } from '../../../functions/core/setting-input.js';

// The officer's "Add a setting" and "Change details" form: its values, filled from a stored setting
// or read from a post, and the upsertSetting input they stand for. The service validates, by the
// core's rules; its refusals are worded by setting-details-errors.ts, the page by setting-details-model.ts.
// Pure: the postcode districts are passed in.

/** One provision row as typed. Row 0 is always the main roll. */
export interface ProvisionRow {
  /** The stored provision's id (edit), so upsertSetting keeps its identity and capacity. */
  id: string;
  kind: string;
  name: string;
  designation: string[];
  apTiers: string[];
  ageLow: string;
  ageHigh: string;
}

/** The form's values as sent (all text), kept to show again. */
export interface SettingFormValues {
  /** The revision the form was filled from (edit only): a setting changed since is refused. */
  expectedRevision: string;
  name: string;
  urn: string;
  kind: string;
  sector: string;
  section41Approved: boolean;
  phase: string;
  ageLow: string;
  ageHigh: string;
  genderIntake: string;
  boarding: string;
  religiousCharacter: string;
  laCode: string;
  /** As many as the form shows (at least 2, at most LIMITS.addressLines). */
  addressLines: string[];
  town: string;
  postcode: string;
  latitude: string;
  longitude: string;
  provisions: ProvisionRow[];
}

/** Kinds a further provision row may be: a setting has one main roll, row 0. */
export const FURTHER_PROVISION_KINDS = PROVISION_KINDS.filter(
  (k): k is Exclude<ProvisionKind, 'MAIN_ROLL'> => k !== 'MAIN_ROLL',
);

/** Further provision rows a new form shows; an edit shows the setting's own and at least one blank. */
export const FURTHER_ROWS = 3;
const MIN_ADDRESS_LINES = 2;

const blankRow = (): ProvisionRow => ({
  id: '',
  kind: '',
  name: '',
  designation: [],
  apTiers: [],
  ageLow: '',
  ageHigh: '',
});

/** An empty form: the LA chosen when the officer has only one, a main roll and blank rows. */
export function emptySettingForm(laCodes: readonly string[]): SettingFormValues {
  return {
    expectedRevision: '',
    name: '',
    urn: '',
    kind: '',
    sector: '',
    section41Approved: false,
    phase: '',
    ageLow: '',
    ageHigh: '',
    genderIntake: 'MIXED',
    boarding: 'DAY',
    religiousCharacter: '',
    laCode: laCodes.length === 1 ? (laCodes[0] ?? '') : '',
    addressLines: Array.from({ length: MIN_ADDRESS_LINES }, () => ''),
    town: '',
    postcode: '',
    latitude: '',
    longitude: '',
    provisions: [
      { ...blankRow(), kind: 'MAIN_ROLL', name: 'Main roll' },
      ...Array.from({ length: FURTHER_ROWS }, blankRow),
    ],
  };
}

/**
 * The postcode district whose centre a setting is placed at, when it is (the service placed it
 * there for want of coordinates): its form then leaves latitude and longitude empty, so a changed
 * postcode moves it and the page keeps saying the location is approximate.
 */
export function approximateDistrictOf(
  setting: Pick<Setting, 'address' | 'location'>,
  outcodes: OutcodeIndex,
): string | null {
  const district = setting.address.postcode ? outwardCode(setting.address.postcode) : null;
  const centre = district ? outcodes.get(district) : undefined;
  if (!district || !centre) return null;
  return centre.lat === setting.location.lat && centre.lon === setting.location.lon ? district : null;
}

/** The form filled from a stored setting (edit), its provisions keyed by id. */
export function settingFormFromSetting(setting: Setting, outcodes: OutcodeIndex): SettingFormValues {
  const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  const located =
    approximateDistrictOf(setting, outcodes) === null &&
    !(setting.location.lat === 0 && setting.location.lon === 0);
  const main = setting.provisions.find((p) => p.kind === 'MAIN_ROLL');
  const further = setting.provisions.filter((p) => p.kind !== 'MAIN_ROLL');
  const row = (p: Setting['provisions'][number]): ProvisionRow => ({
    id: p.id,
    kind: p.kind,
    name: p.name,
    designation: [...p.designation],
    apTiers: [...p.apTiers],
    ageLow: text(p.ageRange?.low),
    ageHigh: text(p.ageRange?.high),
  });
  const blanks = Math.max(
    0,
    Math.min(LIMITS.provisions - 1 - further.length, Math.max(1, FURTHER_ROWS - further.length)),
  );
  const lines = [...setting.address.lines];
  while (lines.length < MIN_ADDRESS_LINES) lines.push('');
  return {
    expectedRevision: text(setting.revision),
    name: setting.name,
    urn: setting.urn ?? '',
    kind: setting.kind,
    sector: setting.sector,
    section41Approved: setting.section41Approved,
    phase: setting.phase,
    ageLow: text(setting.ageRange.low),
    ageHigh: text(setting.ageRange.high),
    genderIntake: setting.genderIntake,
    boarding: setting.boarding,
    religiousCharacter: setting.religiousCharacter ?? '',
    laCode: setting.laCode,
    addressLines: lines.slice(0, LIMITS.addressLines),
    town: setting.address.town ?? '',
    postcode: setting.address.postcode ?? '',
    latitude: located ? String(setting.location.lat) : '',
    longitude: located ? String(setting.location.lon) : '',
    provisions: [
      main ? row(main) : { ...blankRow(), kind: 'MAIN_ROLL', name: 'Main roll' },
      ...further.map(row),
      ...Array.from({ length: blanks }, blankRow),
    ],
  };
}

/** Reads the posted form (first values, and every value of repeated checkboxes). */
export function readSettingForm(
  form: Readonly<Record<string, string>>,
  all: (name: string) => string[],
): SettingFormValues {
  const v = (name: string) => form[name] ?? '';
  const lineCount = Math.min(
    LIMITS.addressLines,
    Math.max(
      MIN_ADDRESS_LINES,
      ...Array.from({ length: LIMITS.addressLines }, (_x, i) => (`addressLine${i + 1}` in form ? i + 1 : 0)),
    ),
  );
  const rowCount = Math.min(
    LIMITS.provisions,
    Math.max(
      1,
      ...Array.from({ length: LIMITS.provisions }, (_x, i) =>
        `p${i}-name` in form || `p${i}-kind` in form ? i + 1 : 0,
      ),
    ),
  );
  const provisions = Array.from({ length: rowCount }, (_x, i): ProvisionRow => {
    const p = `p${i}`;
    return {
      id: v(`${p}-id`),
      // Row 0 is the main roll, whatever was sent.
      kind: i === 0 ? 'MAIN_ROLL' : v(`${p}-kind`),
      name: v(`${p}-name`),
      designation: all(`${p}-designation`),
      apTiers: i === 0 ? [] : all(`${p}-apTiers`),
      ageLow: v(`${p}-ageLow`),
      ageHigh: v(`${p}-ageHigh`),
    };
  });
  return {
    expectedRevision: v('expectedRevision'),
    name: v('name'),
    urn: v('urn'),
    kind: v('kind'),
    sector: v('sector'),
    section41Approved: v('section41Approved') === 'yes',
    phase: v('phase'),
    ageLow: v('ageLow'),
    ageHigh: v('ageHigh'),
    genderIntake: v('genderIntake'),
    boarding: v('boarding'),
    religiousCharacter: v('religiousCharacter'),
    laCode: v('laCode'),
    addressLines: Array.from({ length: lineCount }, (_x, i) => v(`addressLine${i + 1}`)),
    town: v('town'),
    postcode: v('postcode'),
    latitude: v('latitude'),
    longitude: v('longitude'),
    provisions,
  };
}

/** A whole number as typed; blank is null; anything else NaN, so the service refuses it by name. */
function wholeNumber(value: string): number | null {
  const text = value.trim();
  if (text === '') return null;
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** A decimal number as typed (a latitude or longitude); blank is null; anything else NaN. */
function decimal(value: string): number | null {
  const text = value.trim();
  if (text === '') return null;
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
}

const blankToNull = (value: string) => (value.trim() ? value : null);

function isBlankRow(row: ProvisionRow): boolean {
  return (
    !row.id &&
    !row.kind &&
    !row.name.trim() &&
    row.designation.length === 0 &&
    row.apTiers.length === 0 &&
    !row.ageLow.trim() &&
    !row.ageHigh.trim()
  );
}

/** What the stored setting keeps that the form does not show (edit). */
export interface CarriedDetails {
  id: string;
  status: SettingStatus;
  establishmentType: number | null;
}

/** The upsertSetting input, and where each sent line and provision came from in the form. */
export interface SentSetting {
  input: Record<string, unknown>;
  /** The form's address line (0-based) of each line sent. */
  lineOf: number[];
  /** The form's provision row of each provision sent. */
  rowOf: number[];
}

/**
 * The form's fields as upsertSetting takes them: the service validates, with its own rules. Blank
 * further rows are left out; a row of a stored provision is always sent (provisions cannot be
 * removed here). Without coordinates the service places the setting at its postcode district's centre.
 */
export function settingInputFromForm(values: SettingFormValues, carried: CarriedDetails | null): SentSetting {
  const lineOf = values.addressLines.flatMap((line, i) => (line.trim() ? [i] : []));
  const rowOf = values.provisions.flatMap((row, i) => (i === 0 || !isBlankRow(row) ? [i] : []));
  const located = values.latitude.trim() !== '' || values.longitude.trim() !== '';
  const provisions = rowOf.map((i) => {
    const row = values.provisions[i] as ProvisionRow;
    const aged = row.ageLow.trim() !== '' || row.ageHigh.trim() !== '';
    return {
      id: row.id || null,
      kind: row.kind,
      name: row.name,
      designation: row.designation,
      ageRange: aged ? { low: wholeNumber(row.ageLow), high: wholeNumber(row.ageHigh) } : null,
      apTiers: row.apTiers.length > 0 ? row.apTiers : null,
    };
  });
  const input: Record<string, unknown> = {
    urn: blankToNull(values.urn),
    name: values.name,
    kind: values.kind,
    sector: values.sector,
    section41Approved: values.section41Approved,
    phase: values.phase,
    ageRange: { low: wholeNumber(values.ageLow), high: wholeNumber(values.ageHigh) },
    genderIntake: values.genderIntake || null,
    boarding: values.boarding || null,
    religiousCharacter: blankToNull(values.religiousCharacter),
    laCode: values.laCode,
    address: {
      lines: lineOf.map((i) => values.addressLines[i] as string),
      town: blankToNull(values.town),
      postcode: blankToNull(values.postcode),
    },
    location: located ? { lat: decimal(values.latitude), lon: decimal(values.longitude) } : null,
    provisions,
  };
  if (carried) {
    input.id = carried.id;
    input.expectedRevision = wholeNumber(values.expectedRevision);
    // What the form does not show is kept as it is stored.
    input.status = carried.status;
    input.establishmentType = carried.establishmentType;
  }
  return { input, lineOf, rowOf };
}
