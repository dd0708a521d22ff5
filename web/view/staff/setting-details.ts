import type { FieldIssue } from '../../../functions/core/errors.js';
import {
  AP_TIERS,
  BOARDING,
  GENDER_INTAKES,
  PHASES,
  PROVISION_KINDS,
  type ProvisionKind,
  SECTORS,
  SETTING_KINDS,
  type Setting,
  type SettingStatus,
} from '../../../functions/core/model.js';
import { NEED_CODES } from '../../../functions/core/needs.js';
import { type OutcodeIndex, outwardCode } from '../../../functions/core/postcodes.js';
import { LIMITS } from '../../../functions/core/setting-input.js';
import {
  AP_TIER_WORDS,
  BOARDING_WORDS,
  GENDER_INTAKE_WORDS,
  PHASE_WORDS,
  PROVISION_KIND_WORDS,
  SECTOR_WORDS,
  SETTING_KIND_WORDS,
} from '../../../functions/core/words.js';
import { needWords } from '../format.js';
import type { FormError } from '../forms.js';

// The officer's "Add a setting" and "Change details" form as plain data: its fields, how they
// become an upsertSetting input, and how the service's field issues become GOV.UK error messages
// by the right input. Pure: the postcode districts are passed in.

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

const FORM_OUT_OF_DATE = 'This form is out of date. Reload the page and try again';

/** The error for one issue: which input it belongs to, in plain words. */
export function settingFormError(issue: FieldIssue, values: SettingFormValues, sent: SentSetting): FormError {
  const path = issue.field.replace(/^input\.?/, '').split('.');
  const [head = '', second = '', third = ''] = path;
  switch (head) {
    case 'name':
      return {
        inputId: 'name',
        text: tooLong(issue)
          ? `Name must be ${LIMITS.name} characters or fewer`
          : values.name.trim()
            ? 'Name must be ordinary text: remove any unusual characters'
            : 'Enter the name of the setting',
      };
    case 'urn':
      return { inputId: 'urn', text: 'URN must be 5 to 7 digits, like 126015, or left empty' };
    case 'kind':
      return { inputId: 'kind', text: 'Select the kind of setting' };
    case 'sector':
      return { inputId: 'sector', text: 'Select who runs the setting' };
    case 'section41Approved':
      return {
        inputId: 'section41Approved',
        text: 'Only independent special schools and special post-16 institutions are approved under section 41: untick it, or change the kind of setting',
      };
    case 'establishmentType':
    case 'status':
    case 'id':
    case 'expectedRevision':
      return { inputId: 'name', text: FORM_OUT_OF_DATE };
    case 'phase':
      return { inputId: 'phase', text: 'Select the phase' };
    case 'ageRange':
      return settingAgeError(second, issue, values);
    case 'genderIntake':
      return { inputId: 'genderIntake', text: 'Select who the setting takes' };
    case 'boarding':
      return { inputId: 'boarding', text: 'Select day, residential, or both' };
    case 'religiousCharacter':
      return {
        inputId: 'religiousCharacter',
        text: `Religious character must be ${LIMITS.religiousCharacter} characters or fewer, or left empty`,
      };
    case 'laCode':
      return { inputId: 'laCode', text: 'Select the council the setting is in' };
    case 'address':
      return addressError(second, third, issue, values, sent);
    case 'location':
      return locationError(second, issue, values);
    case 'provisions':
      return provisionError(second, third, issue, values, sent);
    default:
      return { inputId: 'name', text: FORM_OUT_OF_DATE };
  }
}

const tooLong = (issue: FieldIssue) => issue.code === 'TOO_LONG';

function numberText(typed: string, what: string, enter: string): string {
  if (!typed.trim()) return enter;
  return `${what} must be a whole number of years, from 0 to ${LIMITS.maxAge}`;
}

function settingAgeError(which: string, issue: FieldIssue, values: SettingFormValues): FormError {
  if (which === 'high') {
    return {
      inputId: 'ageHigh',
      text: numberText(values.ageHigh, 'Oldest age', 'Enter the oldest age the setting takes'),
    };
  }
  if (issue.code === 'AGE_RANGE_INVERTED') {
    return { inputId: 'ageLow', text: 'Youngest age must not be more than the oldest age' };
  }
  if (issue.code === 'SETTING_AGES_EXCLUDE_PROVISION') {
    const { name, low, high } = issue.params ?? {};
    return {
      inputId: 'ageLow',
      text: `The setting’s ages must include the ages of ${name} (${low} to ${high})`,
    };
  }
  if (which === 'low') {
    return {
      inputId: 'ageLow',
      text: numberText(values.ageLow, 'Youngest age', 'Enter the youngest age the setting takes'),
    };
  }
  return { inputId: 'ageLow', text: 'Enter the youngest and oldest ages the setting takes' };
}

function addressError(
  field: string,
  index: string,
  issue: FieldIssue,
  values: SettingFormValues,
  sent: SentSetting,
): FormError {
  switch (field) {
    case 'town':
      return { inputId: 'town', text: `Town must be ${LIMITS.town} characters or fewer` };
    case 'postcode': {
      const district = issue.code === 'UNKNOWN_POSTCODE_DISTRICT' ? issue.params?.district : undefined;
      return {
        inputId: 'postcode',
        text: district
          ? `We do not know postcode district ${district}. Check the postcode, or give the latitude and longitude`
          : 'Enter a real postcode, like RH12 2NR',
      };
    }
    default: {
      const line = /^\d+$/.test(index) ? (sent.lineOf[Number(index)] ?? 0) : 0;
      if (line === 0 && !values.addressLines.some((l) => l.trim())) {
        return { inputId: 'addressLine1', text: 'Enter the first line of the address' };
      }
      return {
        inputId: `addressLine${line + 1}`,
        text: tooLong(issue)
          ? `Address line ${line + 1} must be ${LIMITS.addressLine} characters or fewer`
          : `Address line ${line + 1} must be ordinary text: remove any unusual characters`,
      };
    }
  }
}

function locationError(which: string, issue: FieldIssue, values: SettingFormValues): FormError {
  if (!which) {
    // Neither coordinates nor a postcode to place it by.
    return { inputId: 'postcode', text: 'Enter the postcode, or the latitude and longitude' };
  }
  const [inputId, name, typed, other, otherName] =
    which === 'lon'
      ? (['longitude', 'Longitude', values.longitude, values.latitude, 'latitude'] as const)
      : (['latitude', 'Latitude', values.latitude, values.longitude, 'longitude'] as const);
  if (!typed.trim() && other.trim()) {
    return { inputId, text: `Enter the ${name.toLowerCase()} too, or leave the ${otherName} empty as well` };
  }
  if (issue.code === 'TOO_SMALL' || issue.code === 'TOO_LARGE') {
    return {
      inputId,
      text:
        which === 'lon'
          ? 'Longitude must be in the UK, between -8.7 and 2'
          : 'Latitude must be in the UK, between 49.8 and 61',
    };
  }
  return {
    inputId,
    text: `${name} must be a number in decimal degrees, like ${which === 'lon' ? '-0.33' : '51.06'}`,
  };
}

function provisionError(
  index: string,
  field: string,
  issue: FieldIssue,
  values: SettingFormValues,
  sent: SentSetting,
): FormError {
  if (!/^\d+$/.test(index)) {
    // The list as a whole: too many, two main rolls or one id twice (a tampered form).
    return {
      inputId: 'p0-name',
      text:
        issue.code === 'TOO_MANY'
          ? `A setting can have at most ${LIMITS.provisions} provisions`
          : 'Check the provisions and try again',
    };
  }
  const rowIndex = sent.rowOf[Number(index)] ?? 0;
  const row = values.provisions[rowIndex];
  const p = `p${rowIndex}`;
  const which = rowIndex === 0 ? 'the main roll' : `provision ${rowIndex + 1}`;
  switch (field) {
    case 'kind':
      return { inputId: `${p}-kind`, text: `Select the kind of ${which}, or empty the row` };
    case 'name':
      return {
        inputId: `${p}-name`,
        text: tooLong(issue)
          ? `Name of ${which} must be ${LIMITS.provisionName} characters or fewer`
          : row?.name.trim()
            ? `Name of ${which} must be ordinary text: remove any unusual characters`
            : `Enter the name of ${which}`,
      };
    case 'designation':
      return {
        inputId: `${p}-designation`,
        text:
          issue.code === 'DESIGNATION_REQUIRED'
            ? `Select at least one need ${which} is designated for: a resourced provision or SEN unit always has one`
            : `Select the needs ${which} is designated for from the list`,
      };
    case 'apTiers':
      return {
        inputId: `${p}-apTiers`,
        text:
          issue.code === 'AP_TIERS_REQUIRED'
            ? `Select at least one tier ${which} offers: an alternative provision programme always has one`
            : `Only alternative provision programmes have tiers: untick the tiers of ${which}, or change its kind`,
      };
    case 'ageRange': {
      if (issue.code === 'PROVISION_AGES_OUTSIDE_SETTING') {
        return {
          inputId: `${p}-ageLow`,
          text: `Ages of ${which} must be within the setting’s ages (${issue.params?.low} to ${issue.params?.high})`,
        };
      }
      if (issue.code === 'AGE_RANGE_INVERTED') {
        return {
          inputId: `${p}-ageLow`,
          text: `Youngest age of ${which} must not be more than its oldest age`,
        };
      }
      return {
        inputId: `${p}-ageLow`,
        text: `Ages of ${which} must be whole numbers of years from 0 to ${LIMITS.maxAge}, or both left empty`,
      };
    }
    default:
      return { inputId: `${p}-name`, text: FORM_OUT_OF_DATE };
  }
}

/** The form's inputs in page order, so the error summary follows the page. */
export function inputOrder(values: SettingFormValues): string[] {
  return [
    'name',
    'urn',
    'kind',
    'sector',
    'section41Approved',
    'phase',
    'ageLow',
    'ageHigh',
    'genderIntake',
    'boarding',
    'religiousCharacter',
    'laCode',
    ...values.addressLines.map((_l, i) => `addressLine${i + 1}`),
    'town',
    'postcode',
    'latitude',
    'longitude',
    ...values.provisions.flatMap((_r, i) =>
      ['kind', 'name', 'designation', 'apTiers', 'ageLow', 'ageHigh'].map((f) => `p${i}-${f}`),
    ),
  ];
}

/** Every issue as a GOV.UK error, one per input, in the page's order. */
export function settingFormErrors(
  issues: readonly FieldIssue[],
  values: SettingFormValues,
  sent: SentSetting,
): FormError[] {
  const byInput = new Map<string, FormError>();
  for (const issue of issues) {
    const error = settingFormError(issue, values, sent);
    if (!byInput.has(error.inputId)) byInput.set(error.inputId, error);
  }
  const order = inputOrder(values);
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return [...byInput.values()].sort((a, b) => rank(a.inputId) - rank(b.inputId));
}

/** A URN already on another setting (DuplicateError). */
export function duplicateUrnError(values: SettingFormValues): FormError {
  return {
    inputId: 'urn',
    text: `Another setting on the register already has URN ${values.urn.trim()}. Search the register for it, or check the URN`,
  };
}

export interface SettingFormModelInput {
  mode: 'new' | 'edit';
  values: SettingFormValues;
  /** The LAs the officer may choose (their own; on edit, the setting's too). */
  laCodes: readonly string[];
  laNames: ReadonlyMap<string, string>;
  errors?: readonly FormError[];
  /** The stored setting (edit): its id and name for the page. */
  setting?: Pick<Setting, 'id' | 'name'> | null;
  /** The postcode district the stored setting is placed at the centre of, if it is. */
  approximateDistrict?: string | null;
  /** The setting changed since the form was opened: the form now shows its current details. */
  conflict?: boolean;
}

const option = (value: string, text: string, chosen: string) => ({ value, text, checked: value === chosen });

/** The form as plain data: options with what is chosen, errors by input, one block per provision. */
export function settingFormModel(input: SettingFormModelInput) {
  const { mode, values, errors = [], laNames } = input;
  const errorFor: Record<string, string> = Object.fromEntries(errors.map((e) => [e.inputId, e.text]));
  const settingPath = input.setting ? `/settings/${encodeURIComponent(input.setting.id)}` : null;
  const laName = (code: string) => {
    const name = laNames.get(code);
    return name ? `${name} (${code})` : `LA ${code}`;
  };
  const laCodes = [...new Set([...input.laCodes, ...(values.laCode ? [values.laCode] : [])])].sort();
  return {
    mode,
    heading: mode === 'new' ? 'Add a setting' : `Change details: ${input.setting?.name ?? values.name}`,
    action: mode === 'new' ? '/settings/new' : `${settingPath}/edit`,
    cancelPath: mode === 'new' ? '/register' : settingPath,
    settingName: input.setting?.name ?? null,
    submitText: mode === 'new' ? 'Add the setting' : 'Save changes',
    values,
    errors,
    errorFor,
    conflict: input.conflict ?? false,
    approximateDistrict: input.approximateDistrict ?? null,
    kindItems: SETTING_KINDS.map((k) => option(k, SETTING_KIND_WORDS[k], values.kind)),
    sectorItems: SECTORS.map((s) => option(s, SECTOR_WORDS[s], values.sector)),
    phaseItems: PHASES.map((p) => option(p, PHASE_WORDS[p], values.phase)),
    genderItems: GENDER_INTAKES.map((g) => option(g, GENDER_INTAKE_WORDS[g], values.genderIntake)),
    boardingItems: BOARDING.map((b) => option(b, BOARDING_WORDS[b], values.boarding)),
    laChoice: laCodes.length > 1,
    laItems: laCodes.map((code) => ({ value: code, text: laName(code), selected: code === values.laCode })),
    laText: values.laCode ? laName(values.laCode) : null,
    addressLines: values.addressLines.map((value, i) => ({
      id: `addressLine${i + 1}`,
      label: i === 0 ? 'Address line 1' : `Address line ${i + 1} (optional)`,
      value,
      error: errorFor[`addressLine${i + 1}`] ?? null,
    })),
    provisions: values.provisions.map((row, i) => provisionRowModel(row, i, errorFor)),
  };
}

export type SettingFormModel = ReturnType<typeof settingFormModel>;

function provisionRowModel(row: ProvisionRow, index: number, errorFor: Readonly<Record<string, string>>) {
  const p = `p${index}`;
  const mainRoll = index === 0;
  const stored = row.id !== '';
  const err = (field: string) => errorFor[`${p}-${field}`] ?? null;
  return {
    prefix: p,
    mainRoll,
    stored,
    id: row.id,
    legend: mainRoll ? 'Main roll' : stored ? `Provision ${index + 1}` : `Provision ${index + 1} (optional)`,
    values: row,
    kindItems: [
      ...(stored ? [] : [{ value: '', text: 'Not used', selected: row.kind === '' }]),
      ...FURTHER_PROVISION_KINDS.map((k) => ({
        value: k,
        text: PROVISION_KIND_WORDS[k],
        selected: row.kind === k,
      })),
    ],
    needItems: NEED_CODES.map((code) => ({
      value: code,
      text: needWords(code),
      checked: row.designation.includes(code),
    })),
    tierItems: AP_TIERS.map((t) => ({ value: t, text: AP_TIER_WORDS[t], checked: row.apTiers.includes(t) })),
    errors: {
      kind: err('kind'),
      name: err('name'),
      designation: err('designation'),
      apTiers: err('apTiers'),
      ageLow: err('ageLow'),
      ageHigh: err('ageHigh'),
    },
  };
}
