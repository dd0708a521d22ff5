import { COLUMNS_READ } from '../../functions/core/gias/columns.js';

// A GIAS row as csv-parse gives it: every cell a string. The base is an open community primary
// school in Horsham (West Sussex, LA 938) with no SEN provision.

const BASE: Record<string, string> = {
  URN: '900100',
  EstablishmentName: 'Test Community Primary School',
  'TypeOfEstablishment (code)': '01',
  'TypeOfEstablishment (name)': 'Community school',
  'EstablishmentStatus (name)': 'Open',
  'PhaseOfEducation (name)': 'Primary',
  StatutoryLowAge: '4',
  StatutoryHighAge: '11',
  'Boarders (name)': 'No boarders',
  'Gender (name)': 'Mixed',
  'ReligiousCharacter (name)': 'Does not apply',
  SchoolCapacity: '210',
  NumberOfPupils: '200',
  'LA (code)': '938',
  Street: 'School Lane',
  Locality: '',
  Address3: '',
  Town: 'Horsham',
  Postcode: 'RH12 1AA',
  Easting: '517500',
  Northing: '130500',
  'Section41Approved (name)': 'Not applicable',
  'TypeOfResourcedProvision (name)': 'Not applicable',
  ResourcedProvisionOnRoll: '',
  ResourcedProvisionCapacity: '',
  SenUnitOnRoll: '',
  SenUnitCapacity: '',
};

/** A complete row; `sen` fills SEN1 (name), SEN2 (name)… in order, the rest blank. */
export function aGiasRow(overrides: Record<string, string> = {}, sen: string[] = []): Record<string, string> {
  const row: Record<string, string> = Object.fromEntries(COLUMNS_READ.map((c) => [c, '']));
  Object.assign(row, BASE);
  sen.forEach((value, i) => {
    row[`SEN${i + 1} (name)`] = value;
  });
  return { ...row, ...overrides };
}

/** A row of a file without these columns: they have no key, as readGiasCsv gives it. */
export function withoutColumns(
  row: Record<string, string>,
  columns: readonly string[],
): Record<string, string> {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !columns.includes(column)));
}

export const SEN = {
  ASD: 'ASD - Autistic Spectrum Disorder',
  SPLD: 'SpLD - Specific Learning Difficulty',
  SLCN: 'SLCN - Speech, language and Communication',
  PMLD: 'PMLD - Profound and Multiple Learning Difficulty',
  SLD: 'SLD - Severe Learning Difficulty',
  SEMH: 'SEMH - Social, Emotional and Mental Health',
  HI: 'HI - Hearing Impairment',
  MSI: 'MSI - Multi-Sensory Impairment',
  OTH: 'OTH - Other Difficulty/Disability',
  NONE: 'Not Applicable',
} as const;
