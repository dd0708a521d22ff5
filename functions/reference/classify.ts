import type { GenderIntake, Phase, Sector, SettingKind } from '../core/model.js';

// How the public lists' codes map onto the register's kinds, sectors and phases, and the few
// name heuristics we allow ourselves. Pure; every inference returns the note that explains it.

export interface KindAndSector {
  kind: SettingKind;
  sector: Sector;
  note?: string;
}

/** The DfE 2017/18 school list's NFTYPE → kind and sector. Null for types that are not settings. */
export function kindFromSpineType(nftype: string): KindAndSector | null {
  switch (nftype.trim().toLowerCase()) {
    case 'community school':
    case 'voluntary aided school':
    case 'voluntary controlled school':
    case 'foundation school':
      return { kind: 'MAINSTREAM', sector: 'LA_MAINTAINED' };
    case 'academy sponsor led mainstream':
    case 'academy - converter mainstream':
    case 'free school - mainstream':
    case 'studio school':
    case 'university technical college':
    case 'free school  16-19':
    case 'free school 16-19':
    case 'academy 16-19 converter':
    case 'academy 16-19 sponsor led':
      return { kind: 'MAINSTREAM', sector: 'ACADEMY' };
    case 'city technology college':
      return {
        kind: 'MAINSTREAM',
        sector: 'ACADEMY',
        note: 'Sector: a city technology college (state-funded, independent of the LA) is shown as an academy',
      };
    case 'other independent school':
      return { kind: 'MAINSTREAM', sector: 'INDEPENDENT' };
    case 'community special school':
    case 'foundation special school':
      return { kind: 'SPECIAL', sector: 'LA_MAINTAINED' };
    case 'academy - converter special school':
    case 'academy - sponsor led special school':
    case 'free school - special':
      return { kind: 'SPECIAL', sector: 'ACADEMY' };
    case 'non-maintained special school':
      return { kind: 'SPECIAL', sector: 'NON_MAINTAINED' };
    case 'other independent special school':
      return { kind: 'INDEPENDENT_SPECIAL', sector: 'INDEPENDENT' };
    case 'general further education college':
    case 'sixth form college':
    case 'agriculture and horticulture college':
    case 'art, design and performing art college':
    case 'sixth form centre/consortia':
      return { kind: 'FURTHER_EDUCATION', sector: 'FURTHER_EDUCATION' };
    case 'specialist designated college':
      return { kind: 'SPECIAL_POST_16', sector: 'FURTHER_EDUCATION' };
    default:
      // Service children's education (overseas), institutions funded by other departments.
      return null;
  }
}

/** schools-markers.json phase codes (from GIAS, January 2026). */
export function phaseFromCode(code: string): Phase {
  switch (code) {
    case 'P':
      return 'PRIMARY';
    case 'S':
      return 'SECONDARY';
    case 'N':
      return 'NURSERY';
    case '6':
      return 'SIXTEEN_PLUS';
    case 'A':
      return 'ALL_THROUGH';
    case 'MS':
    case 'MP':
      return 'MIDDLE';
    default:
      return 'NOT_APPLICABLE';
  }
}

/**
 * A kind (and, where the words settle it, a sector) from a school's name alone: only the clear
 * cases. Used for schools missing from the 2018 list, and always marked as a heuristic.
 */
export function kindFromName(
  name: string,
): { kind: SettingKind; sector: Sector | null; note: string } | null {
  const n = name.toLowerCase();
  const said = (words: string) => `Kind inferred from the name containing "${words}" (heuristic)`;
  const pru = ['pupil referral unit', 'pupil referral service', 'short stay school'].find((w) =>
    n.includes(w),
  );
  if (pru || /\bpru\b/.test(n)) {
    return {
      kind: 'ALTERNATIVE_PROVISION',
      // A pupil referral unit is maintained by its LA by definition (Education Act 1996 s.19).
      sector: 'LA_MAINTAINED',
      note: `${said(pru ?? 'PRU')}; sector LA-maintained, as every pupil referral unit is`,
    };
  }
  if (n.includes('alternative provision')) {
    const academy = /\bacademy\b|free school/.test(n);
    return {
      kind: 'ALTERNATIVE_PROVISION',
      sector: academy ? 'ACADEMY' : null,
      note: academy
        ? `${said('Alternative Provision')}; sector academy from "academy"/"free school" in the name`
        : said('Alternative Provision'),
    };
  }
  if (n.includes('special school')) {
    const academy = /\bacademy\b/.test(n);
    return {
      kind: 'SPECIAL',
      sector: academy ? 'ACADEMY' : null,
      note: academy
        ? `${said('Special School')}; sector academy from "academy" in the name`
        : said('Special School'),
    };
  }
  return null;
}

export function genderFromList(value: string): GenderIntake | null {
  switch (value.trim().toLowerCase()) {
    case 'mixed':
      return 'MIXED';
    case 'boys':
      return 'BOYS';
    case 'girls':
      return 'GIRLS';
    default:
      return null;
  }
}

const NO_RELIGIOUS_CHARACTER = new Set(['', 'none', 'does not apply', 'unknown', 'not applicable']);

export function religiousCharacterFromList(value: string): string | null {
  return NO_RELIGIOUS_CHARACTER.has(value.trim().toLowerCase()) ? null : value.trim();
}

/** For matching a school to its probable predecessor: case, punctuation and "&" do not count. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('&', ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const GENERIC_WORDS =
  /\b(the|school|academy|church of england|c of e|cofe|ce|voluntary aided|voluntary controlled|va|vc|and nursery|nursery and)\b/g;

/** A looser key: without the words a conversion or a change of trust typically adds or drops. */
export function coreName(name: string): string {
  return normaliseName(name).replace(GENERIC_WORDS, ' ').replace(/\s+/g, ' ').trim();
}
