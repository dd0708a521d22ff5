import { describe, expect, it } from 'vitest';
import { answered, withdrawn } from '../../../functions/core/journey/consultation.js';
import type { ConsultationAnswer } from '../../../functions/core/journey/model.js';
import { REFUSAL_GROUNDS } from '../../../functions/core/journey/model.js';
import {
  ANSWER_NOTE,
  admissionText,
  appealText,
  CONSULTATION_NOTE,
  familyStatusText,
  GROUND_TEXT,
  phaseTransferText,
  requestWindowText,
} from '../../../functions/core/journey/texts.js';
import { legalRouteOf, OFF_REGISTER_ROUTE } from '../../../functions/core/lists/legal-route.js';
import { aConsultation } from './fixtures.js';

const EXPLANATION = 'Our Year 4 class already has three children with high sensory needs.';
const sent = () => aConsultation({ at: '2027-03-01T10:00:00.000Z' }); // due 16 March 2027

describe("familyStatusText: the family's view of a consultation", () => {
  it('says when the council asked and when the answer is due, in words', () => {
    expect(familyStatusText(sent(), false)).toBe(
      'The council asked this school or college on 1 March 2027. Its answer is due by 16 March 2027.',
    );
  });

  it('says plainly when an answer is overdue', () => {
    expect(familyStatusText(sent(), true)).toBe(
      'The council asked this school or college on 1 March 2027. Its answer was due by 16 March 2027 and has not come yet.',
    );
  });

  it.each([
    'CAN_MEET_NEEDS',
    'CANNOT_MEET_NEEDS',
    'NEED_MORE_INFORMATION',
  ] as const satisfies readonly ConsultationAnswer[])(
    "never includes the setting's explanation (answer %s)",
    (answer) => {
      const c = answered(
        sent(),
        {
          answer,
          ground: answer === 'CANNOT_MEET_NEEDS' ? 'INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS' : null,
          explanation: EXPLANATION,
        },
        'senco-1',
        '2027-03-05T09:00:00.000Z',
      );
      for (const overdue of [false, true]) {
        const text = familyStatusText(c, overdue);
        expect(text).not.toContain(EXPLANATION);
        expect(text).toBe('The setting has answered the council. The council will decide.');
      }
    },
  );

  it("never includes the setting's explanation after the consultation is withdrawn", () => {
    const c = withdrawn(
      answered(
        sent(),
        { answer: 'CAN_MEET_NEEDS', ground: null, explanation: EXPLANATION },
        'senco-1',
        '2027-03-05T09:00:00.000Z',
      ),
      'Family moved away',
      'officer-1',
      '2027-03-06T09:00:00.000Z',
    );
    expect(familyStatusText(c, false)).toBe('The council stopped asking this setting.');
  });

  it('never tells the family the reason the council gave for withdrawing', () => {
    const c = withdrawn(sent(), 'Family moved away', 'officer-1', '2027-03-06T09:00:00.000Z');
    expect(familyStatusText(c, false)).not.toContain('moved away');
  });
});

describe('after a decision, in the past tense', () => {
  const closed = { ...sent(), open: false, decisionRecorded: true };

  it('says a consultation the decision closed was closed by it, with its date, answered or not', () => {
    expect(familyStatusText(closed, true, '2027-04-20')).toBe(
      'The council asked this school or college on 1 March 2027. This was closed by the council’s decision of 20 April 2027.',
    );
    const answeredThenClosed = {
      ...answered(
        sent(),
        { answer: 'CAN_MEET_NEEDS', ground: null, explanation: EXPLANATION },
        's',
        '2027-03-05T09:00:00.000Z',
      ),
      decisionRecorded: true,
    };
    const text = familyStatusText(answeredThenClosed, false, '2027-04-20');
    expect(text).toBe(
      'The setting answered the council. This was closed by the council’s decision of 20 April 2027.',
    );
    expect(text).not.toMatch(/due by|will decide/);
  });

  it('keeps a withdrawal as a withdrawal', () => {
    const c = {
      ...withdrawn(sent(), 'Moved', 'officer-1', '2027-03-06T09:00:00.000Z'),
      decisionRecorded: true,
    };
    expect(familyStatusText(c, false, '2027-04-20')).toBe('The council stopped asking this setting.');
  });

  const plan = (requestWindowGivenByCouncil: boolean, requestWindowEndsOn = '2027-03-15') => ({
    kind: 'DRAFT_PLAN' as const,
    sentOn: '2027-03-01',
    requestWindowEndsOn,
    requestWindowGivenByCouncil,
  });

  it('gives the window in the present before a decision: the letter’s date, else “at least”', () => {
    expect(requestWindowText(plan(true, '2027-03-22'), null)).toBe(
      'The council sent you a draft plan on 1 March 2027. Its letter gives you until 22 March 2027 to ask for a school or college.',
    );
    expect(requestWindowText(plan(false), null)).toBe(
      'The council sent you a draft plan on 1 March 2027. You have at least until 15 March 2027 to ask for a school or college. The council’s letter may give you longer.',
    );
  });

  it('tells a window whose last day has passed in the past, even before a decision; on its last day, still open', () => {
    expect(requestWindowText(plan(true, '2027-03-22'), null, '2027-03-22')).toMatch(
      /Its letter gives you until 22 March 2027/,
    );
    expect(requestWindowText(plan(true, '2027-03-22'), null, '2027-03-23')).toBe(
      'The council sent you a draft plan on 1 March 2027. Its letter gave you until 22 March 2027 to ask for a school or college.',
    );
    expect(requestWindowText(plan(false), null, '2027-03-16')).toBe(
      'The council sent you a draft plan on 1 March 2027. You had at least until 15 March 2027 to ask for a school or college. The council’s letter may have given you longer.',
    );
  });

  it('says the window closed on its last day, or on the decision if that came first: never a later date', () => {
    expect(requestWindowText(plan(true, '2027-03-22'), '2027-04-20')).toBe(
      'The council sent you a draft plan on 1 March 2027. The time to ask for a school or college closed on 22 March 2027.',
    );
    expect(requestWindowText(plan(false), '2027-04-20')).toMatch(/closed on 15 March 2027\.$/);
    expect(requestWindowText(plan(true, '2027-03-22'), '2027-03-18')).toMatch(/closed on 18 March 2027\.$/);
  });
});

describe('GROUND_TEXT', () => {
  it('has words for every refusal ground', () => {
    expect(Object.keys(GROUND_TEXT).sort()).toEqual([...REFUSAL_GROUNDS].sort());
  });

  it.each([
    ['INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS', 'the efficient education of others'],
    ['INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES', 'the efficient use of resources'],
  ] as const)('says %s is "incompatible with" %s, the s.39(4)(b) bar', (ground, what) => {
    expect(GROUND_TEXT[ground]).toContain(`“incompatible with” ${what}`);
    expect(GROUND_TEXT[ground]).toContain('This is a high bar.');
  });

  it.each(REFUSAL_GROUNDS)('never softens %s into "would not fit" or "may not suit"', (ground) => {
    expect(GROUND_TEXT[ground]).not.toMatch(/not fit|wouldn't fit|may not suit|not ideal|not a good fit/i);
  });

  it('says the council says so: a ground is the council’s reason, not a fact', () => {
    for (const ground of REFUSAL_GROUNDS) expect(GROUND_TEXT[ground]).toMatch(/^The council says /);
  });

  it('quotes each statutory test and then says in plain words what it means', () => {
    for (const ground of REFUSAL_GROUNDS.filter((g) => g !== 'UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN')) {
      expect(GROUND_TEXT[ground]).toMatch(/“[^”]+”[^.]*\. This means /);
    }
    expect(GROUND_TEXT.INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS).toMatch(
      /other children could not be taught efficiently/,
    );
  });
});

describe('appealText', () => {
  const text = appealText('2027-06-20');

  it('names the SEND Tribunal', () => {
    expect(text).toContain('SEND Tribunal');
  });

  it('gives the last day to appeal in words', () => {
    expect(text).toContain('20 June 2027');
    expect(text).not.toContain('2027-06-20');
  });

  it('says the Tribunal can order a setting that is on no list', () => {
    expect(text).toContain('The Tribunal can order the council to name a setting that is on no list.');
  });

  it('writes the end of February in a leap year as it is', () => {
    expect(appealText('2028-02-29')).toContain('29 February 2028');
  });

  it('says the appeal must reach the Tribunal by the date, normally, and may be later after mediation', () => {
    expect(text).toContain('Your appeal must reach the SEND Tribunal by 20 June 2027.');
    expect(text).toContain('You may have longer if you get a mediation certificate.');
    expect(text).toMatch(/You normally have two months from the date of the council’s decision letter\./);
  });

  it('covers a plan that names no school, or only a type, and a plan changed after a review', () => {
    expect(text).toMatch(/appeal if the plan names no school or college, or only a type of school/);
    expect(text).toMatch(/a plan the council has changed after a review/);
  });
});

describe('admissionText: a named school or college must admit the child (s.43)', () => {
  const route = (kind: 'MAINSTREAM' | 'EARLY_YEARS', sector: 'LA_MAINTAINED' | 'INDEPENDENT', s41 = false) =>
    legalRouteOf({ kind, sector, section41Approved: s41 });

  it('says so for a state school and a section 41 setting', () => {
    expect(admissionText('Oak School', route('MAINSTREAM', 'LA_MAINTAINED'))).toBe(
      'The council has named Oak School in the plan. The law says Oak School must now admit your child.',
    );
    expect(admissionText('Elm College', route('MAINSTREAM', 'INDEPENDENT', true))).toMatch(/must now admit/);
  });

  it('says nothing where the law does not say it: s.9 settings, unconfirmed routes and maintained nursery schools', () => {
    expect(admissionText('Fee School', route('MAINSTREAM', 'INDEPENDENT'))).toBeNull();
    expect(admissionText('Not on the register', OFF_REGISTER_ROUTE)).toBeNull();
    expect(admissionText('Little Acorns', route('EARLY_YEARS', 'LA_MAINTAINED'))).toBeNull();
    // As lists stored a nursery's route before the s.38(3) letters were corrected.
    expect(
      admissionText('Little Acorns', { route: 'MUST_NAME_UNLESS_EXCEPTION', basis: 'CFA 2014 s.38(3)(a)' }),
    ).toBeNull();
  });
});

describe('phaseTransferText: the dates a plan must name the next setting by (reg 18)', () => {
  it('gives 15 February for a move between school phases', () => {
    // Said as a condition: the duty is to review a plan a child already has (reg 18), and a year
    // group cannot show a middle-school area's moves.
    expect(phaseTransferText('SCHOOL_PHASE', 2027)).toBe(
      'Is your child moving to a new stage of school in 2027, and do they already have an EHC plan? Then the council must review the plan and change it to name the next school by 15 February 2027.',
    );
  });

  it('gives 31 March for a move from secondary school to post-16', () => {
    expect(phaseTransferText('SECONDARY_TO_POST_16', 2028)).toMatch(
      /from secondary school to post-16 in 2028, and do they already have an EHC plan\? .*name the next school or college by 31 March 2028\./,
    );
  });
});

describe('the notes shown with consultations', () => {
  it('tells the family a setting does not decide, the council does', () => {
    expect(CONSULTATION_NOTE).toMatch(/does not decide/);
    expect(CONSULTATION_NOTE).toMatch(/the council decides/);
  });

  it('asks the setting to answer within 15 days', () => {
    expect(ANSWER_NOTE).toMatch(/within 15 days/);
  });
});
