import { describe, expect, it } from 'vitest';
import {
  ConsultationWithdrawnError,
  DecisionRecordedError,
  InvalidInputError,
} from '../../../functions/core/errors.js';
import {
  answered,
  assertMayConsult,
  childOf,
  closedByDecision,
  countedProvisionOf,
  isOverdue,
  withdrawn,
  withOpenCount,
} from '../../../functions/core/journey/consultation.js';
import type { AnswerInput } from '../../../functions/core/journey/input.js';
import { aListRequest } from '../../helpers/list-requests.js';
import { aSetting, withCapacity } from '../../helpers/settings.js';
import { aConsultation, maintained } from './fixtures.js';

const CAN: AnswerInput = {
  answer: 'CAN_MEET_NEEDS',
  ground: null,
  explanation: 'We have a place in Year 4.',
};
const CANNOT: AnswerInput = {
  answer: 'CANNOT_MEET_NEEDS',
  ground: 'UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN',
  explanation: 'Our base is for children aged 4 to 7.',
};

describe('childOf: what a consulted setting is told about the child', () => {
  const request = aListRequest(
    { lat: 51.06, lon: -0.33 },
    {
      caseReference: 'WSX/2027/0042',
      primaryNeed: 'ASD',
      secondaryNeeds: ['SLCN', 'SEMH'],
      age: 9,
      ncYear: 4,
      startDate: '2027-09-01',
      boarding: 'RESIDENTIAL',
      religiousCharacter: 'Roman Catholic',
      genderIntake: 'GIRLS',
    },
  );

  it('holds the need codes, age, year, start date and whether residential: nothing else', () => {
    expect(childOf(request)).toEqual({
      primaryNeed: 'ASD',
      secondaryNeeds: ['SLCN', 'SEMH'],
      age: 9,
      ncYear: 4,
      startDate: '2027-09-01',
      residential: true,
    });
    expect(Object.keys(childOf(request)).sort()).toEqual([
      'age',
      'ncYear',
      'primaryNeed',
      'residential',
      'secondaryNeeds',
      'startDate',
    ]);
  });

  it("never carries the child's home, case reference or the family's other preferences", () => {
    const told = JSON.stringify(childOf(request));
    for (const secret of ['WSX/2027/0042', '51.06', '-0.33', 'Roman Catholic', 'GIRLS']) {
      expect(told).not.toContain(secret);
    }
  });

  it('says a day placement (or no preference) is not residential', () => {
    expect(childOf({ ...request, boarding: 'DAY' }).residential).toBe(false);
    expect(childOf({ ...request, boarding: null }).residential).toBe(false);
  });

  it("copies the secondary needs, so changing the setting's copy leaves the list's alone", () => {
    const child = childOf(request);
    child.secondaryNeeds.push('VI');
    expect(request.secondaryNeeds).toEqual(['SLCN', 'SEMH']);
  });
});

describe('countedProvisionOf: where an open consultation is counted', () => {
  const twoProvisions = maintained('two'); // a main roll (two.p1) and an autism base (two.p2)

  it('counts on the provision named', () => {
    expect(countedProvisionOf(twoProvisions, 'two.p2')?.id).toBe('two.p2');
  });

  it('counts nowhere for a provision the setting does not have', () => {
    expect(countedProvisionOf(twoProvisions, 'elsewhere.p1')).toBeNull();
  });

  it("counts on a setting's only provision when none is named", () => {
    const unitOnly = aSetting(
      { provisions: [{ kind: 'SEN_UNIT', name: 'Unit', designation: ['ASD'] }] },
      'one',
    );
    expect(countedProvisionOf(unitOnly, null)?.id).toBe('one.p1');
  });

  it('counts on the main roll when none is named and the setting has several', () => {
    expect(countedProvisionOf(twoProvisions, null)).toMatchObject({ id: 'two.p1', kind: 'MAIN_ROLL' });
  });

  it('counts nowhere when none is named and there is no main roll among several', () => {
    const units = aSetting(
      {
        provisions: [
          { kind: 'SEN_UNIT', name: 'Unit', designation: ['ASD'] },
          { kind: 'RESOURCED_PROVISION', name: 'Base', designation: ['HI'] },
        ],
      },
      'units',
    );
    expect(countedProvisionOf(units, null)).toBeNull();
  });
});

describe('newConsultation', () => {
  it('is sent on the London date and due 15 days later', () => {
    const c = aConsultation({ at: '2027-03-01T10:00:00.000Z' });
    expect(c).toMatchObject({
      sentAt: '2027-03-01T10:00:00.000Z',
      sentOn: '2027-03-01',
      dueOn: '2027-03-16',
    });
  });

  it('counts a late-evening send in summer time from the next day in London', () => {
    const c = aConsultation({ at: '2027-06-30T23:30:00.000Z' });
    expect(c).toMatchObject({ sentOn: '2027-07-01', dueOn: '2027-07-16' });
  });

  it('counts a late-evening send in winter from the same day', () => {
    const c = aConsultation({ at: '2027-01-15T23:30:00.000Z' });
    expect(c).toMatchObject({ sentOn: '2027-01-15', dueOn: '2027-01-30' });
  });

  it('starts open and unanswered', () => {
    expect(aConsultation()).toMatchObject({
      status: 'SENT',
      answers: [],
      open: true,
      decisionRecorded: false,
      withdrawnAt: null,
      overdueNotifiedAt: null,
    });
  });

  it('names the provision asked about, and counts on it', () => {
    const c = aConsultation({ setting: maintained('sx'), request: { provisionId: 'sx.p2' } });
    expect(c.provision).toEqual({ id: 'sx.p2', name: 'Autism base', kind: 'RESOURCED_PROVISION' });
    expect(c.countedProvisionId).toBe('sx.p2');
  });

  it('names no provision when none was asked about, and counts on the main roll', () => {
    const c = aConsultation({ setting: maintained('sx') });
    expect(c.provision).toBeNull();
    expect(c.countedProvisionId).toBe('sx.p1');
  });

  it('refuses a provision that is not one of the setting, naming input.provisionId', () => {
    let error: unknown;
    try {
      aConsultation({ setting: maintained('sx'), request: { provisionId: 'other.p1' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((i) => i.field)).toEqual(['input.provisionId']);
  });

  it('tells the setting only what matching used about the child', () => {
    expect(Object.keys(aConsultation().child).sort()).toEqual([
      'age',
      'ncYear',
      'primaryNeed',
      'residential',
      'secondaryNeeds',
      'startDate',
    ]);
  });
});

describe('answered', () => {
  it('records the answer as version 1 and marks the consultation answered', () => {
    const c = answered(aConsultation(), CAN, 'senco-1', '2027-03-05T09:00:00.000Z');
    expect(c.status).toBe('ANSWERED');
    expect(c.answers).toEqual([
      {
        version: 1,
        answer: 'CAN_MEET_NEEDS',
        ground: null,
        explanation: 'We have a place in Year 4.',
        answeredAt: '2027-03-05T09:00:00.000Z',
        answeredBy: 'senco-1',
      },
    ]);
  });

  it('keeps every version when the setting revises its answer', () => {
    const first = answered(aConsultation(), CAN, 'senco-1', '2027-03-05T09:00:00.000Z');
    const second = answered(first, CANNOT, 'head-1', '2027-03-08T09:00:00.000Z');
    expect(second.answers.map((a) => [a.version, a.answer, a.answeredBy])).toEqual([
      [1, 'CAN_MEET_NEEDS', 'senco-1'],
      [2, 'CANNOT_MEET_NEEDS', 'head-1'],
    ]);
  });

  it('stays open while answered: it is counted until withdrawn or decided', () => {
    expect(answered(aConsultation(), CAN, 'senco-1', '2027-03-05T09:00:00.000Z').open).toBe(true);
  });

  it('refuses an answer after the council withdrew the consultation', () => {
    const c = withdrawn(aConsultation(), 'Family moved away', 'officer-1', '2027-03-04T09:00:00.000Z');
    expect(() => answered(c, CAN, 'senco-1', '2027-03-05T09:00:00.000Z')).toThrow(ConsultationWithdrawnError);
  });

  it('refuses an answer after the decision is recorded', () => {
    const c = closedByDecision(aConsultation());
    expect(() => answered(c, CAN, 'senco-1', '2027-03-05T09:00:00.000Z')).toThrow(DecisionRecordedError);
  });
});

describe('withdrawn', () => {
  const at = '2027-03-04T09:00:00.000Z';

  it('closes the consultation with the reason, who and when', () => {
    const c = withdrawn(aConsultation(), 'Family moved away', 'officer-1', at);
    expect(c).toMatchObject({
      status: 'WITHDRAWN',
      open: false,
      withdrawnAt: at,
      withdrawnBy: 'officer-1',
      withdrawnReason: 'Family moved away',
    });
  });

  it('changes nothing when withdrawn again (a retried request decides the same)', () => {
    const once = withdrawn(aConsultation(), 'Family moved away', 'officer-1', at);
    const twice = withdrawn(once, 'Another reason', 'officer-2', '2027-03-09T09:00:00.000Z');
    expect(twice).toEqual(once);
  });

  it('closes an answered consultation too', () => {
    const c = withdrawn(answered(aConsultation(), CAN, 'senco-1', at), 'No longer needed', 'officer-1', at);
    expect(c).toMatchObject({ status: 'WITHDRAWN', open: false });
    expect(c.answers).toHaveLength(1);
  });

  it('refuses to withdraw after the decision is recorded', () => {
    expect(() => withdrawn(closedByDecision(aConsultation()), 'Too late', 'officer-1', at)).toThrow(
      DecisionRecordedError,
    );
  });
});

describe('assertMayConsult: one open consultation per setting per case', () => {
  const at = '2027-03-04T09:00:00.000Z';
  const refusalOf = (fn: () => void) => {
    try {
      fn();
      return null;
    } catch (error) {
      return error instanceof InvalidInputError ? error.issues[0]?.code : 'other';
    }
  };

  it('refuses the same setting while one is open, whichever provision either names', () => {
    const open = aConsultation();
    const settingId = open.setting.id;
    expect(refusalOf(() => assertMayConsult([open], { settingId, provisionId: null }))).toBe(
      'ALREADY_CONSULTED',
    );
    expect(refusalOf(() => assertMayConsult([open], { settingId, provisionId: 'p-base' }))).toBe(
      'ALREADY_CONSULTED',
    );
    const answeredOne = answered(open, CAN, 'senco-1', at);
    expect(refusalOf(() => assertMayConsult([answeredOne], { settingId, provisionId: null }))).toBe(
      'ALREADY_CONSULTED',
    );
  });

  it('allows it again after a withdrawal, and another setting at any time', () => {
    const open = aConsultation();
    const gone = withdrawn(open, 'Sent by mistake', 'officer-1', at);
    expect(
      refusalOf(() => assertMayConsult([gone], { settingId: open.setting.id, provisionId: null })),
    ).toBeNull();
    expect(refusalOf(() => assertMayConsult([open], { settingId: 'another', provisionId: null }))).toBeNull();
  });
});

describe('closedByDecision', () => {
  it('stops counting the consultation', () => {
    expect(closedByDecision(aConsultation())).toMatchObject({ open: false, decisionRecorded: true });
  });
});

describe('isOverdue', () => {
  const sent = () => aConsultation({ at: '2027-03-01T10:00:00.000Z' }); // due 16 March

  it('is not overdue on the due date', () => {
    expect(isOverdue(sent(), '2027-03-16')).toBe(false);
  });

  it('is overdue the day after the due date with no answer', () => {
    expect(isOverdue(sent(), '2027-03-17')).toBe(true);
  });

  it('is never overdue once answered or withdrawn', () => {
    const at = '2027-03-05T09:00:00.000Z';
    expect(isOverdue(answered(sent(), CAN, 'senco-1', at), '2027-04-01')).toBe(false);
    expect(isOverdue(withdrawn(sent(), 'Not needed', 'officer-1', at), '2027-04-01')).toBe(false);
  });
});

describe('withOpenCount', () => {
  const stated = () => withCapacity(maintained('sx'), { vacancies: 2 });

  it('moves the open count of one provision only', () => {
    const s = withOpenCount(stated(), 'sx.p2', 1);
    expect(s.provisions.map((p) => [p.id, p.openConsultations ?? 0])).toEqual([
      ['sx.p1', 0],
      ['sx.p2', 1],
    ]);
  });

  it('counts up and back down', () => {
    const up = withOpenCount(withOpenCount(stated(), 'sx.p2', 1), 'sx.p2', 1);
    expect(withOpenCount(up, 'sx.p2', -1).provisions[1]?.openConsultations).toBe(1);
  });

  it('never goes below 0', () => {
    expect(withOpenCount(stated(), 'sx.p2', -1).provisions[1]?.openConsultations).toBe(0);
    const one = withOpenCount(stated(), 'sx.p2', 1);
    expect(withOpenCount(one, 'sx.p2', -5).provisions[1]?.openConsultations).toBe(0);
  });

  it("never changes the provision's stated capacity or its capacityVersion", () => {
    const before = stated();
    const after = withOpenCount(withOpenCount(before, 'sx.p2', 3), 'sx.p2', -1);
    after.provisions.forEach((p, i) => {
      expect(p.capacityVersion).toBe(before.provisions[i]?.capacityVersion);
      expect(p.capacity).toEqual(before.provisions[i]?.capacity);
    });
  });

  it('leaves the setting it was given unchanged', () => {
    const before = stated();
    withOpenCount(before, 'sx.p2', 1);
    expect(before.provisions[1]?.openConsultations).toBeUndefined();
  });
});
