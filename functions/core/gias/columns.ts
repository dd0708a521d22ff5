// The columns of the GIAS "all establishment data" extract (edubasealldataYYYYMMDD.csv) that the
// importer reads, named exactly as in the file's header. The file has ~130 more; they are ignored.

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

export const REQUIRED_COLUMNS: readonly string[] = [...Object.values(GIAS_COLUMNS), ...SEN_COLUMNS];

/** One CSV record keyed by (canonical) column name. */
export type GiasRow = Readonly<Record<string, string | undefined>>;

/**
 * The header with every column we read spelled as above (GIAS has varied the case of a few,
 * e.g. "SENUnitCapacity"), and the columns we read that it lacks.
 */
export function canonicalHeader(header: readonly string[]): { names: string[]; missing: string[] } {
  const known = new Map(REQUIRED_COLUMNS.map((name) => [name.toLowerCase(), name]));
  const names = header.map((raw) => {
    const name = raw.trim();
    return known.get(name.toLowerCase()) ?? name;
  });
  const present = new Set(names);
  return { names, missing: REQUIRED_COLUMNS.filter((name) => !present.has(name)) };
}

/** A cell's value, trimmed; '' when absent. */
export function cell(row: GiasRow, column: string): string {
  return row[column]?.trim() ?? '';
}
