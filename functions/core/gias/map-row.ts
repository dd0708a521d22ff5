import { InvalidInputError } from '../errors.js';
import type { AgeRange, ApTier, Capacity, ProvisionKind, SettingKind } from '../model.js';
import type { NeedCode } from '../needs.js';
import { LIMITS, parseSettingInput, type SettingDraft } from '../setting-input.js';
import { GIAS_COLUMNS as C, cell, type GiasRow, hasColumn, SEN_COLUMNS } from './columns.js';
import { locationFromGrid } from './coordinates.js';
import { establishmentTypeOf } from './establishment-types.js';
import { extractTimestamp } from './extract-date.js';
import { boardingOf, countOf, genderOf, needOf, phaseOf, religiousCharacterOf, statusOf } from './values.js';

/** Who GIAS capacity figures are recorded as stated by. */
export const GIAS_IMPORTER = 'gias-import';

/**
 * GIAS does not record AP tiers. A placement at an AP setting is tier 2 (time-limited) or tier 3
 * (transition); tier 1 is outreach into mainstream, which nothing in GIAS tells us about.
 */
export const DEFAULT_AP_TIERS: readonly ApTier[] = ['TIER_2', 'TIER_3'];

export const PROVISION_NAMES: Readonly<Record<ProvisionKind, string>> = {
  MAIN_ROLL: 'Main roll',
  AP_PROGRAMME: 'Alternative provision',
  RESOURCED_PROVISION: 'Resourced provision',
  SEN_UNIT: 'SEN unit',
};

/** Kinds whose SEN columns describe the whole setting, so they designate its main roll. */
const DESIGNATED_KINDS: ReadonlySet<SettingKind> = new Set([
  'SPECIAL',
  'INDEPENDENT_SPECIAL',
  'SPECIAL_POST_16',
  'ALTERNATIVE_PROVISION',
]);
const SECTION_41_KINDS: ReadonlySet<SettingKind> = new Set(['INDEPENDENT_SPECIAL', 'SPECIAL_POST_16']);
/** Colleges and post-16 institutions teach adults too: GIAS gives them ages up to 99. */
const ADULT_AGE_KINDS: ReadonlySet<SettingKind> = new Set(['FURTHER_EDUCATION', 'SPECIAL_POST_16']);

/** A detail of a setting that comes from an optional column (see OPTIONAL_COLUMNS). */
export type OptionalDetail =
  | 'boarding'
  | 'religiousCharacter'
  | 'section41Approved'
  | 'town'
  | 'designation'
  | 'specialistProvisions';

const OPTIONAL_DETAIL_NAMES: Readonly<Record<OptionalDetail, string>> = {
  boarding: 'boarding',
  religiousCharacter: 'religious character',
  section41Approved: 'section 41 approval',
  town: 'town',
  designation: 'the needs provided for (SEN columns)',
  specialistProvisions: 'resourced provision and SEN unit',
};

/**
 * Details of this setting the file has no column for. A new setting takes the defaults in the
 * draft, whose `defaultNotes` say so; a setting already in the register keeps its own, and
 * `keptNote` stands in for those notes.
 */
export interface NotInFile {
  details: OptionalDetail[];
  defaultNotes: string[];
  keptNote: string;
}

export interface GiasRecord {
  urn: string;
  /** Validated by parseSettingInput, with GIAS provenance. */
  draft: SettingDraft;
  /** GIAS figures for the draft's provisions, by kind (GIAS describes at most one of each). */
  capacities: Partial<Record<ProvisionKind, Capacity>>;
  /** Imported, but something was left out or assumed: for the summary. */
  warnings: string[];
  /** Null when the file has every column that matters to this setting. */
  notInFile: NotInFile | null;
}

export type GiasRowResult =
  | { outcome: 'import'; record: GiasRecord }
  /** Not imported by design (not a school setting, not open yet). */
  | { outcome: 'skip'; reason: string }
  /** Not valid. `closed` rows are still used to close a setting already in the register. */
  | { outcome: 'reject'; reasons: string[]; urn: string | null; closed: boolean };

/**
 * One GIAS row → a validated setting draft and its GIAS capacity, or why not. A column the file
 * lacks (only optional ones can be: see OPTIONAL_COLUMNS) gives its default, noted on the setting.
 */
export function mapGiasRow(row: GiasRow, extractDate: string): GiasRowResult {
  const urn = cell(row, C.urn);
  const rawStatus = cell(row, C.status);
  const status = statusOf(rawStatus);
  const reject = (reasons: string[]): GiasRowResult => ({
    outcome: 'reject',
    reasons,
    urn: urn === '' ? null : urn,
    closed: status === 'CLOSED',
  });

  if (urn === '') return reject(['missing URN']);
  const typeCode = cell(row, C.typeCode);
  if (typeCode === '') return reject(['missing establishment type code']);
  const type = establishmentTypeOf(typeCode);
  if (!type) {
    const typeName = cell(row, C.typeName);
    return reject([`unknown establishment type code ${typeCode}${typeName ? ` ("${typeName}")` : ''}`]);
  }
  if ('skip' in type) return { outcome: 'skip', reason: `not a school setting: ${type.skip}` };
  if (status === null) return reject([`unknown establishment status "${rawStatus}"`]);
  if (status === 'PROPOSED_TO_OPEN')
    return { outcome: 'skip', reason: 'proposed to open: not a setting yet' };

  const { kind, sector } = type;
  const problems: string[] = [];
  const notes: string[] = [];
  const warnings: string[] = [];
  const missing = new Map<OptionalDetail, string>();
  const noColumn = (detail: OptionalDetail, note: string) => {
    missing.set(detail, note);
    notes.push(note);
  };

  const phase = phaseOf(cell(row, C.phase));
  if (!phase) problems.push(`unknown phase "${cell(row, C.phase)}"`);
  const genderIntake = genderOf(cell(row, C.gender));
  if (!genderIntake) problems.push(`unknown gender "${cell(row, C.gender)}"`);
  let boarding = boardingOf(cell(row, C.boarders));
  if (!hasColumn(row, C.boarders)) {
    noColumn('boarding', 'The GIAS file had no Boarders column: recorded as day only.');
  } else if (!boarding) {
    boarding = 'DAY';
    warnings.push(`unknown Boarders value "${cell(row, C.boarders)}": recorded as day only`);
    notes.push(`GIAS's Boarders value "${cell(row, C.boarders)}" is not one we know: recorded as day only.`);
  } else if (boarding === 'DAY_AND_RESIDENTIAL') {
    notes.push(
      'GIAS says this setting has boarders, not whether it also takes day pupils: recorded as both.',
    );
  }
  const ageRange = ageRangeOf(row, kind, notes);
  if ('problem' in ageRange) problems.push(ageRange.problem);
  const location = locationFromGrid(cell(row, C.easting), cell(row, C.northing));
  if ('problem' in location) problems.push(location.problem);
  const needs: NeedCode[] = [];
  const needsKnown = SEN_COLUMNS.some((column) => hasColumn(row, column));
  for (const column of SEN_COLUMNS) {
    const need = needOf(cell(row, column));
    if ('unknown' in need) problems.push(`unknown SEN code "${need.unknown}"`);
    else if ('need' in need && !needs.includes(need.need)) needs.push(need.need);
  }
  if (problems.length > 0) return reject(problems);

  let section41Approved = cell(row, C.section41).toLowerCase() === 'approved';
  if (!hasColumn(row, C.section41) && SECTION_41_KINDS.has(kind)) {
    noColumn(
      'section41Approved',
      'The GIAS file had no Section41Approved column: not recorded as approved under section 41.',
    );
  } else if (section41Approved && !SECTION_41_KINDS.has(kind)) {
    section41Approved = false;
    notes.push(
      'GIAS marks this setting as approved under section 41, which applies only to independent special schools and special post-16 institutions: not recorded.',
    );
  }

  if (!hasColumn(row, C.religiousCharacter)) {
    noColumn(
      'religiousCharacter',
      'The GIAS file had no ReligiousCharacter column: no religious character recorded.',
    );
  }
  if (!hasColumn(row, C.town)) noColumn('town', 'The GIAS file had no Town column: no town recorded.');
  const provisions = provisionsOf(
    row,
    { kind, needs: needsKnown ? needs : null, extractDate },
    { notes, warnings, noColumn },
  );
  const lines = [cell(row, C.street), cell(row, C.locality), cell(row, C.address3)].filter(Boolean);
  const town = cell(row, C.town);
  const input = {
    urn,
    name: cell(row, C.name),
    kind,
    sector,
    section41Approved,
    establishmentType: Number(typeCode),
    phase,
    ageRange,
    genderIntake,
    boarding,
    religiousCharacter: religiousCharacterOf(cell(row, C.religiousCharacter)),
    laCode: cell(row, C.laCode),
    // A few rows have only a town: it stands in as the first line, which the register requires.
    address: { lines: lines.length > 0 ? lines : [town], town, postcode: cell(row, C.postcode) },
    location,
    status,
    provisions: provisions.map((p) => p.input),
  };
  try {
    const draft = parseSettingInput(input, { source: 'GIAS', notes, provisionSource: 'GIAS' });
    const capacities: Partial<Record<ProvisionKind, Capacity>> = {};
    for (const p of provisions) if (p.capacity) capacities[p.input.kind] = p.capacity;
    return { outcome: 'import', record: { urn, draft, capacities, warnings, notInFile: notInFile(missing) } };
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return reject(error.issues.map((i) => `${i.field.replace(/^input\./, '')}: ${i.message}`));
  }
}

function notInFile(missing: ReadonlyMap<OptionalDetail, string>): NotInFile | null {
  if (missing.size === 0) return null;
  const details = [...missing.keys()];
  return {
    details,
    defaultNotes: [...missing.values()],
    keptNote: `The GIAS file had no column for ${details.map((d) => OPTIONAL_DETAIL_NAMES[d]).join(', ')}: kept as recorded before.`,
  };
}

function ageRangeOf(row: GiasRow, kind: SettingKind, notes: string[]): AgeRange | { problem: string } {
  const low = countOf(cell(row, C.lowAge));
  const high = countOf(cell(row, C.highAge));
  if (low === null || high === null) return { problem: 'missing statutory age range' };
  if (low === 'invalid' || high === 'invalid') return { problem: 'statutory ages are not whole numbers' };
  if (ADULT_AGE_KINDS.has(kind) && high > LIMITS.maxAge && low <= LIMITS.maxAge) {
    notes.push(
      `GIAS gives ages ${low}–${high} (adult learners too); recorded as ${low}–${LIMITS.maxAge}, the upper age for EHC plans.`,
    );
    return { low, high: LIMITS.maxAge };
  }
  // Impossible ranges (low above high, above 25) are left for parseSettingInput to name.
  return { low, high };
}

interface ImportedProvision {
  input: {
    kind: ProvisionKind;
    name: string;
    designation: NeedCode[];
    apTiers?: ApTier[];
  };
  capacity: Capacity | null;
}

/**
 * Special settings and AP: the SEN columns designate the main roll (or AP programme). Mainstream,
 * early years and FE: the main roll is open to all, undesignated; the SEN columns designate the
 * resourced provision and/or SEN unit GIAS lists, each with its own GIAS capacity.
 */
function provisionsOf(
  row: GiasRow,
  setting: { kind: SettingKind; needs: NeedCode[] | null; extractDate: string },
  out: {
    notes: string[];
    warnings: string[];
    noColumn: (detail: OptionalDetail, note: string) => void;
  },
): ImportedProvision[] {
  const { kind, extractDate } = setting;
  const { notes, warnings, noColumn } = out;
  const needs = setting.needs ?? [];
  // Both figures or neither: places alone would record 0 on roll over the register's figures.
  const capacityOf = (places: string, onRoll: string) =>
    hasColumn(row, places) && hasColumn(row, onRoll)
      ? giasCapacity(
          { places: cell(row, places), onRoll: cell(row, onRoll), label: places },
          extractDate,
          warnings,
        )
      : null;
  const noNeedColumns =
    'The GIAS file had no SEN columns: the needs this setting provides for are not recorded.';
  if (setting.needs === null && DESIGNATED_KINDS.has(kind)) noColumn('designation', noNeedColumns);
  const schoolCapacity = capacityOf(C.schoolCapacity, C.pupils);
  if (kind === 'ALTERNATIVE_PROVISION') {
    notes.push(
      'AP tiers are not in GIAS: tiers 2 and 3 (time-limited and transition placements) are assumed until the LA confirms them.',
    );
    return [
      {
        input: {
          kind: 'AP_PROGRAMME',
          name: PROVISION_NAMES.AP_PROGRAMME,
          designation: needs,
          apTiers: [...DEFAULT_AP_TIERS],
        },
        capacity: schoolCapacity,
      },
    ];
  }
  const mainRoll: ImportedProvision = {
    input: {
      kind: 'MAIN_ROLL',
      name: PROVISION_NAMES.MAIN_ROLL,
      designation: DESIGNATED_KINDS.has(kind) ? needs : [],
    },
    capacity: schoolCapacity,
  };
  if (DESIGNATED_KINDS.has(kind)) return [mainRoll];

  if (!hasColumn(row, C.resourcedProvisionType)) {
    noColumn(
      'specialistProvisions',
      'The GIAS file had no TypeOfResourcedProvision column: a resourced provision or SEN unit, if the school has one, is not recorded.',
    );
    return [mainRoll];
  }
  const type = cell(row, C.resourcedProvisionType).toLowerCase();
  const hasRp = type === 'resourced provision' || type === 'resourced provision and sen unit';
  const hasUnit = type === 'sen unit' || type === 'resourced provision and sen unit';
  if (!hasRp && !hasUnit && type !== '' && type !== 'not applicable') {
    warnings.push(`unknown TypeOfResourcedProvision "${cell(row, C.resourcedProvisionType)}": ignored`);
  }
  if (!hasRp && !hasUnit) {
    if (needs.length > 0) {
      notes.push(
        `GIAS lists SEN provision types (${needs.join(', ')}) but no resourced provision or SEN unit: a mainstream main roll is not designated, so they are not recorded.`,
      );
    }
    return [mainRoll];
  }
  const listed =
    hasRp && hasUnit
      ? 'a resourced provision and an SEN unit'
      : hasRp
        ? 'a resourced provision'
        : 'an SEN unit';
  if (setting.needs === null) {
    noColumn(
      'designation',
      `GIAS lists ${listed}, but the file had no SEN columns to say for which needs: not recorded until the LA adds them.`,
    );
    warnings.push('resourced provision or SEN unit without SEN designation: not imported');
    return [mainRoll];
  }
  if (needs.length === 0) {
    notes.push(
      `GIAS lists ${listed} but no SEN designation for it: not recorded until the LA adds its needs.`,
    );
    warnings.push('resourced provision or SEN unit without SEN designation: not imported');
    return [mainRoll];
  }
  if (hasRp && hasUnit) {
    notes.push(
      'GIAS gives one list of needs per school: the resourced provision and the SEN unit are both recorded as designated for all of them.',
    );
  }
  const designated: ImportedProvision[] = [];
  if (hasRp) {
    designated.push({
      input: { kind: 'RESOURCED_PROVISION', name: PROVISION_NAMES.RESOURCED_PROVISION, designation: needs },
      capacity: capacityOf(C.resourcedProvisionCapacity, C.resourcedProvisionOnRoll),
    });
  }
  if (hasUnit) {
    designated.push({
      input: { kind: 'SEN_UNIT', name: PROVISION_NAMES.SEN_UNIT, designation: needs },
      capacity: capacityOf(C.senUnitCapacity, C.senUnitOnRoll),
    });
  }
  return [mainRoll, ...designated];
}

/**
 * GIAS figures as a provision's initial capacity. GIAS has places and (census) pupils on roll but
 * no vacancies: vacancies are estimated as places minus on roll, never below 0, or 0 when the
 * number on roll is blank, and the note says so. Source GIAS: lists never show it as confirmed.
 */
export function giasCapacity(
  cells: { places: string; onRoll: string; label: string },
  extractDate: string,
  warnings: string[],
): Capacity | null {
  const places = countOf(cells.places);
  const onRoll = countOf(cells.onRoll);
  if (places === 'invalid' || onRoll === 'invalid') {
    warnings.push(`${cells.label} or its number on roll is not a whole number: capacity not imported`);
    return null;
  }
  if (places === null) return null;
  const note =
    onRoll === null
      ? `From the GIAS extract of ${extractDate}: ${places} places. GIAS gives no number on roll and no vacancies here, so both are recorded as 0. Not confirmed by the setting.`
      : `From the GIAS extract of ${extractDate}: ${places} places, ${onRoll} on roll at the school census. GIAS has no vacancy figures: vacancies are estimated as places minus pupils on roll. Not confirmed by the setting.`;
  return {
    places,
    onRoll: onRoll ?? 0,
    vacancies: onRoll === null ? 0 : Math.max(0, places - onRoll),
    vacanciesByYear: [],
    pendingConsultations: 0,
    note,
    source: 'GIAS',
    updatedAt: extractTimestamp(extractDate),
    updatedBy: GIAS_IMPORTER,
  };
}
