import { describe, expect, it } from 'vitest';
import type { CaseJourneyView } from '../../../functions/core/journey/view.js';
import { caseModel, casePath, consultationStatus } from '../../../web/view/staff/case-page.js';
import { aChoice, aConsultation, laName } from './case-fixtures.js';

describe('the case page’s model', () => {
  const view: CaseJourneyView = {
    record: {
      laCode: '938',
      caseReference: 'T/1',
      choices: {
        current: [
          aChoice(),
          aChoice({ id: 'fc_2', rank: 2, onRegister: false, settingId: null, name: 'Hill' }),
        ],
        removed: [
          aChoice({ id: 'fc_3', name: 'Vale', removedAt: '2027-03-02T10:00:00Z', removedReason: 'Moved' }),
        ],
      },
      choiceHistory: [
        {
          at: '2027-03-01T10:00:00Z',
          by: 'FAMILY',
          subject: 'family link',
          kind: 'ADDED',
          choiceId: 'fc_1',
          name: 'Brook School',
          rank: 1,
          reason: null,
        },
      ],
      draftPlans: [
        {
          kind: 'DRAFT_PLAN',
          sentOn: '2027-03-01',
          requestWindowEndsOn: '2027-03-16',
          recordedAt: '2027-03-01T10:00:00Z',
          recordedBy: 'o',
        },
        {
          kind: 'PROPOSED_AMENDMENTS',
          sentOn: '2027-05-01',
          requestWindowEndsOn: '2027-05-16',
          recordedAt: '2027-05-01T10:00:00Z',
          recordedBy: 'o',
        },
      ],
      consultationIds: ['cn_1', 'cn_2', 'cn_3'],
      decisions: [],
      updatedAt: '2027-05-01T10:00:00Z',
    },
    lists: [{ id: 'l2_x', version: 1, generatedAt: '2027-02-01T10:00:00Z', generatedBy: 'o' }],
    consultations: [
      aConsultation({ overdue: true }),
      aConsultation({
        id: 'cn_2',
        status: 'ANSWERED',
        answers: [
          {
            version: 1,
            answer: 'NEED_MORE_INFORMATION',
            ground: null,
            explanation: 'Send the reports.',
            answeredAt: '2027-03-02T10:00:00Z',
            answeredBy: 'staff',
          },
          {
            version: 2,
            answer: 'CANNOT_MEET_NEEDS',
            ground: 'INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS',
            explanation: 'Year 5 is at its safe limit.',
            answeredAt: '2027-03-04T10:00:00Z',
            answeredBy: 'staff',
          },
        ],
      }),
      aConsultation({
        id: 'cn_3',
        status: 'WITHDRAWN',
        open: false,
        withdrawnAt: '2027-03-03T10:00:00Z',
        withdrawnReason: 'Family moved',
      }),
    ],
    statement: {} as CaseJourneyView['statement'],
    today: '2027-05-02',
  };

  it('shows the newest draft plan’s window, newest plan first, in words', () => {
    const m = caseModel({ view, laName });
    // Worked out by the Regulations from the sending date (1 May), not the day more an older version stored.
    expect(m.requestWindowEndsOn).toBe('15 May 2027');
    expect(m.draftPlans.map((p) => p.kind)).toEqual([
      'Plan with proposed amendments, after a review',
      'Draft EHC plan',
    ]);
    expect(m.laName).toBe('West Sussex');
  });

  it('gives each consultation its status, latest answer with its ground and text, and the earlier ones', () => {
    const [overdue, answered, withdrawn] = caseModel({ view, laName }).consultations;
    expect(overdue?.statusText).toBe('Overdue');
    expect(overdue?.canWithdraw).toBe(true);
    expect(overdue?.withdrawPath).toBe('/case/withdraw-consultation?la=938&ref=T%2F1&id=cn_1');
    expect(answered?.answer).toMatchObject({
      version: 2,
      text: 'Cannot meet the child’s needs',
      explanation: 'Year 5 is at its safe limit.',
    });
    expect(answered?.answer?.ground).toContain('efficient education of others');
    expect(answered?.earlierAnswers).toHaveLength(1);
    expect(withdrawn).toMatchObject({
      statusText: 'Withdrawn',
      withdrawnReason: 'Family moved',
      canWithdraw: false,
    });
  });

  it('counts open and overdue consultations, and keeps removed choices with their reasons', () => {
    const m = caseModel({ view, laName, done: 'consult' });
    expect(m.openConsultations).toBe(2);
    expect(m.overdueConsultations).toBe(1);
    expect(m.removedChoices[0]).toMatchObject({ name: 'Vale', removedReason: 'Moved' });
    expect(m.history[0]).toMatchObject({ by: 'The family', what: 'Added as choice 1' });
    expect(m.done).toMatch(/consultation was sent/);
    expect(caseModel({ view, laName, done: 'nonsense' }).done).toBeNull();
  });

  it('shows the decision in force with grounds in plain words and the law, and corrected ones apart', () => {
    const decision = {
      id: 'pd_1',
      decidedOn: '2027-06-01',
      recordedAt: '2027-06-01T10:00:00Z',
      recordedBy: 'o',
      named: {
        kind: 'REGISTER_SETTING' as const,
        settingId: 's_brook',
        provisionId: null,
        name: 'Brook School',
        laCode: '909',
        urn: null,
        typeOfSetting: null,
      },
      onList: true,
      familyChoiceId: 'fc_1',
      familyChoiceRank: 1,
      refusals: [
        {
          choiceId: 'fc_2',
          name: 'Hill',
          rank: 2,
          grounds: ['UNREASONABLE_PUBLIC_EXPENDITURE' as const],
          explanation: 'A suitable maintained school is named.',
        },
      ],
      appealBy: '2027-08-01',
      supersedes: null,
      correctionReason: null,
    };
    const correction = { ...decision, id: 'pd_2', supersedes: 'pd_1', correctionReason: 'Wrong letter date' };
    const m = caseModel({
      view: { ...view, record: { ...view.record, decisions: [decision, correction] } },
      laName,
    });
    expect(m.decided).toBe(true);
    expect(m.decision).toMatchObject({
      id: 'pd_2',
      appealBy: '1 August 2027',
      correctionReason: 'Wrong letter date',
    });
    expect(m.decision?.refusals[0]?.grounds[0]?.reference).toMatch(/Education Act 1996 s\.9/);
    expect(m.earlierDecisions.map((d) => d.id)).toEqual(['pd_1']);
  });
});

describe('a case’s addresses and statuses', () => {
  it('names a case and its consultation status plainly', () => {
    expect(casePath('938', 'WS/2026/1', { done: 'decision' })).toBe(
      '/case?la=938&ref=WS%2F2026%2F1&done=decision',
    );
    expect(consultationStatus({ status: 'SENT', overdue: false, decisionRecorded: true }).text).toBe(
      'Closed by the decision',
    );
  });
});
