import { type CsvValue, csvText } from '../csv.js';
import { londonDate } from '../journey/dates.js';
import { lastConfirmedAtOf } from '../lists/capacity-status.js';
import { agesOf } from '../lists/evaluation.js';
import type { AgeRange, CapacitySource, Provision, Setting } from '../model.js';
import { PHASE_WORDS, PROVISION_KIND_WORDS, SETTING_KIND_WORDS, SOURCE_WORDS } from '../words.js';

/**
 * What OpenPlace holds towards the specialist part of DfE's school capacity survey (SCAP), for an
 * officer to copy into DfE's return: it is not an upload file. DfE's column names here are those
 * of its published SCAP data on Explore Education Statistics (research notes, December 2026), not
 * checked against the 2026 COLLECT template, whose specialist-capacity section two searches of the
 * stored guide could not reach; a few (marked inferred in the CSV's notes) were not seen in any DfE
 * source. DfE publishes unit and resourced-provision capacity one row per mainstream school, split
 * primary and secondary, so the sheet does too. SCAP's capacity is the council's own figure as at
 * 1 May, so the school's stated places are only a candidate for it.
 * Guide: "School capacity (SCAP) survey 2026: guide for local authorities", DfE, 30 April 2026.
 */

export const SCAP_GUIDE =
  'School capacity (SCAP) survey 2026: guide for local authorities, DfE, published 30 April 2026, https://www.gov.uk/government/publications/how-to-complete-the-scap-survey-guide-for-local-authorities/school-capacity-scap-survey-2026-guide-for-local-authorities';

const EES_SOURCES = [
  'Specialist provision- mainstream schools, school level: https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/877e7011-7c87-4a21-8384-1f39cdeeb571',
  'Specialist provision capacity- national, regional, local authority: https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/14de1c67-babd-4362-b9aa-45d8e0a1de15',
  'Local authority specialist provision pupil forecasts: https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/7ee937bb-686b-4389-9312-d4ebe56a452d',
  'School capacity 2023-24 release: https://explore-education-statistics.service.gov.uk/find-statistics/school-capacity/2023-24',
  'School capacity methodology: https://explore-education-statistics.service.gov.uk/methodology/school-capacity',
];

/** DfE's names for these columns were not seen in any DfE source: OpenPlace's guess, to check. */
const INFERRED = [
  'urn',
  'school_name',
  'secondary_capacity',
  'special_school_capacity',
  'SEND_unit_capacity',
];

const CANNOT_SUPPLY = [
  'Capacity as the council reports it as at 1 May: OpenPlace has only the places stated by the school or the council, with their date and source.',
  'The primary/secondary split for all-through schools and units (DfE apportions it; its rule was not read), and for any whose places are not stated by phase.',
  'Secondary post-16 capacity shown on its own, and capacity by year group, if the 2026 template asks for them.',
  'Number on roll (pupils_on_roll and by phase): DfE takes it from the May school census. OpenPlace’s counts of children are a different measure.',
  'Specialist provision pupil forecasts (resident children with an EHC plan needing a specialist place: 5 years for primary, 7 for secondary), and any further breakdown the 2026 forecasting guidance asks for.',
  'Planned places (collected for mainstream places).',
  'LAESTAB: OpenPlace does not hold the 4-digit DfE establishment number.',
  'Planning area: OpenPlace does not hold the council’s pupil planning areas.',
  'new_la_code (the ONS code) and time_period.',
  'Supplementary information and commentary.',
];

type ScapPhase = 'PRIMARY' | 'SECONDARY' | 'ALL_THROUGH';

/** Primary, secondary or all-through by age range (GIAS ages: primary 4–11, secondary from 11). */
function phaseOf(ages: AgeRange): ScapPhase {
  if (ages.high <= 11) return 'PRIMARY';
  if (ages.low >= 11) return 'SECONDARY';
  return 'ALL_THROUGH';
}

type BaseKind = 'SEN_UNIT' | 'RESOURCED_PROVISION';
const BASE_KINDS: readonly BaseKind[] = ['SEN_UNIT', 'RESOURCED_PROVISION'];
/** Units before resourced provision, as DfE's columns run. */
const baseOrder = (p: Provision) => BASE_KINDS.indexOf(p.kind as BaseKind);

/** Figures stated by the school or the council: the only ones that may go into DfE's columns. */
const STATED: readonly CapacitySource[] = ['SETTING', 'LA'];

const STATE_FUNDED = (s: Setting) => s.sector === 'LA_MAINTAINED' || s.sector === 'ACADEMY';

/** A special school, or a mainstream school with its SEN units and resourced provisions: one row each, as DfE publishes them. */
interface Row {
  kind: 'SPECIAL_SCHOOL' | 'MAINSTREAM_SCHOOL';
  setting: Setting;
  provisions: Provision[];
}

/** SCAP's specialist rows among the council's settings: open state-funded special schools, and its open state-funded mainstream schools with SEN units or resourced provision. */
function scapRows(laCode: string, settings: readonly Setting[]): Row[] {
  const rows: Row[] = [];
  for (const s of settings) {
    if (s.laCode !== laCode || s.status === 'CLOSED' || !STATE_FUNDED(s)) continue;
    if (s.kind === 'SPECIAL' || s.kind === 'SPECIAL_POST_16') {
      const provisions = s.provisions.filter((p) => p.kind !== 'AP_PROGRAMME');
      rows.push({ kind: 'SPECIAL_SCHOOL', setting: s, provisions });
    } else if (s.kind === 'MAINSTREAM') {
      const bases = s.provisions
        .filter((p) => (BASE_KINDS as readonly string[]).includes(p.kind))
        .sort((a, b) => baseOrder(a) - baseOrder(b) || a.name.localeCompare(b.name));
      if (bases.length > 0) rows.push({ kind: 'MAINSTREAM_SCHOOL', setting: s, provisions: bases });
    }
  }
  return rows.sort(
    (a, b) => a.setting.name.localeCompare(b.setting.name) || a.setting.id.localeCompare(b.setting.id),
  );
}

/**
 * Places by phase and in all: a phase's column only when none of the provisions spans both phases
 * (blank where none is of that phase), and every column only for figures DfE's columns may take.
 */
function phaseColumns(provisions: readonly Provision[], ages: (p: Provision) => AgeRange): CsvValue[] {
  if (provisions.length === 0) return [null, null, null];
  const f = figuresOf(provisions);
  if (!f.forScap) return [null, null, null];
  const phases = provisions.map((p) => phaseOf(ages(p)));
  const split = !phases.includes('ALL_THROUGH');
  const sumOf = (phase: ScapPhase) => {
    const these = provisions.filter((_, i) => phases[i] === phase);
    return split && these.length > 0 ? these.reduce((n, p) => n + (p.capacity?.places ?? 0), 0) : null;
  };
  return [sumOf('PRIMARY'), sumOf('SECONDARY'), f.places];
}

/** A row's places and provenance: a sum only when every provision has a figure; the oldest date. */
function figuresOf(provisions: readonly Provision[]) {
  const capacities = provisions.flatMap((p) => (p.capacity ? [p.capacity] : []));
  const complete = capacities.length > 0 && capacities.length === provisions.length;
  const sources = [...new Set(capacities.map((c) => c.source))];
  const oldest = capacities.map(lastConfirmedAtOf).sort()[0];
  return {
    places: complete ? capacities.reduce((n, c) => n + c.places, 0) : null,
    /** Only figures the school or council stated may stand in DfE's columns. */
    forScap: complete && sources.every((s) => STATED.includes(s)),
    complete,
    sources,
    lastStated: oldest ? londonDate(new Date(oldest)) : null,
  };
}

const HEADER = [
  'old_la_code',
  'la_name',
  'urn',
  'school_name',
  'school_main_phase',
  'primary_capacity',
  'secondary_capacity',
  'special_school_capacity',
  'primary_SEND_unit_capacity',
  'secondary_SEND_unit_capacity',
  'SEND_unit_capacity',
  'primary_resourced_provision_capacity',
  'secondary_resourced_provision_capacity',
  'resourced_provision_capacity',
  'openplace_row',
  'openplace_provision_name',
  'openplace_places_stated',
  'openplace_last_stated_or_confirmed',
  'openplace_source',
  'openplace_source_note',
  'openplace_designation',
] as const;

/**
 * What each column holds. DfE's columns quote the variable descriptions of its published SCAP data
 * (Explore Education Statistics) where one was read; "(inferred)" where none was.
 */
const DEFINITIONS: Readonly<Record<(typeof HEADER)[number], string>> = {
  old_la_code: 'DfE: the 3-digit local authority code.',
  la_name: 'DfE: the local authority’s name.',
  urn: '(inferred) The school’s unique reference number.',
  school_name: '(inferred) The establishment’s name.',
  school_main_phase:
    'DfE: “School main phase”. OpenPlace derives it from the age range: primary to 11, secondary from 11, else all-through.',
  primary_capacity: 'DfE: “Primary capacity” (special schools).',
  secondary_capacity:
    '(inferred) Secondary capacity (special schools). DfE: it “includes post-16 capacity in secondary specialist provision, where appropriate”.',
  special_school_capacity:
    '(inferred) DfE: “School places in special schools … This includes sixth form places and excludes nursery places, reported by local authorities.”',
  primary_SEND_unit_capacity: 'DfE: “Primary special educational needs and disabilities unit capacity”.',
  secondary_SEND_unit_capacity: 'DfE: “Secondary special educational needs and disabilities unit capacity”.',
  SEND_unit_capacity: '(inferred) The unit’s capacity, primary and secondary together.',
  primary_resourced_provision_capacity: 'DfE: “Primary resourced provision capacity”.',
  secondary_resourced_provision_capacity: 'DfE: “Secondary resourced provision capacity”.',
  resourced_provision_capacity: 'DfE: “Resourced provision capacity”.',
  openplace_row:
    'OpenPlace: what the row is: a special school, or a mainstream school’s SEN units, resourced provision or both. The school census tells them apart by where pupils are taught: mainly in mainstream classes, with a base (resourced provision), or mainly in separate classes (SEN unit).',
  openplace_provision_name:
    'OpenPlace: the names of the school’s units and resourced provisions, as the register holds them.',
  openplace_places_stated: 'OpenPlace: the places stated for the row, however old and whoever stated them.',
  openplace_last_stated_or_confirmed:
    'OpenPlace: when those places were last stated or confirmed (the oldest, for several).',
  openplace_source: 'OpenPlace: who stated them: SETTING (the school), LA (the council), GIAS or SYNTHETIC.',
  openplace_source_note: 'OpenPlace: why a figure is not in DfE’s columns, where it is not.',
  openplace_designation:
    'OpenPlace: the needs it is designated for (DfE need codes); SCAP’s capacity does not take account of need.',
};

/** "SEN unit", "Resourced provision", or "SEN unit and resourced provision". */
function basesWords(unit: boolean, resourced: boolean): string {
  if (unit && resourced) {
    return `${PROVISION_KIND_WORDS.SEN_UNIT} and ${PROVISION_KIND_WORDS.RESOURCED_PROVISION.toLowerCase()}`;
  }
  return PROVISION_KIND_WORDS[unit ? 'SEN_UNIT' : 'RESOURCED_PROVISION'];
}

function record(row: Row, laCode: string, laName: string | null): CsvValue[] {
  const s = row.setting;
  const f = figuresOf(row.provisions);
  const special = row.kind === 'SPECIAL_SCHOOL';
  const bases = (kind: BaseKind) => (special ? [] : row.provisions.filter((p) => p.kind === kind));
  const notStated = f.sources.some((source) => !STATED.includes(source));
  const sourceNote = [
    ...(notStated ? ['Not stated by the school: not put in DfE’s columns.'] : []),
    ...(f.complete ? [] : ['Not every provision has places stated.']),
    ...f.sources.map((source) => SOURCE_WORDS[source]),
  ].join(' ');
  return [
    laCode,
    laName,
    s.urn,
    s.name,
    PHASE_WORDS[phaseOf(s.ageRange)],
    ...phaseColumns(special ? row.provisions : [], () => s.ageRange),
    ...phaseColumns(bases('SEN_UNIT'), (p) => agesOf(s, p)),
    ...phaseColumns(bases('RESOURCED_PROVISION'), (p) => agesOf(s, p)),
    special
      ? SETTING_KIND_WORDS[s.kind]
      : basesWords(bases('SEN_UNIT').length > 0, bases('RESOURCED_PROVISION').length > 0),
    special ? null : row.provisions.map((p) => p.name).join('; '),
    f.places,
    f.lastStated,
    f.sources.join(' ') || 'none stated',
    sourceNote || null,
    [...new Set(row.provisions.flatMap((p) => p.designation))].join(' '),
  ];
}

export interface ScapInput {
  laCode: string;
  /** The council's name, where known (SCAP's la_name). */
  laName?: string | null;
  /** The council's settings (others are left out here), with live figures. */
  settings: readonly Setting[];
  /** The London date the CSV is made on. */
  today: string;
}

/** The council's special schools, SEN units and resourced provision as CSV, for an officer to copy into SCAP. */
export function scapCsv(input: ScapInput): string {
  const laName = input.laName ?? null;
  const council = laName ? `${laName} (LA code ${input.laCode})` : `LA code ${input.laCode}`;
  const lines = (texts: readonly string[]) => texts.map((t) => [t]);
  return csvText([
    ...lines([
      `School capacity survey (SCAP): specialist provision figures OpenPlace holds for ${council}, made ${input.today}.`,
      'For an officer to copy into DfE’s return. Not an upload file: check every figure before you enter it.',
      'SCAP asks for the council’s own capacity as at 1 May. OpenPlace has only the places the school or the council stated, with their date and source.',
      'DfE’s column names (before the openplace_ columns) are taken from DfE’s published SCAP data on Explore Education Statistics. They have not been checked against the 2026 COLLECT template.',
      'Rows: one for each of the council’s open state-funded special schools, and one for each of its open state-funded mainstream schools with SEN units or resourced provision (its units summed, and its resourced provisions summed), as DfE publishes them. SCAP does not include independent schools or alternative provision.',
      'A phase split is given only where the ages show it (a primary-only unit, say): where any unit or provision of the kind spans both phases, only the total column is filled.',
      'Places from GIAS or from OpenPlace’s demonstration data were not stated by the school. They are in openplace_places_stated only, never in DfE’s columns.',
    ]),
    [],
    HEADER,
    ...scapRows(input.laCode, input.settings).map((r) => record(r, input.laCode, laName)),
    [],
    ...lines([
      'Notes',
      'What OpenPlace cannot supply:',
      ...CANNOT_SUPPLY.map((t, i) => `${i + 1}. ${t}`),
      `Column names OpenPlace inferred (not seen in any DfE source): ${INFERRED.join(', ')}.`,
      'What each column holds:',
      ...HEADER.map((column) => `${column}: ${DEFINITIONS[column]}`),
      `Guide: ${SCAP_GUIDE}. Its specialist-capacity section was not read when this export was written.`,
      'DfE data sets the column names come from:',
      ...EES_SOURCES.map((t, i) => `${i + 1}. ${t}`),
    ]),
  ]);
}
