import { describe, expect, it } from 'vitest';
import type { InvalidInputError } from '../../../functions/core/errors.js';
import { latestDraftPlan, requestWindowEndsOn, withDraftPlan } from '../../../functions/core/journey/case.js';
import { draftPlansNewestFirst } from '../../../functions/core/journey/view.js';
import {
  decideOn,
  LATER,
  nameA,
  plan,
  planContext,
  schoolA,
  threeChoices,
  thrown,
  withDecisions,
} from './case-fixtures.js';
import { AT, aRecord } from './fixtures.js';

// A case's draft plans (the family's request window) and the journey's dates for letters already
// sent: never after today, never before the case's first list.

describe('withDraftPlan', () => {
  it("opens the family's window for at least 15 days beginning with the day the plan was sent (reg 13)", () => {
    const record = withDraftPlan(aRecord(), plan('2027-03-01'), planContext());
    expect(record.draftPlans).toEqual([
      {
        kind: 'DRAFT_PLAN',
        sentOn: '2027-03-01',
        requestWindowEndsOn: '2027-03-15',
        recordedAt: LATER,
        recordedBy: 'officer-1',
      },
    ]);
    expect(requestWindowEndsOn(record)).toBe('2027-03-15');
    expect(latestDraftPlan(record)).toMatchObject({ requestWindowGivenByCouncil: false });
  });

  it('counts the same 15 days for proposed amendments after a review (reg 22(2)(c)), across a year end', () => {
    const first = withDraftPlan(aRecord(), plan('2027-03-01'), planContext(AT));
    const second = withDraftPlan(first, plan('2027-12-20', 'PROPOSED_AMENDMENTS'), planContext());
    expect(second.draftPlans).toHaveLength(2);
    expect(requestWindowEndsOn(second)).toBe('2028-01-03');
  });

  it("shows the date the council's letter gives, when the officer records it", () => {
    const record = withDraftPlan(aRecord(), plan('2027-03-01', 'DRAFT_PLAN', '2027-03-22'), planContext());
    expect(requestWindowEndsOn(record)).toBe('2027-03-22');
    expect(latestDraftPlan(record)).toMatchObject({
      requestWindowEndsOn: '2027-03-22',
      requestWindowGivenByCouncil: true,
    });
    expect(draftPlansNewestFirst(record)[0]).toMatchObject({ requestWindowGivenByCouncil: true });
  });

  it("accepts a letter's date on the Regulations' last day, and refuses one a day earlier with its code", () => {
    const onTime = withDraftPlan(aRecord(), plan('2027-03-01', 'DRAFT_PLAN', '2027-03-15'), planContext());
    expect(requestWindowEndsOn(onTime)).toBe('2027-03-15');
    const error = thrown(() =>
      withDraftPlan(aRecord(), plan('2027-03-01', 'PROPOSED_AMENDMENTS', '2027-03-14'), planContext()),
    ) as InvalidInputError;
    expect(error.issues).toEqual([
      expect.objectContaining({
        field: 'requestWindowEndsOn',
        code: 'REQUEST_WINDOW_TOO_SHORT',
        params: { requestWindowEndsOn: '2027-03-14', earliest: '2027-03-15' },
      }),
    ]);
  });

  it('refuses a window more than 60 days after the plan was sent', () => {
    expect(() =>
      withDraftPlan(aRecord(), plan('2027-03-01', 'DRAFT_PLAN', '2027-04-30'), planContext()),
    ).not.toThrow();
    const error = thrown(() =>
      withDraftPlan(aRecord(), plan('2027-03-01', 'DRAFT_PLAN', '2027-05-01'), planContext()),
    ) as InvalidInputError;
    expect(error.issues[0]).toMatchObject({
      code: 'REQUEST_WINDOW_TOO_LONG',
      params: { requestWindowEndsOn: '2027-05-01', latest: '2027-04-30' },
    });
  });

  it('shows a plan recorded before the rule by the Regulations, not the day more it stored', () => {
    const old = withDraftPlan(aRecord(), plan('2027-03-01'), planContext(AT));
    const stored = {
      ...old,
      draftPlans: old.draftPlans.map((p) => ({ ...p, requestWindowEndsOn: '2027-03-16' })),
    };
    expect(requestWindowEndsOn(stored)).toBe('2027-03-15');
    expect(draftPlansNewestFirst(stored)[0]?.requestWindowEndsOn).toBe('2027-03-15');
  });

  it('has no window before a draft plan is recorded', () => {
    expect(requestWindowEndsOn(aRecord())).toBeNull();
  });
});

describe('journey dates: letters already sent', () => {
  const today = { today: '2027-03-10', firstListOn: '2027-02-01' };

  it('refuses a draft plan sent after today, naming today', () => {
    const error = thrown(() =>
      withDraftPlan(aRecord(), plan('2027-03-11'), planContext(LATER, today)),
    ) as InvalidInputError;
    expect(error.issues).toEqual([
      expect.objectContaining({
        field: 'sentOn',
        code: 'DATE_IN_FUTURE',
        params: { date: '2027-03-11', today: '2027-03-10' },
      }),
    ]);
  });

  it('accepts a draft plan sent today', () => {
    expect(requestWindowEndsOn(withDraftPlan(aRecord(), plan('2027-03-10'), planContext(LATER, today)))).toBe(
      '2027-03-24',
    );
  });

  it("refuses a draft plan sent before the case's first list", () => {
    const error = thrown(() =>
      withDraftPlan(aRecord(), plan('2027-01-31'), planContext(LATER, today)),
    ) as InvalidInputError;
    expect(error.issues[0]).toMatchObject({
      code: 'DATE_BEFORE_FIRST_LIST',
      params: { date: '2027-01-31', firstListOn: '2027-02-01' },
    });
  });

  it('refuses a date more than a year before today', () => {
    const bounds = { today: '2027-03-10', firstListOn: null };
    expect(() => withDraftPlan(aRecord(), plan('2026-03-10'), planContext(LATER, bounds))).not.toThrow();
    const error = thrown(() =>
      withDraftPlan(aRecord(), plan('2026-03-09'), planContext(LATER, bounds)),
    ) as InvalidInputError;
    expect(error.issues[0]).toMatchObject({
      code: 'DATE_TOO_OLD',
      params: { date: '2026-03-09', earliest: '2026-03-10' },
    });
  });

  it('refuses a decision letter dated after today, and one before the first list', () => {
    const future = thrown(() =>
      decideOn(threeChoices(), { ...nameA, decidedOn: '2031-01-01' }, { namedSetting: schoolA }),
    ) as InvalidInputError;
    expect(future.issues).toEqual([
      expect.objectContaining({ field: 'input.decidedOn', code: 'DATE_IN_FUTURE' }),
    ]);
    const early = thrown(() =>
      decideOn(threeChoices(), { ...nameA, decidedOn: '2027-01-15' }, { namedSetting: schoolA }),
    ) as InvalidInputError;
    expect(early.issues[0]).toMatchObject({ field: 'input.decidedOn', code: 'DATE_BEFORE_FIRST_LIST' });
  });

  it('checks the date of a correction too', () => {
    const record = withDecisions(
      threeChoices(),
      decideOn(threeChoices(), nameA, { namedSetting: schoolA, id: 'd1' }),
    );
    const error = thrown(() =>
      decideOn(
        record,
        { ...nameA, supersedes: 'd1', correctionReason: 'Date.', decidedOn: '2027-05-01' },
        { namedSetting: schoolA },
      ),
    ) as InvalidInputError;
    expect(error.issues[0]).toMatchObject({ code: 'DATE_IN_FUTURE' });
  });
});
