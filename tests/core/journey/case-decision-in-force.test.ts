import { describe, expect, it } from 'vitest';
import { DecisionRecordedError, InvalidInputError } from '../../../functions/core/errors.js';
import { currentDecision } from '../../../functions/core/journey/case.js';
import { decisionViews } from '../../../functions/core/journey/decision.js';
import {
  decideOn,
  familyChanges,
  fieldsOf,
  nameA,
  offRegister,
  schoolA,
  threeChoices,
  thrown,
  withDecisions,
} from './case-fixtures.js';

// One decision in force on a case: corrections, the decision a case holds, and the family's
// choices closed once one is recorded.

describe('decide: one decision in force', () => {
  const first = () => decideOn(threeChoices(), nameA, { namedSetting: schoolA, id: 'd1' });

  it('refuses a second decision while one is in force', () => {
    const record = withDecisions(threeChoices(), first());
    const error = thrown(() => decideOn(record, nameA, { namedSetting: schoolA, id: 'd2' }));
    expect(error).toBeInstanceOf(DecisionRecordedError);
    expect((error as DecisionRecordedError).decisionId).toBe('d1');
  });

  it('records a correction of the decision in force, with its reason', () => {
    const record = withDecisions(threeChoices(), first());
    const d = decideOn(
      record,
      {
        ...nameA,
        supersedes: 'd1',
        correctionReason: 'The wrong date was entered.',
        decidedOn: '2027-04-21',
      },
      { namedSetting: schoolA, id: 'd2' },
    );
    expect(d).toMatchObject({
      id: 'd2',
      supersedes: 'd1',
      correctionReason: 'The wrong date was entered.',
      decidedOn: '2027-04-21',
      appealBy: '2027-06-21',
    });
  });

  it('refuses to correct a decision that was already corrected', () => {
    const d1 = first();
    const d2 = { ...d1, id: 'd2', supersedes: 'd1', correctionReason: 'First correction.' };
    const record = withDecisions(threeChoices(), d1, d2);
    const error = thrown(() =>
      decideOn(
        record,
        { ...nameA, supersedes: 'd1', correctionReason: 'Again.' },
        { namedSetting: schoolA, id: 'd3' },
      ),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(fieldsOf(error)).toEqual(['input.supersedes']);
  });

  it('refuses to correct a decision the case does not have', () => {
    const record = withDecisions(threeChoices(), first());
    const error = thrown(() =>
      decideOn(
        record,
        { ...nameA, supersedes: 'elsewhere', correctionReason: 'Oops.' },
        { namedSetting: schoolA },
      ),
    );
    expect(fieldsOf(error)).toEqual(['input.supersedes']);
  });

  it('refuses a correction when no decision is recorded', () => {
    const error = thrown(() =>
      decideOn(
        threeChoices(),
        { ...nameA, supersedes: 'd1', correctionReason: 'Oops.' },
        { namedSetting: schoolA },
      ),
    );
    expect(fieldsOf(error)).toEqual(['input.supersedes']);
  });
});

describe('currentDecision and decisionViews', () => {
  const d1 = () => decideOn(threeChoices(), nameA, { namedSetting: schoolA, id: 'd1' });
  const corrected = () => {
    const first = d1();
    return withDecisions(threeChoices(), first, {
      ...first,
      id: 'd2',
      supersedes: 'd1',
      correctionReason: 'Typo.',
    });
  };

  it('has no decision in force before one is recorded', () => {
    expect(currentDecision(threeChoices())).toBeNull();
    expect(decisionViews(threeChoices())).toEqual([]);
  });

  it('holds the correction in force, not the decision it corrects', () => {
    expect(currentDecision(corrected())?.id).toBe('d2');
  });

  it('lists decisions newest first, marking the corrected one superseded', () => {
    expect(decisionViews(corrected()).map((d) => [d.id, d.superseded])).toEqual([
      ['d2', false],
      ['d1', true],
    ]);
  });

  it('closes the family choices once a decision is recorded', () => {
    const record = withDecisions(threeChoices(), d1());
    expect(() => familyChanges(record, { add: [offRegister('Late School')] })).toThrow(DecisionRecordedError);
    expect(() => familyChanges(record, { order: ['b'] })).toThrow(DecisionRecordedError);
  });

  it('keeps the family choices closed after a correction', () => {
    expect(() => familyChanges(corrected(), { remove: [{ id: 'b' }] })).toThrow(DecisionRecordedError);
  });
});
