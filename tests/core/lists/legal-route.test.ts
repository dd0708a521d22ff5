import { describe, expect, it } from 'vitest';
import { ESTABLISHMENT_TYPES } from '../../../functions/core/gias/establishment-types.js';
import {
  cautionRouteText,
  legalRouteOf,
  OFF_REGISTER_ROUTE,
} from '../../../functions/core/lists/legal-route.js';
import type { LegalRouteCode } from '../../../functions/core/lists/model.js';

/** The route for each GIAS establishment type code the register imports (BRIEF, CFA 2014 s.38(3), EA 1996 s.9). */
const EXPECTED: Record<number, LegalRouteCode> = {
  1: 'MUST_NAME_UNLESS_EXCEPTION',
  2: 'MUST_NAME_UNLESS_EXCEPTION',
  3: 'MUST_NAME_UNLESS_EXCEPTION',
  5: 'MUST_NAME_UNLESS_EXCEPTION',
  6: 'TO_BE_CONFIRMED',
  7: 'MUST_NAME_UNLESS_EXCEPTION',
  8: 'MUST_NAME_UNLESS_EXCEPTION',
  10: 'MUST_CONSIDER',
  11: 'MUST_CONSIDER',
  12: 'MUST_NAME_UNLESS_EXCEPTION',
  14: 'MUST_CONSIDER',
  15: 'MUST_NAME_UNLESS_EXCEPTION',
  18: 'MUST_NAME_UNLESS_EXCEPTION',
  28: 'MUST_NAME_UNLESS_EXCEPTION',
  31: 'TO_BE_CONFIRMED',
  32: 'MUST_CONSIDER',
  33: 'MUST_NAME_UNLESS_EXCEPTION',
  34: 'MUST_NAME_UNLESS_EXCEPTION',
  35: 'MUST_NAME_UNLESS_EXCEPTION',
  36: 'MUST_NAME_UNLESS_EXCEPTION',
  38: 'MUST_NAME_UNLESS_EXCEPTION',
  39: 'MUST_NAME_UNLESS_EXCEPTION',
  40: 'MUST_NAME_UNLESS_EXCEPTION',
  41: 'MUST_NAME_UNLESS_EXCEPTION',
  42: 'MUST_NAME_UNLESS_EXCEPTION',
  43: 'MUST_NAME_UNLESS_EXCEPTION',
  44: 'MUST_NAME_UNLESS_EXCEPTION',
  45: 'MUST_NAME_UNLESS_EXCEPTION',
  46: 'MUST_NAME_UNLESS_EXCEPTION',
};

const imported = Object.entries(ESTABLISHMENT_TYPES).flatMap(([code, rule]) =>
  'skip' in rule ? [] : [{ code: Number(code), ...rule }],
);

describe('the legal route of a request', () => {
  it('has an expected route for every type the register imports', () => {
    expect(imported.map((t) => t.code).sort((a, b) => a - b)).toEqual(Object.keys(EXPECTED).map(Number));
  });

  it.each(imported)('GIAS type $code ($name)', ({ code, kind, sector }) => {
    const route = legalRouteOf({ kind, sector, section41Approved: false, establishmentType: code });
    expect(route.route).toBe(EXPECTED[code]);
    if (route.route === 'MUST_NAME_UNLESS_EXCEPTION') {
      expect(route.reason).toMatch(/must name it unless one of the legal exceptions applies/);
    }
    if (route.route !== 'MUST_NAME_UNLESS_EXCEPTION') expect(route.reason).not.toMatch(/must name/);
    // A fee-paying school gets no section 33 wording; no route claims the council cannot refuse.
    expect(route.reason).not.toMatch(/section 33|mainstream|cannot/i);
  });

  it('makes any section 41 setting one the council must name unless an exception applies', () => {
    for (const code of [10, 32]) {
      const rule = ESTABLISHMENT_TYPES[code];
      if (!rule || 'skip' in rule) throw new Error('type missing');
      const route = legalRouteOf({ ...rule, section41Approved: true, establishmentType: code });
      expect(route.route).toBe('MUST_NAME_UNLESS_EXCEPTION');
      expect(route.reason).toMatch(/section 41/);
      expect(route.reason).not.toMatch(/consider/);
    }
  });

  it('falls back on kind and sector for settings without a type code', () => {
    expect(
      legalRouteOf({ kind: 'MAINSTREAM', sector: 'LA_MAINTAINED', section41Approved: false }).route,
    ).toBe('MUST_NAME_UNLESS_EXCEPTION');
    expect(legalRouteOf({ kind: 'MAINSTREAM', sector: 'INDEPENDENT', section41Approved: false }).route).toBe(
      'MUST_CONSIDER',
    );
    expect(
      legalRouteOf({ kind: 'ALTERNATIVE_PROVISION', sector: 'LA_MAINTAINED', section41Approved: false })
        .route,
    ).toBe('MUST_CONSIDER');
  });

  it("leaves a family's off-register choice to be confirmed, pointing to advice", () => {
    expect(OFF_REGISTER_ROUTE.route).toBe('TO_BE_CONFIRMED');
    expect(OFF_REGISTER_ROUTE.reason).toMatch(/SENDIASS/);
  });

  it.each([
    [1, 'CFA 2014 s.38(3)(a), s.83'],
    [15, 'CFA 2014 s.38(3)(b)'],
    [28, 'CFA 2014 s.38(3)(c)'],
    [18, 'CFA 2014 s.38(3)(d)'],
    [8, 'CFA 2014 s.38(3)(e)'],
  ])('gives GIAS type %i the s.38(3) paragraph letter of its kind: %s', (code, basis) => {
    const rule = ESTABLISHMENT_TYPES[code];
    if (!rule || 'skip' in rule) throw new Error('type missing');
    expect(legalRouteOf({ ...rule, section41Approved: false, establishmentType: code }).basis).toBe(basis);
  });

  it('gives a section 41 setting s.38(3)(f)', () => {
    expect(
      legalRouteOf({ kind: 'INDEPENDENT_SPECIAL', sector: 'INDEPENDENT', section41Approved: true }).basis,
    ).toBe('CFA 2014 s.38(3)(f), s.41');
  });

  it('words the s.9 route for independent schools, independent colleges and private nurseries alike', () => {
    const school = legalRouteOf({ kind: 'MAINSTREAM', sector: 'INDEPENDENT', section41Approved: false });
    const college = legalRouteOf({
      kind: 'FURTHER_EDUCATION',
      sector: 'INDEPENDENT',
      section41Approved: false,
    });
    const nursery = legalRouteOf({ kind: 'EARLY_YEARS', sector: 'INDEPENDENT', section41Approved: false });
    expect(school.reason).toMatch(/^An independent school that is not on the section 41 list\./);
    expect(college.reason).toMatch(
      /^An independent college or post-16 setting that is not on the section 41 list\./,
    );
    expect(nursery.reason).toMatch(/^A private, voluntary or independent nursery\./);
    for (const route of [school, college, nursery]) {
      expect(route.route).toBe('MUST_CONSIDER');
      expect(route.basis).toBe('Education Act 1996 s.9');
      expect(route.reason).toMatch(
        /must consider your request and your wishes\. But it does not have to name it/,
      );
    }
  });
});

describe('what a caution says the council must do, by legal route', () => {
  const must = legalRouteOf({ kind: 'MAINSTREAM', sector: 'ACADEMY', section41Approved: false });
  const consider = legalRouteOf({ kind: 'SPECIAL', sector: 'INDEPENDENT', section41Approved: false });

  it('says the council must name it unless an exception applies, where s.39 gives that duty', () => {
    expect(cautionRouteText(must)).toBe(
      'This does not by itself decide the matter. The council must name it unless one of the legal exceptions applies.',
    );
    expect(cautionRouteText(must, true)).toMatch(
      /^Being full is not, by itself, a reason to say no\. The council must name it/,
    );
  });

  it('says the council must consider the request under s.9 where that is the route, and never that full is no reason', () => {
    expect(cautionRouteText(consider)).toMatch(
      /must still consider your request, under section 9 of the Education Act 1996\.$/,
    );
    expect(cautionRouteText(consider, true)).not.toMatch(/must name|Being full/);
  });

  it('tells the family to ask where the route is not known or not certain (off the register, a pupil referral unit)', () => {
    const pru = legalRouteOf({
      kind: 'ALTERNATIVE_PROVISION',
      sector: 'LA_MAINTAINED',
      section41Approved: false,
      establishmentType: 14,
    });
    for (const route of [OFF_REGISTER_ROUTE, pru]) {
      expect(cautionRouteText(route, true)).toBe(
        'This does not by itself decide the matter. Ask the council or your SENDIASS which legal rules apply.',
      );
    }
  });
});
