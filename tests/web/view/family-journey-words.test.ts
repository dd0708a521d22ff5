import { describe, expect, it } from 'vitest';
import { phaseTransferOf } from '../../../functions/core/lists/family-view.js';
import { familyPagesIn, worldEntries } from '../../helpers/family-world.js';

// What the family's page says about its journey, rendered through the real templates from the
// small world of tests/helpers/family-world.ts: the window, the decision, the statement in force.

const page = (name: string) => {
  const state = name.endsWith('after a decision') ? 'after a decision' : 'before a decision';
  return familyPagesIn(state);
};

describe("the family page's journey", () => {
  it("gives the date the council's letter gave, as the letter's; else the Regulations' minimum as 'at least'", () => {
    // The world's today (20 March) is after the letter's date: told in the past, not as still open.
    expect(page('family.njk, before a decision')).toContain(
      'The council sent you a draft plan on 1 March 2027. Its letter gave you until 15 March 2027 to ask for a school or college.',
    );
    expect(page('family.njk, after a decision')).toContain(
      'The council sent you proposed changes to your child’s plan on 1 March 2027. The time to ask for a school or college closed on 15 March 2027.',
    );
  });

  it('tells the window and the consultations in the past once the council has decided', () => {
    const after = page('family.njk, after a decision').join(' ');
    expect(after).toContain('This was closed by the council’s decision of 20 April 2027.');
    expect(after).not.toMatch(/You have (at least )?until|Its answer is due by|The council will decide/);
    expect(page('family.njk, before a decision').join(' ')).toMatch(/Its answer is due by/);
  });

  it('says a choice ranked below the one named was not decided, never that the council said no to it', () => {
    const words = page('family.njk, after a decision');
    expect(words).toContain('The council said no to Elm Special.');
    expect(words).toContain(
      'Ash Academy: your choice 2 was named, so the council did not need to decide about this choice.',
    );
    expect(words.join(' ')).not.toMatch(/said no to Ash Academy/);
  });

  it('says a named school of the kinds s.43 covers must admit the child', () => {
    const named = worldEntries().entries[0]?.setting.name ?? '';
    expect(page('family.njk, after a decision').join(' ')).toContain(
      `The law says ${named} must now admit your child.`,
    );
  });

  it("shows today's statement on a list made with an earlier one, and says so", () => {
    expect(page('family.njk, after a decision')).toContain(
      'Your child’s list was made with an earlier statement; this is the current one.',
    );
    expect(page('family.njk, before a decision')).not.toContain(
      'Your child’s list was made with an earlier statement; this is the current one.',
    );
  });

  it('gives the phase-transfer date when the list is for a move every child makes at that year', () => {
    expect(page('family.njk, before a decision').join(' ')).toMatch(/by 15 February 2027/);
  });
});

describe('phaseTransferOf', () => {
  it.each([
    [0, '2027-09-01', { transfer: 'SCHOOL_PHASE', year: 2027 }],
    [7, '2027-09-03', { transfer: 'SCHOOL_PHASE', year: 2027 }],
    [12, '2028-08-31', { transfer: 'SECONDARY_TO_POST_16', year: 2028 }],
    [7, '2028-01-08', null],
    [3, '2027-09-01', null],
    [null, '2027-09-01', null],
  ] as const)('year %s starting %s', (ncYear, startDate, expected) => {
    expect(phaseTransferOf({ ncYear, startDate })).toEqual(expected);
  });
});
