import type { Boarding, GenderIntake, Phase, SettingStatus } from '../model.js';
import type { NeedCode } from '../needs.js';

// GIAS's "(name)" values → the register's. Keys are lower case; lookups ignore case and spacing.

const key = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');

export const GIAS_PHASES: Readonly<Record<string, Phase>> = {
  'not applicable': 'NOT_APPLICABLE',
  nursery: 'NURSERY',
  primary: 'PRIMARY',
  'middle deemed primary': 'MIDDLE',
  'middle deemed secondary': 'MIDDLE',
  secondary: 'SECONDARY',
  '16 plus': 'SIXTEEN_PLUS',
  'all-through': 'ALL_THROUGH',
};

/** 'PROPOSED_TO_OPEN' is GIAS's own: such a row is not a setting yet. */
export const GIAS_STATUSES: Readonly<Record<string, SettingStatus | 'PROPOSED_TO_OPEN'>> = {
  open: 'OPEN',
  'open, but proposed to close': 'PROPOSED_TO_CLOSE',
  closed: 'CLOSED',
  'proposed to open': 'PROPOSED_TO_OPEN',
};

/** Nurseries and colleges are "Not applicable": they take both. */
export const GIAS_GENDERS: Readonly<Record<string, GenderIntake>> = {
  mixed: 'MIXED',
  boys: 'BOYS',
  girls: 'GIRLS',
  'not applicable': 'MIXED',
  '': 'MIXED',
};

/**
 * GIAS says whether a setting has boarders, not whether it also takes day pupils (nearly all
 * residential special schools and colleges do): so having boarders is DAY_AND_RESIDENTIAL.
 */
export const GIAS_BOARDERS: Readonly<Record<string, Boarding>> = {
  'no boarders': 'DAY',
  'not applicable': 'DAY',
  'not collected': 'DAY',
  'not recorded': 'DAY',
  '': 'DAY',
  'boarding school': 'DAY_AND_RESIDENTIAL',
  "children's home (boarding school)": 'DAY_AND_RESIDENTIAL',
  'college / fe residential accommodation': 'DAY_AND_RESIDENTIAL',
};

const NO_RELIGIOUS_CHARACTER = new Set(['', 'does not apply', 'none', 'not applicable', 'unknown']);

/**
 * The code before " - " in a SEN column, upper-cased → our need code. BESD (behaviour, emotional
 * and social difficulties) is the pre-2014 name of SEMH and survives in older records.
 */
export const GIAS_NEED_CODES: Readonly<Record<string, NeedCode>> = {
  SPLD: 'SPLD',
  MLD: 'MLD',
  SLD: 'SLD',
  PMLD: 'PMLD',
  SEMH: 'SEMH',
  BESD: 'SEMH',
  SLCN: 'SLCN',
  ASD: 'ASD',
  HI: 'HI',
  VI: 'VI',
  MSI: 'MSI',
  PD: 'PD',
  OTH: 'OTH',
};

export function phaseOf(value: string): Phase | null {
  return value === '' ? 'NOT_APPLICABLE' : (GIAS_PHASES[key(value)] ?? null);
}

export function statusOf(value: string): SettingStatus | 'PROPOSED_TO_OPEN' | null {
  return GIAS_STATUSES[key(value)] ?? null;
}

export function genderOf(value: string): GenderIntake | null {
  return GIAS_GENDERS[key(value)] ?? null;
}

export function boardingOf(value: string): Boarding | null {
  return GIAS_BOARDERS[key(value)] ?? null;
}

export function religiousCharacterOf(value: string): string | null {
  return NO_RELIGIOUS_CHARACTER.has(key(value)) ? null : value.trim();
}

export type NeedCell = { need: NeedCode } | { none: true } | { unknown: string };

/** One SEN column: "SpLD - Specific Learning Difficulty" → SPLD; "Not Applicable" or blank → none. */
export function needOf(value: string): NeedCell {
  const trimmed = value.trim();
  if (trimmed === '' || key(trimmed) === 'not applicable') return { none: true };
  const code = (/^([A-Za-z]+)\s*-/.exec(trimmed)?.[1] ?? trimmed).toUpperCase();
  const need = GIAS_NEED_CODES[code];
  return need ? { need } : { unknown: code };
}

/** A whole number cell; null when blank; 'invalid' when it is not a whole number ≥ 0. */
export function countOf(value: string): number | null | 'invalid' {
  if (value === '') return null;
  if (!/^\d+$/.test(value)) return 'invalid';
  return Number(value);
}
