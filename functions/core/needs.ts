/** The DfE census / SEN2 need codes: the single list the schema enum is checked against. */
export const NEED_CODES = [
  'SPLD',
  'MLD',
  'SLD',
  'PMLD',
  'SEMH',
  'SLCN',
  'ASD',
  'HI',
  'VI',
  'MSI',
  'PD',
  'OTH',
] as const;

export type NeedCode = (typeof NEED_CODES)[number];

export type BroadArea =
  | 'Cognition and learning'
  | 'Social, emotional and mental health'
  | 'Communication and interaction'
  | 'Sensory and/or physical'
  | 'Other';

export const NEEDS: Readonly<Record<NeedCode, { name: string; area: BroadArea }>> = {
  SPLD: { name: 'Specific learning difficulty', area: 'Cognition and learning' },
  MLD: { name: 'Moderate learning difficulty', area: 'Cognition and learning' },
  SLD: { name: 'Severe learning difficulty', area: 'Cognition and learning' },
  PMLD: { name: 'Profound and multiple learning difficulty', area: 'Cognition and learning' },
  SEMH: { name: 'Social, emotional and mental health', area: 'Social, emotional and mental health' },
  SLCN: { name: 'Speech, language and communication needs', area: 'Communication and interaction' },
  ASD: { name: 'Autistic spectrum disorder', area: 'Communication and interaction' },
  HI: { name: 'Hearing impairment', area: 'Sensory and/or physical' },
  VI: { name: 'Visual impairment', area: 'Sensory and/or physical' },
  MSI: { name: 'Multi-sensory impairment', area: 'Sensory and/or physical' },
  PD: { name: 'Physical disability', area: 'Sensory and/or physical' },
  OTH: { name: 'Other difficulty/disability', area: 'Other' },
};

/** True when the string is one of the need codes. */
export function isNeedCode(value: string): value is NeedCode {
  return (NEED_CODES as readonly string[]).includes(value);
}
