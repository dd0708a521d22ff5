import { describe, expect, it } from 'vitest';
import {
  CORE_RIGHTS_TEXT,
  completeStoredStatement,
  FIND_YOUR_SENDIASS,
  RIGHTS_STATEMENT_EFFECTIVE_FROM,
  RIGHTS_STATEMENT_VERSION,
  type RightsStatement,
  rightsStatement,
  type StoredRightsStatement,
  UnknownStatementVersionError,
} from '../../functions/core/rights-statement.js';
import { familyGrade, familyTextProblems, wordsOf } from '../helpers/readability.js';

const westSussex = {
  laCode: '938',
  sendiass: {
    name: 'West Sussex SENDIAS',
    phone: '0330 222 8555',
    email: null,
    website: 'https://example.org',
  },
  notes: ['Our placement team answers within 5 working days.'],
};

describe("the parents' rights statement", () => {
  const core = rightsStatement();
  const full = core.paragraphs.join('\n\n');
  const summary = core.summary.join('\n\n');

  it('says the list is advice and does not limit the choice', () => {
    expect(core.summary[0]).toMatch(/advice/i);
    expect(core.summary[0]).toMatch(/does not limit your choice/i);
    expect(full).toMatch(/does not limit your choice/i);
  });

  it('says any setting can be asked for, on the list or not, in any area, more than one, even if full', () => {
    for (const text of [summary, full]) {
      expect(text).toMatch(/any school or college/i);
      expect(text).toMatch(/on this list or not/i);
      expect(text).toMatch(/any council area/i);
      expect(text).toMatch(/more than one/i);
      expect(text).toMatch(/this list shows as full/i);
    }
  });

  it('names every kind of setting the council must name, nursery schools only when maintained', () => {
    expect(full).toMatch(/maintained school/);
    expect(full).toContain('maintained nursery school');
    expect(full).not.toMatch(/any nursery school/i);
    expect(full).toMatch(/academy or free school/);
    expect(full).toMatch(/further education or sixth-form college/);
    expect(full).toMatch(/non-maintained special school/);
    expect(full).toMatch(/independent special school or special post-16 institution on the section 41 list/);
  });

  it('opens the duty to name with "If you ask for one of these" and keeps the legal bar unsoftened', () => {
    const naming = core.paragraphs.find((p) => p.startsWith('If you ask for one of these'));
    expect(naming).toBeDefined();
    expect(naming).toMatch(/must name it/);
    expect(naming).toMatch(
      /not suitable for your child’s age, ability, aptitude or special educational needs/,
    );
    // s.39(4)(b) "incompatible with": attendance would stop these things, not merely "not fit".
    expect(naming).toMatch(/would stop other children being taught well/);
    expect(naming).toMatch(/would stop money, staff and other resources being used efficiently/);
    expect(core.text).not.toMatch(/would not fit with/i);
    expect(core.text).not.toMatch(/cannot refuse/i);
  });

  it('says the council consults the school but decides itself, and that full is not by itself a reason', () => {
    for (const text of [summary, full]) {
      expect(text).toMatch(/the council decides, not the school/);
      expect(text).toMatch(/full is not, by itself, a reason to say no/);
    }
    expect(full).toMatch(/consulting/);
  });

  it('tells a family who wants mainstream what section 33 gives, and where it stops', () => {
    expect(full).toMatch(/If you want a mainstream school/);
    expect(full).toMatch(/mainstream place/);
    expect(full).toMatch(/no reasonable steps could prevent it/);
    expect(full).toMatch(/cost is not a reason/i);
    expect(full).toMatch(/about the type of school/);
    expect(full).toMatch(/fee-paying independent school is not a mainstream school/);
  });

  it('gives the summary the legal test: name the school asked for unless an s.39(4) exception applies', () => {
    const test = core.summary.find((p) => p.includes('must name the one you ask for'));
    expect(test).toMatch(/only say no for one of three reasons/);
    expect(test).toMatch(/not suitable for your child’s age, ability, aptitude or special educational needs/);
    // s.39(4)(b) "incompatible with": attendance would stop these things, not merely "not fit".
    expect(test).toMatch(/would stop other children being taught well/);
    expect(test).toMatch(/it would stop resources being used efficiently/);
  });

  it('gives the Education Act 1996 test for every setting outside s.38(3): schools, colleges and nurseries', () => {
    const s9 = core.paragraphs.find((p) => p.includes('section 9 of the Education Act 1996'));
    expect(s9).toMatch(/independent school or college that is not on the section 41 list/);
    expect(s9).toMatch(/private, voluntary or independent nursery/);
    expect(s9).toMatch(/must think about your request/);
    expect(s9).toMatch(/take account of your wishes/);
    expect(s9).toMatch(/not spending public money unreasonably/);
    expect(s9).toMatch(/does not have to name it/);
    expect(s9).not.toMatch(/9\.\d+/);
  });

  it('gives the time limits: 15 days for a draft or amended plan, two months from the decision letter', () => {
    expect(full).toMatch(/draft EHC plan, you have at least 15 days/);
    expect(full).toMatch(/After a review.*at least 15 days/s);
    expect(full).not.toMatch(/regulation|reg\.? 22/i);
    for (const text of [summary, full]) {
      expect(text).toMatch(/two months from the date of the council’s decision letter/);
      expect(text).toMatch(/SEND Tribunal/);
    }
  });

  it('says a school-only appeal needs no mediation adviser first, and the Tribunal can name any setting', () => {
    expect(full).toMatch(/only about the school, you do not need to contact a mediation adviser first/);
    expect(full).toMatch(/name a school or college that is on no list/);
    expect(summary).toMatch(/name a school that is on no list/);
  });

  it('tells a young person over compulsory school age and under 25 that the right is theirs', () => {
    expect(full).toMatch(/young person over compulsory school age and under 25/);
    expect(full).toMatch(/you make the request yourself/);
    expect(full).not.toMatch(/capacity|representative/i);
  });

  it('says these rights apply now and proposals are not law until the law is changed', () => {
    expect(full).toMatch(/These rights apply now/);
    expect(full).toMatch(/Proposals are not law until the law is changed/);
  });

  it('names SENDIASS, and tells a family how to find theirs when the council has added no contact', () => {
    expect(summary).toMatch(/SENDIASS/);
    expect(core.text).toContain(FIND_YOUR_SENDIASS);
    expect(FIND_YOUR_SENDIASS).toMatch(/search online for “SENDIASS” and your council’s name/);
    expect(core.paragraphs).not.toContain(FIND_YOUR_SENDIASS);
    const notesOnly = rightsStatement({ laCode: '938', sendiass: null, notes: ['A local note.'] });
    expect(notesOnly.text).toContain(FIND_YOUR_SENDIASS);
    expect(notesOnly.text.endsWith('A local note.')).toBe(true);
  });

  it('carries its version, the date it took effect and its legal references', () => {
    expect(core.version).toBe('2026-12.2');
    expect(RIGHTS_STATEMENT_VERSION).toBe('2026-12.2');
    expect(core.effectiveFrom).toBe('2026-12-04');
    expect(RIGHTS_STATEMENT_EFFECTIVE_FROM).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const references = core.legalReferences.join('\n');
    for (const section of [32, 33, 38, 39, 41, 43, 55, 83]) {
      expect(references).toMatch(new RegExp(`Children and Families Act 2014, section ${section}\\b`));
    }
    expect(references).toMatch(/Education Act 1996, section 9/);
    expect(references).toMatch(/Special Educational Needs and Disability Regulations 2014.*regulation 13/);
    expect(references).not.toMatch(/regulation 22/);
    expect(references).toMatch(/paragraphs 9\.78, 9\.79 and 9\.83/);
    expect(references.match(/\b9\.\d+/g)).toEqual(['9.78', '9.79', '9.83']);
  });

  it('puts the title, the summary and the full text in that order in the plain text', () => {
    expect(CORE_RIGHTS_TEXT).toBe([core.title, ...core.summary, ...core.paragraphs].join('\n\n'));
    expect(core.text.startsWith(CORE_RIGHTS_TEXT)).toBe(true);
  });

  it('adds what an LA sets under the core text, never instead of it', () => {
    const local = rightsStatement(westSussex);
    expect(local.text.startsWith(CORE_RIGHTS_TEXT)).toBe(true);
    expect(local.paragraphs).toEqual(core.paragraphs);
    expect(local.summary).toEqual(core.summary);
    expect(local.text).toContain('West Sussex SENDIAS: phone 0330 222 8555, https://example.org.');
    expect(local.text).not.toContain(FIND_YOUR_SENDIASS);
    expect(local.text.endsWith('Our placement team answers within 5 working days.')).toBe(true);
  });
});

describe('the statement is easy to read', () => {
  const core = rightsStatement();
  const familyText = [...core.summary, ...core.paragraphs, FIND_YOUR_SENDIASS];

  it('has a summary of at most five short paragraphs', () => {
    expect(core.summary.length).toBeGreaterThan(0);
    expect(core.summary.length).toBeLessThanOrEqual(5);
    // Raised from 220 when the summary gained the legal test (issue 19).
    expect(wordsOf(core.summary.join(' ')).length).toBeLessThan(250);
  });

  it('scores at most grade 7 for the summary as a whole', () => {
    expect(familyGrade(core.summary.join('\n\n'))).toBeLessThanOrEqual(7);
  });

  // The rule of tests/helpers/readability.ts: only proper names, need names, citations and glossed
  // quotations count as one word; "further education" and the like are counted as read.
  it.each(familyText.map((paragraph) => [paragraph.slice(0, 40), paragraph]))(
    'meets the family-text rule (grade at most 7.5, sentences at most 25 words): "%s…"',
    (_start, paragraph) => {
      expect(familyTextProblems('paragraph', paragraph)).toEqual([]);
    },
  );

  it('has a title of at most 12 words', () => {
    expect(familyTextProblems('heading', core.title)).toEqual([]);
  });
});

describe('a statement stored with an older list', () => {
  const stored: StoredRightsStatement = {
    version: '2026-11.1',
    title: 'You can ask for any school or college',
    paragraphs: ['This list is advice from the council.', 'You can ask for any school or college.', 'Third.'],
    legalReferences: ['Children and Families Act 2014, section 33 (mainstream education)'],
    localSendiass: null,
    localNotes: [],
    text: 'You can ask for any school or college\n\nThis list is advice from the council.',
  };

  it('gets the date its version took effect and its first two paragraphs as its summary', () => {
    const completed = completeStoredStatement(stored);
    expect(completed.effectiveFrom).toBe('2026-11-01');
    expect(completed.summary).toEqual(stored.paragraphs.slice(0, 2));
    expect(completed.paragraphs).toEqual(stored.paragraphs);
    expect(completed.text).toBe(stored.text);
    expect(completed.version).toBe('2026-11.1');
  });

  it('takes the first of the month for a version missing from the table', () => {
    expect(completeStoredStatement({ ...stored, version: '2027-03.2' }).effectiveFrom).toBe('2027-03-01');
  });

  it('refuses a version that does not name a month', () => {
    expect(() => completeStoredStatement({ ...stored, version: 'draft' })).toThrow(
      UnknownStatementVersionError,
    );
  });

  it('returns a current statement unchanged', () => {
    const current: RightsStatement = rightsStatement(westSussex);
    expect(completeStoredStatement(current)).toEqual(current);
  });
});
