// The columns of the GIAS "all establishment data" extract (edubasealldataYYYYMMDD.csv) that the
// importer reads, named exactly as in the file's header. The file has ~130 more; they are ignored.
// Only REQUIRED_COLUMNS must be there; a row of a file without an optional column has no such key.

export const GIAS_COLUMNS = {
  urn: 'URN',
  name: 'EstablishmentName',
  typeCode: 'TypeOfEstablishment (code)',
  typeName: 'TypeOfEstablishment (name)',
  status: 'EstablishmentStatus (name)',
  phase: 'PhaseOfEducation (name)',
  lowAge: 'StatutoryLowAge',
  highAge: 'StatutoryHighAge',
  boarders: 'Boarders (name)',
  gender: 'Gender (name)',
  religiousCharacter: 'ReligiousCharacter (name)',
  schoolCapacity: 'SchoolCapacity',
  pupils: 'NumberOfPupils',
  laCode: 'LA (code)',
  street: 'Street',
  locality: 'Locality',
  address3: 'Address3',
  town: 'Town',
  postcode: 'Postcode',
  easting: 'Easting',
  northing: 'Northing',
  section41: 'Section41Approved (name)',
  resourcedProvisionType: 'TypeOfResourcedProvision (name)',
  resourcedProvisionOnRoll: 'ResourcedProvisionOnRoll',
  resourcedProvisionCapacity: 'ResourcedProvisionCapacity',
  senUnitOnRoll: 'SenUnitOnRoll',
  senUnitCapacity: 'SenUnitCapacity',
} as const;

/** SEN1 (name) … SEN13 (name): the needs a setting provides for, unordered. */
export const SEN_COLUMNS: readonly string[] = Array.from({ length: 13 }, (_, i) => `SEN${i + 1} (name)`);

const C = GIAS_COLUMNS;

/**
 * What a row cannot become a right setting without: who it is, what kind, whether open, where
 * (LA, grid reference, first address line and postcode) and whom it takes (phase, ages, gender).
 * A file that lacks any of these is refused whole.
 */
export const REQUIRED_COLUMNS: readonly string[] = [
  C.urn,
  C.name,
  C.typeCode,
  C.status,
  C.phase,
  C.lowAge,
  C.highAge,
  C.gender,
  C.laCode,
  C.street,
  C.postcode,
  C.easting,
  C.northing,
];

const KEPT = 'a setting already in the register keeps its own';

/**
 * The columns a file may lack (a download of selected GIAS fields, an older layout), and what the
 * import does without them, as the summary says it. A setting given a default gets a note saying so.
 */
export const OPTIONAL_COLUMNS: Readonly<Record<string, string>> = {
  [C.typeName]: 'an unknown type code is reported without its name',
  [C.locality]: 'address lines are read from the other address columns',
  [C.address3]: 'address lines are read from the other address columns',
  [C.town]: `no town for a new setting; ${KEPT}`,
  [C.boarders]: `a new setting is recorded as day only; ${KEPT}`,
  [C.religiousCharacter]: `a new setting is recorded with no religious character; ${KEPT}`,
  [C.section41]: `a new independent special school or special post-16 institution is recorded as not approved under section 41; ${KEPT}`,
  [C.schoolCapacity]: 'no GIAS capacity for the main roll: figures in the register are kept',
  [C.pupils]: 'no GIAS capacity for the main roll: figures in the register are kept',
  [C.resourcedProvisionType]: `no resourced provision or SEN unit for a new mainstream setting; those in the register are kept`,
  [C.resourcedProvisionCapacity]:
    'no GIAS capacity for resourced provisions: figures in the register are kept',
  [C.resourcedProvisionOnRoll]: 'no GIAS capacity for resourced provisions: figures in the register are kept',
  [C.senUnitCapacity]: 'no GIAS capacity for SEN units: figures in the register are kept',
  [C.senUnitOnRoll]: 'no GIAS capacity for SEN units: figures in the register are kept',
  ...Object.fromEntries(
    SEN_COLUMNS.map((column) => [
      column,
      `needs are read from the SEN columns there are; with none, a new setting has no designation and ${KEPT}`,
    ]),
  ),
};

/** Every column the importer reads. */
export const COLUMNS_READ: readonly string[] = [...REQUIRED_COLUMNS, ...Object.keys(OPTIONAL_COLUMNS)];

/** One CSV record keyed by (canonical) column name; a column the file lacks has no key. */
export type GiasRow = Readonly<Record<string, string | undefined>>;

/**
 * The header with every column we read spelled as above (GIAS has varied the case of a few,
 * e.g. "SENUnitCapacity"), and the columns we read that it lacks, required and optional.
 */
export function canonicalHeader(header: readonly string[]): {
  names: string[];
  missingRequired: string[];
  missingOptional: string[];
} {
  const known = new Map(COLUMNS_READ.map((name) => [name.toLowerCase(), name]));
  const names = header.map((raw) => {
    const name = raw.trim();
    return known.get(name.toLowerCase()) ?? name;
  });
  const present = new Set(names);
  return {
    names,
    missingRequired: REQUIRED_COLUMNS.filter((name) => !present.has(name)),
    missingOptional: Object.keys(OPTIONAL_COLUMNS).filter((name) => !present.has(name)),
  };
}

/** Whether the row's file has the column (a blank cell is a column that is there). */
export function hasColumn(row: GiasRow, column: string): boolean {
  return row[column] !== undefined;
}

/** A cell's value, trimmed; '' when blank or when the file has no such column. */
export function cell(row: GiasRow, column: string): string {
  return row[column]?.trim() ?? '';
}
