import { describe, expect, it } from 'vitest';
import { ESTABLISHMENT_TYPES, establishmentTypeOf } from '../../functions/core/gias/establishment-types.js';

// Every type code and name in GIAS's extract of 22 April 2025
// (edubasealldata20250422-establishment-types.csv, copied here: tests never read ../shared).
const GIAS_2025_04_22: [number, string][] = [
  [1, 'Community school'],
  [2, 'Voluntary aided school'],
  [3, 'Voluntary controlled school'],
  [5, 'Foundation school'],
  [6, 'City technology college'],
  [7, 'Community special school'],
  [8, 'Non-maintained special school'],
  [10, 'Other independent special school'],
  [11, 'Other independent school'],
  [12, 'Foundation special school'],
  [14, 'Pupil referral unit'],
  [15, 'Local authority nursery school'],
  [18, 'Further education'],
  [24, 'Secure units'],
  [25, 'Offshore schools'],
  [26, "Service children's education"],
  [27, 'Miscellaneous'],
  [28, 'Academy sponsor led'],
  [29, 'Higher education institutions'],
  [30, 'Welsh establishment'],
  [31, 'Sixth form centres'],
  [32, 'Special post 16 institution'],
  [33, 'Academy special sponsor led'],
  [34, 'Academy converter'],
  [35, 'Free schools'],
  [36, 'Free schools special'],
  [37, 'British schools overseas'],
  [38, 'Free schools alternative provision'],
  [39, 'Free schools 16 to 19'],
  [40, 'University technical college'],
  [41, 'Studio schools'],
  [42, 'Academy alternative provision converter'],
  [43, 'Academy alternative provision sponsor led'],
  [44, 'Academy special converter'],
  [45, 'Academy 16-19 converter'],
  [46, 'Academy 16 to 19 sponsor led'],
  [49, 'Online provider'],
  [56, 'Institution funded by other government department'],
  [57, 'Academy secure 16 to 19'],
];

describe('GIAS establishment types', () => {
  it('has a rule for every type in the 2025 extract, under its GIAS name, and no other', () => {
    expect(Object.keys(ESTABLISHMENT_TYPES).map(Number)).toEqual(GIAS_2025_04_22.map(([code]) => code));
    for (const [code, name] of GIAS_2025_04_22) expect(ESTABLISHMENT_TYPES[code]?.name).toBe(name);
  });

  it.each([
    ['1', 'MAINSTREAM', 'LA_MAINTAINED'],
    ['02', 'MAINSTREAM', 'LA_MAINTAINED'],
    ['34', 'MAINSTREAM', 'ACADEMY'],
    ['35', 'MAINSTREAM', 'ACADEMY'],
    ['40', 'MAINSTREAM', 'ACADEMY'],
    ['41', 'MAINSTREAM', 'ACADEMY'],
    ['11', 'MAINSTREAM', 'INDEPENDENT'],
    ['07', 'SPECIAL', 'LA_MAINTAINED'],
    ['12', 'SPECIAL', 'LA_MAINTAINED'],
    ['08', 'SPECIAL', 'NON_MAINTAINED'],
    ['33', 'SPECIAL', 'ACADEMY'],
    ['44', 'SPECIAL', 'ACADEMY'],
    ['36', 'SPECIAL', 'ACADEMY'],
    ['10', 'INDEPENDENT_SPECIAL', 'INDEPENDENT'],
    ['14', 'ALTERNATIVE_PROVISION', 'LA_MAINTAINED'],
    ['42', 'ALTERNATIVE_PROVISION', 'ACADEMY'],
    ['43', 'ALTERNATIVE_PROVISION', 'ACADEMY'],
    ['38', 'ALTERNATIVE_PROVISION', 'ACADEMY'],
    ['18', 'FURTHER_EDUCATION', 'FURTHER_EDUCATION'],
    ['31', 'FURTHER_EDUCATION', 'FURTHER_EDUCATION'],
    ['45', 'FURTHER_EDUCATION', 'ACADEMY'],
    ['32', 'SPECIAL_POST_16', 'INDEPENDENT'],
    ['15', 'EARLY_YEARS', 'LA_MAINTAINED'],
  ])('maps type code %s to %s / %s', (code, kind, sector) => {
    expect(establishmentTypeOf(code)).toMatchObject({ kind, sector });
  });

  it.each(['24', '25', '26', '27', '29', '30', '37', '49', '56', '57'])(
    'skips type %s, with the reason',
    (code) => {
      const rule = establishmentTypeOf(code);
      expect(rule && 'skip' in rule && rule.skip.length > 0).toBe(true);
    },
  );

  it.each(['99', '4', '', 'abc', '1.5', '0001'])('knows no type "%s"', (code) => {
    expect(establishmentTypeOf(code)).toBeNull();
  });
});
