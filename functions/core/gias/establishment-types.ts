import type { Sector, SettingKind } from '../model.js';

/** What the register makes of one GIAS establishment type. */
export type EstablishmentTypeRule =
  | { name: string; kind: SettingKind; sector: Sector }
  | { name: string; skip: string };

const setting = (name: string, kind: SettingKind, sector: Sector): EstablishmentTypeRule => ({
  name,
  kind,
  sector,
});
const skip = (name: string, why: string): EstablishmentTypeRule => ({ name, skip: why });

/**
 * Every `TypeOfEstablishment (code)` in the GIAS extract of 22 April 2025 (listed in
 * ../shared/data/edubasealldata20250422-establishment-types.csv, outside the repository; copied into
 * tests/gias/establishment-types.test.ts). A code not here is reported, never guessed.
 * Skipped types are not settings an EHC plan can name, or not in England.
 */
export const ESTABLISHMENT_TYPES: Readonly<Record<number, EstablishmentTypeRule>> = {
  1: setting('Community school', 'MAINSTREAM', 'LA_MAINTAINED'),
  2: setting('Voluntary aided school', 'MAINSTREAM', 'LA_MAINTAINED'),
  3: setting('Voluntary controlled school', 'MAINSTREAM', 'LA_MAINTAINED'),
  5: setting('Foundation school', 'MAINSTREAM', 'LA_MAINTAINED'),
  // The three remaining CTCs are state-funded independent schools that the law treats as academies.
  6: setting('City technology college', 'MAINSTREAM', 'ACADEMY'),
  7: setting('Community special school', 'SPECIAL', 'LA_MAINTAINED'),
  8: setting('Non-maintained special school', 'SPECIAL', 'NON_MAINTAINED'),
  10: setting('Other independent special school', 'INDEPENDENT_SPECIAL', 'INDEPENDENT'),
  11: setting('Other independent school', 'MAINSTREAM', 'INDEPENDENT'),
  12: setting('Foundation special school', 'SPECIAL', 'LA_MAINTAINED'),
  14: setting('Pupil referral unit', 'ALTERNATIVE_PROVISION', 'LA_MAINTAINED'),
  15: setting('Local authority nursery school', 'EARLY_YEARS', 'LA_MAINTAINED'),
  18: setting('Further education', 'FURTHER_EDUCATION', 'FURTHER_EDUCATION'),
  24: skip('Secure units', 'secure unit, education in custody'),
  25: skip('Offshore schools', 'offshore school, outside England'),
  26: skip("Service children's education", "service children's school overseas"),
  27: skip('Miscellaneous', 'miscellaneous establishment, not a school or college'),
  28: setting('Academy sponsor led', 'MAINSTREAM', 'ACADEMY'),
  29: skip('Higher education institutions', 'higher education institution'),
  30: skip('Welsh establishment', 'Welsh establishment, not on the English register'),
  31: setting('Sixth form centres', 'FURTHER_EDUCATION', 'FURTHER_EDUCATION'),
  32: setting('Special post 16 institution', 'SPECIAL_POST_16', 'INDEPENDENT'),
  33: setting('Academy special sponsor led', 'SPECIAL', 'ACADEMY'),
  34: setting('Academy converter', 'MAINSTREAM', 'ACADEMY'),
  35: setting('Free schools', 'MAINSTREAM', 'ACADEMY'),
  36: setting('Free schools special', 'SPECIAL', 'ACADEMY'),
  37: skip('British schools overseas', 'British school overseas'),
  38: setting('Free schools alternative provision', 'ALTERNATIVE_PROVISION', 'ACADEMY'),
  // 16–19 academies and free schools are post-16 providers: matched like colleges.
  39: setting('Free schools 16 to 19', 'FURTHER_EDUCATION', 'ACADEMY'),
  40: setting('University technical college', 'MAINSTREAM', 'ACADEMY'),
  41: setting('Studio schools', 'MAINSTREAM', 'ACADEMY'),
  42: setting('Academy alternative provision converter', 'ALTERNATIVE_PROVISION', 'ACADEMY'),
  43: setting('Academy alternative provision sponsor led', 'ALTERNATIVE_PROVISION', 'ACADEMY'),
  44: setting('Academy special converter', 'SPECIAL', 'ACADEMY'),
  45: setting('Academy 16-19 converter', 'FURTHER_EDUCATION', 'ACADEMY'),
  46: setting('Academy 16 to 19 sponsor led', 'FURTHER_EDUCATION', 'ACADEMY'),
  49: skip('Online provider', 'online provider, not a place-based setting'),
  56: skip(
    'Institution funded by other government department',
    'funded by another government department, not placed in by an LA',
  ),
  57: skip('Academy secure 16 to 19', 'secure 16 to 19 academy, education in custody'),
};

/** The rule for a raw `TypeOfEstablishment (code)` cell ("02" and "2" are the same code). */
export function establishmentTypeOf(rawCode: string): EstablishmentTypeRule | null {
  if (!/^\d{1,3}$/.test(rawCode)) return null;
  return ESTABLISHMENT_TYPES[Number(rawCode)] ?? null;
}
