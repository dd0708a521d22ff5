import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../functions/core/errors.js';
import { parseAnswer } from '../../../functions/core/journey/input.js';
import type { ConsultationView } from '../../../functions/core/journey/view.js';
import { webPaths } from '../../../web/paths.js';
import { createRenderer } from '../../../web/render.js';
import {
  answerErrors,
  answerInput,
  consultationPageModel,
  consultationsPageModel,
  scopeFor,
  showFor,
} from '../../../web/view/staff/consultations.js';

const consultation = (over: Partial<ConsultationView> = {}): ConsultationView => ({
  id: 'c_1',
  casePartition: 'CASE#x',
  caseReference: 'WS/2026/1',
  laCode: '938',
  setting: { id: 's_1', urn: null, name: 'Maple', laCode: '936' },
  provision: null,
  countedProvisionId: null,
  child: {
    primaryNeed: 'ASD',
    secondaryNeeds: ['SLCN'],
    age: 9,
    ncYear: 4,
    startDate: '2027-01-05',
    residential: false,
  },
  message: 'Could you meet these needs?',
  contact: { name: 'A Officer', email: 'a@example.org', phone: null },
  sentAt: '2026-11-01T10:00:00.000Z',
  sentOn: '2026-11-01',
  dueOn: '2026-11-16',
  startedBy: 'officer',
  status: 'SENT',
  answers: [],
  withdrawnAt: null,
  withdrawnBy: null,
  withdrawnReason: null,
  open: true,
  decisionRecorded: false,
  overdueNotifiedAt: null,
  overdue: false,
  showCaseReference: false,
  ...over,
});

const laName = (code: string) => ({ '938': 'West Sussex' })[code] ?? null;

describe('the consultations list', () => {
  it('shows a setting’s staff what is waiting for an answer, and officers their council’s by default', () => {
    expect(scopeFor(undefined, { officer: false, staff: true })).toBe('MY_SETTINGS');
    expect(scopeFor(undefined, { officer: true, staff: false })).toBe('SENT_BY_MY_LA');
    expect(scopeFor('TO_SETTINGS_IN_MY_LA', { officer: true, staff: false })).toBe('TO_SETTINGS_IN_MY_LA');
    // A scope the caller does not have falls back to their own.
    expect(scopeFor('SENT_BY_MY_LA', { officer: false, staff: true })).toBe('MY_SETTINGS');
    expect(showFor(undefined, 'MY_SETTINGS')).toBe('SENT');
    expect(showFor(undefined, 'SENT_BY_MY_LA')).toBe('ALL');
    expect(showFor('WITHDRAWN', 'MY_SETTINGS')).toBe('WITHDRAWN');
  });

  it('puts overdue ones first and flags them', () => {
    const model = consultationsPageModel({
      items: [consultation({ id: 'new' }), consultation({ id: 'late', overdue: true })],
      scope: 'MY_SETTINGS',
      show: 'SENT',
      roles: { officer: false, staff: true },
      nextCursor: 'cur',
      isFirstPage: true,
      laName,
    });
    expect(model.rows.map((r) => [r.id, r.tag.text])).toEqual([
      ['late', 'Overdue'],
      ['new', 'Not answered yet'],
    ]);
    expect(model.rows[0]?.from).toBe('West Sussex (938)');
    expect(model.scopes).toHaveLength(1);
    expect(model.nextPath).toBe('/consultations?scope=MY_SETTINGS&show=SENT&after=cur');
  });
  it("moves those the council's decision closed under “Closed”, never “Not answered yet … Answer by”", () => {
    const model = consultationsPageModel({
      items: [
        consultation({ id: 'waiting' }),
        // Past its due date when the decision closed it: not overdue, not waiting.
        consultation({ id: 'closed', overdue: true, open: false, decisionRecorded: true }),
        consultation({ id: 'answered', status: 'ANSWERED', open: false, decisionRecorded: true }),
      ],
      scope: 'MY_SETTINGS',
      show: 'SENT',
      roles: { officer: false, staff: true },
      nextCursor: null,
      isFirstPage: true,
      laName,
    });
    expect(model.rows.map((r) => r.id)).toEqual(['waiting']);
    expect(model.closedRows.map((r) => [r.id, r.tag.text, r.overdue])).toEqual([
      ['closed', 'Closed by the council’s decision', false],
      ['answered', 'Closed by the council’s decision', false],
    ]);
    const paths = webPaths();
    const html = createRenderer(paths.views, paths.govukFrontend).render('staff/consultations.njk', {
      csrfToken: 'tok',
      signedInAs: 'SENCO',
      isOfficer: false,
      laCodes: [],
      assets: '/a',
      title: model.heading,
      page: model,
    });
    const closedPart = html.slice(html.indexOf('id="closed"'));
    expect(html).toContain('<h2 class="govuk-heading-m" id="closed">Closed</h2>');
    expect(closedPart).toContain('/consultations/closed');
    expect(closedPart).not.toMatch(/Answer due by|Not answered yet|Overdue/);
    expect(html.slice(0, html.indexOf('id="closed"'))).not.toContain('/consultations/closed');
  });
});

describe('one consultation', () => {
  it('offers the answer form to the setting’s staff while it is open, and never to others', () => {
    expect(
      consultationPageModel({ consultation: consultation(), laName, canAnswer: true }).form,
    ).not.toBeNull();
    expect(consultationPageModel({ consultation: consultation(), laName, canAnswer: false }).form).toBeNull();
    const withdrawn = consultationPageModel({
      consultation: consultation({
        status: 'WITHDRAWN',
        withdrawnAt: '2026-11-03T10:00:00.000Z',
        withdrawnReason: 'Family moved',
      }),
      laName,
      canAnswer: true,
    });
    expect(withdrawn.form).toBeNull();
    expect(withdrawn.withdrawn).toEqual({ on: '3 November 2026 at 10:00am', reason: 'Family moved' });
    expect(
      consultationPageModel({
        consultation: consultation({ decisionRecorded: true }),
        laName,
        canAnswer: true,
      }).form,
    ).toBeNull();
  });

  it('shows the case only to officers who may see its reference', () => {
    expect(
      consultationPageModel({ consultation: consultation(), laName, canAnswer: false }).caseLink,
    ).toBeNull();
    expect(
      consultationPageModel({
        consultation: consultation({ showCaseReference: true }),
        laName,
        canAnswer: false,
      }).caseLink,
    ).toEqual({ reference: 'WS/2026/1', href: '/case?la=938&ref=WS%2F2026%2F1' });
  });

  it('tells the setting only what the council holds: needs, age, year, start, day or residential', () => {
    const model = consultationPageModel({ consultation: consultation(), laName, canAnswer: true });
    expect(model.child).toEqual({
      primaryNeed: 'Autistic spectrum disorder (ASD)',
      secondaryNeeds: 'Speech, language and communication needs (SLCN)',
      age: '9 at the start date',
      year: 'Year 4',
      startDate: '5 January 2027',
      place: 'Day',
    });
    expect(model.dueText).toBe('Answer by 16 November 2026.');
  });

  it('sends a ground as chosen, refused with “can meet” (never dropped), and words the service’s refusals by input', () => {
    const canMeetWithGround = answerInput({
      answer: 'CAN_MEET_NEEDS',
      ground: 'UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN',
      explanation: 'x',
    });
    expect(canMeetWithGround).toEqual({
      answer: 'CAN_MEET_NEEDS',
      ground: 'UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN',
      explanation: 'x',
    });
    let refused: InvalidInputError['issues'] = [];
    try {
      parseAnswer(canMeetWithGround);
    } catch (error) {
      if (error instanceof InvalidInputError) refused = error.issues;
    }
    expect(refused.map((i) => [i.field, i.code])).toEqual([['input.ground', 'ONLY_WITH']]);
    expect(answerErrors(refused)).toEqual([
      {
        inputId: 'answer',
        text: 'A ground goes only with an answer that your setting cannot meet the child’s needs. The ground was not kept: send your answer again, or choose that it cannot',
      },
    ]);
    const values = { answer: 'CANNOT_MEET_NEEDS', explanation: ' ' };
    let issues: InvalidInputError['issues'] = [];
    try {
      parseAnswer(answerInput(values));
    } catch (error) {
      if (error instanceof InvalidInputError) issues = error.issues;
    }
    expect(answerErrors(issues)).toEqual([
      { inputId: 'ground', text: 'Select the ground your answer points to' },
      { inputId: 'explanation', text: 'Enter the reasons for your answer' },
    ]);
    expect(answerErrors([{ field: 'input.answer', code: 'NOT_ONE_OF', message: '' }])).toEqual([
      { inputId: 'answer', text: 'Select whether your setting can meet the child’s needs' },
    ]);
  });
});
