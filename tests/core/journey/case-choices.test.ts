import { describe, expect, it } from 'vitest';
import { ForbiddenError, InvalidInputError } from '../../../functions/core/errors.js';
import { FAMILY_SUBJECT, newCaseRecord, withOfficerChoices } from '../../../functions/core/journey/case.js';
import { familyChanges, fieldsOf, ids, LATER, names, offRegister, thrown } from './case-fixtures.js';
import { AT, aChoice, aRecord, CASE, independent, LA, maintained } from './fixtures.js';

// A case record's choices: the record a case starts from, the family's removals, additions,
// order and history through its link (at most 10 current choices), and the officer's changes.

describe('newCaseRecord', () => {
  it("carries the latest list's current and removed choices", () => {
    const current = [aChoice('a', 1), aChoice('b', 2, 'OFFICER')];
    const removed = [{ ...aChoice('z', 3), removedReason: 'Moved away' }];
    const record = newCaseRecord(LA, CASE, { familyChoices: current, removedFamilyChoices: removed }, AT);
    expect(record.choices).toEqual({ current, removed });
    expect(record).toMatchObject({ laCode: LA, caseReference: CASE, updatedAt: AT });
  });

  it('starts with no history, no draft plan, no consultation and no decision', () => {
    const record = newCaseRecord(LA, CASE, null, AT);
    expect(record).toMatchObject({
      choices: { current: [], removed: [] },
      choiceHistory: [],
      draftPlans: [],
      consultationIds: [],
      decisions: [],
    });
  });
});

describe('withFamilyChoices: removals', () => {
  it('refuses to let a family remove a choice the council added', () => {
    const record = aRecord([aChoice('a', 1, 'FAMILY'), aChoice('b', 2, 'OFFICER')]);
    const error = thrown(() => familyChanges(record, { remove: [{ id: 'b' }] }));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as Error).message).toMatch(/input\.remove\.0/);
  });

  it('lets a family remove its own choice without a reason, recording a default one', () => {
    const record = aRecord([aChoice('a', 1), aChoice('b', 2)]);
    const { record: after } = familyChanges(record, { remove: [{ id: 'a' }] });
    expect(names(after.choices.current)).toEqual([[1, 'b']]);
    expect(after.choices.removed).toEqual([
      expect.objectContaining({
        id: 'a',
        removedAt: LATER,
        removedBy: FAMILY_SUBJECT,
        removedReason: 'Removed by the family.',
      }),
    ]);
  });

  it("records the family's own reason when it gives one", () => {
    const record = aRecord([aChoice('a', 1)]);
    const { record: after } = familyChanges(record, { remove: [{ id: 'a', reason: 'Too far to travel' }] });
    expect(after.choices.removed[0]?.removedReason).toBe('Too far to travel');
  });

  it('refuses to remove a choice the case does not have, naming the field', () => {
    const error = thrown(() => familyChanges(aRecord([aChoice('a', 1)]), { remove: [{ id: 'nope' }] }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(fieldsOf(error)).toEqual(['input.remove.0.id']);
  });
});

describe('withFamilyChoices: additions', () => {
  it('adds a setting on the register that is not on any list, with its own legal route', () => {
    const school = independent('far-away', 'Far Away School');
    const { record: after } = familyChanges(aRecord([aChoice('a', 1)]), { add: [{ settingId: school.id }] }, [
      school,
    ]);
    expect(after.choices.current[1]).toMatchObject({
      rank: 2,
      addedBy: 'FAMILY',
      onRegister: true,
      settingId: 'far-away',
      name: 'Far Away School',
      legalRoute: { route: 'MUST_CONSIDER' },
    });
  });

  it('refuses a setting id the register does not resolve, naming input.add.N.settingId', () => {
    const known = maintained('known');
    const error = thrown(() =>
      familyChanges(aRecord(), { add: [{ settingId: known.id }, { settingId: 'unknown' }] }, [known]),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(fieldsOf(error)).toEqual(['input.add.1.settingId']);
  });

  it('adds a setting that is not on the register, whose route is to be confirmed', () => {
    const { record: after } = familyChanges(aRecord(), { add: [offRegister('Hilltop School')] });
    expect(after.choices.current).toEqual([
      expect.objectContaining({
        rank: 1,
        onRegister: false,
        settingId: null,
        name: 'Hilltop School',
        legalRoute: expect.objectContaining({ route: 'TO_BE_CONFIRMED' }),
      }),
    ]);
  });

  it('keeps the note a family writes with a choice', () => {
    const { record: after } = familyChanges(aRecord(), {
      add: [{ ...offRegister('Hilltop School'), note: 'Her brother goes there' }],
    });
    expect(after.choices.current[0]?.note).toBe('Her brother goes there');
  });
});

describe('withFamilyChoices: at most 10 current choices when adding', () => {
  const family = (count: number) => Array.from({ length: count }, (_, i) => aChoice(`f${i + 1}`, i + 1));
  const officer = (count: number, from: number) =>
    Array.from({ length: count }, (_, i) => aChoice(`o${i + 1}`, from + i, 'OFFICER'));

  it('lets a family reach 10 choices', () => {
    const { record: after } = familyChanges(aRecord(family(9)), { add: [offRegister('Tenth School')] });
    expect(after.choices.current).toHaveLength(10);
  });

  it('refuses an 11th choice, naming input.add', () => {
    const error = thrown(() => familyChanges(aRecord(family(10)), { add: [offRegister('Eleventh School')] }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(fieldsOf(error)).toEqual(['input.add']);
    expect((error as Error).message).toMatch(/at most 10/);
  });

  it('refuses two additions that would take 9 choices past 10', () => {
    const error = thrown(() =>
      familyChanges(aRecord(family(9)), { add: [offRegister('One'), offRegister('Two')] }),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
  });

  it('refuses any addition once the council has added more than 10', () => {
    const record = aRecord([...family(1), ...officer(11, 2)]);
    expect(() => familyChanges(record, { add: [offRegister('Another School')] })).toThrow(InvalidInputError);
  });

  it('still lets a family remove its own choice when the council has added more than 10', () => {
    const record = aRecord([...family(1), ...officer(11, 2)]);
    const { record: after } = familyChanges(record, { remove: [{ id: 'f1' }] });
    expect(after.choices.current).toHaveLength(11);
  });

  it('still lets a family reorder when the council has added more than 10', () => {
    const record = aRecord([...family(1), ...officer(11, 2)]);
    const { record: after } = familyChanges(record, { order: ['o11'] });
    expect(after.choices.current[0]?.id).toBe('o11');
    expect(after.choices.current).toHaveLength(12);
  });

  it('lets a family at 10 swap one of its choices for another', () => {
    const { record: after } = familyChanges(aRecord(family(10)), {
      remove: [{ id: 'f1' }],
      add: [offRegister('Replacement School')],
    });
    expect(after.choices.current).toHaveLength(10);
    expect(after.choices.current.at(-1)?.name).toBe('Replacement School');
  });
});

describe('withFamilyChoices: order', () => {
  const abcd = () => aRecord([aChoice('a', 1), aChoice('b', 2), aChoice('c', 3), aChoice('d', 4)]);

  it('puts the choices named first, in the order given, ranked from 1', () => {
    const { record: after } = familyChanges(abcd(), { order: ['d', 'c', 'b', 'a'] });
    expect(names(after.choices.current)).toEqual([
      [1, 'd'],
      [2, 'c'],
      [3, 'b'],
      [4, 'a'],
    ]);
  });

  it('keeps choices not named in their order, after those named', () => {
    const { record: after } = familyChanges(abcd(), { order: ['c', 'a'] });
    expect(names(after.choices.current)).toEqual([
      [1, 'c'],
      [2, 'a'],
      [3, 'b'],
      [4, 'd'],
    ]);
  });

  it('refuses an id that is not a current choice, naming input.order.N', () => {
    const error = thrown(() => familyChanges(abcd(), { order: ['a', 'gone'] }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(fieldsOf(error)).toEqual(['input.order.1']);
  });

  it('refuses to order a choice removed in the same change', () => {
    const error = thrown(() => familyChanges(abcd(), { remove: [{ id: 'b' }], order: ['b'] }));
    expect(fieldsOf(error)).toEqual(['input.order.0']);
  });
});

describe('withFamilyChoices: history', () => {
  it('records an addition with its rank, by the family link', () => {
    const { changes } = familyChanges(aRecord([aChoice('a', 1)]), { add: [offRegister('Hilltop School')] });
    expect(changes).toEqual([
      {
        at: LATER,
        by: 'FAMILY',
        subject: FAMILY_SUBJECT,
        kind: 'ADDED',
        choiceId: `new-${ids}`,
        name: 'Hilltop School',
        rank: 2,
        reason: null,
      },
    ]);
  });

  it('records a removal with its reason and no rank', () => {
    const { changes } = familyChanges(aRecord([aChoice('a', 1)]), { remove: [{ id: 'a' }] });
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'REMOVED',
        choiceId: 'a',
        rank: null,
        reason: 'Removed by the family.',
      }),
    ]);
  });

  it('records a re-ranking only for the choices whose rank moved', () => {
    const record = aRecord([aChoice('a', 1), aChoice('b', 2), aChoice('c', 3), aChoice('d', 4)]);
    const { changes } = familyChanges(record, { order: ['b', 'a'] });
    expect(changes.map((c) => [c.kind, c.choiceId, c.rank])).toEqual([
      ['RERANKED', 'b', 1],
      ['RERANKED', 'a', 2],
    ]);
  });

  it('records nothing when the order given is the order already held', () => {
    const { changes } = familyChanges(aRecord([aChoice('a', 1), aChoice('b', 2)]), { order: ['a', 'b'] });
    expect(changes).toEqual([]);
  });

  it('appends to the history already kept and stamps the record', () => {
    const first = familyChanges(aRecord([aChoice('a', 1)]), { add: [offRegister('One')] }).record;
    const { record: second } = familyChanges(first, { remove: [{ id: 'a' }] });
    expect(second.choiceHistory.map((c) => c.kind)).toEqual(['ADDED', 'REMOVED', 'RERANKED']);
    expect(second.updatedAt).toBe(LATER);
  });
});

describe('withOfficerChoices', () => {
  it("records the officer's changes under the officer's account", () => {
    const record = aRecord([aChoice('a', 1)]);
    const { changes, record: after } = withOfficerChoices(
      record,
      {
        current: [{ ...aChoice('b', 1, 'OFFICER') }],
        removed: [{ ...aChoice('a', 1), removedReason: 'Closed' }],
      },
      'officer-7',
      LATER,
    );
    expect(changes.map((c) => [c.kind, c.choiceId, c.by, c.subject, c.reason])).toEqual([
      ['REMOVED', 'a', 'OFFICER', 'officer-7', 'Closed'],
      ['ADDED', 'b', 'OFFICER', 'officer-7', null],
    ]);
    expect(after.choiceHistory).toEqual(changes);
  });
});

describe('the family limit, when swapping', () => {
  it('refuses an addition that leaves more than 10 current choices, even with a removal', () => {
    const officerAdded = Array.from({ length: 11 }, (_, i) => aChoice(`o${i}`, i + 2, 'OFFICER'));
    const record = aRecord([aChoice('f1', 1), ...officerAdded]);
    const error = thrown(() =>
      familyChanges(record, { remove: [{ id: 'f1' }], add: [{ offRegister: { name: 'New' } }] }),
    );
    expect(fieldsOf(error)).toEqual(['input.add']);
  });
});
