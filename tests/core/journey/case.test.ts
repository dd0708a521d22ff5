import { describe, expect, it } from 'vitest';
import {
  DecisionRecordedError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../../../functions/core/errors.js';
import {
  currentDecision,
  decide,
  decisionViews,
  FAMILY_SUBJECT,
  newCaseRecord,
  requestWindowEndsOn,
  withDraftPlan,
  withFamilyChoices,
  withOfficerChoices,
} from '../../../functions/core/journey/case.js';
import { parseDecision, parseSetFamilyChoices } from '../../../functions/core/journey/input.js';
import type { CaseRecord, PlacementDecision, RefusalGround } from '../../../functions/core/journey/model.js';
import { draftPlansNewestFirst } from '../../../functions/core/journey/view.js';
import type { FamilyChoice } from '../../../functions/core/lists/model.js';
import type { Setting } from '../../../functions/core/model.js';
import {
  AT,
  aChoice,
  aListOf,
  anOffRegisterChoice,
  aRecord,
  CASE,
  independent,
  LA,
  maintained,
} from './fixtures.js';

const LATER = '2027-03-05T15:00:00.000Z';

/** The error a call throws, for looking at what it says. */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

const fieldsOf = (error: unknown) => (error as InvalidInputError).issues.map((i) => i.field);

// --- The family's changes through its link -----------------------------------------------------

let ids = 0;
function familyChanges(record: CaseRecord, input: unknown, settings: Setting[] = []) {
  return withFamilyChoices(
    record,
    parseSetFamilyChoices(input),
    new Map(settings.map((s) => [s.id, s])),
    LATER,
    () => `new-${++ids}`,
  );
}

const names = (choices: readonly FamilyChoice[]) => choices.map((c) => [c.rank, c.id]);
const offRegister = (name: string) => ({ offRegister: { name, postcode: 'RH13 5AA' } });

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

// --- Decisions -----------------------------------------------------------------------------------

const schoolA = maintained('s-a', 'School a');
const schoolB = independent('s-b', 'School b');

/** a: a state school (must name), b: an independent school (must consider), c: off the register. */
const threeChoices = () =>
  aRecord([
    aChoice('a', 1),
    aChoice('b', 2, 'FAMILY', 'MUST_CONSIDER'),
    anOffRegisterChoice('c', 3, '123456'),
  ]);

const refusal = (
  choiceId: string,
  grounds: RefusalGround[] = ['INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES'],
) => ({
  choiceId,
  grounds,
  explanation: `Why ${choiceId} was refused.`,
});

function decision(input: Record<string, unknown>) {
  return parseDecision({ caseReference: CASE, laCode: LA, decidedOn: '2027-04-20', ...input });
}

function decideOn(
  record: CaseRecord,
  input: Record<string, unknown>,
  context: { namedSetting?: Setting | null; latest?: ReturnType<typeof aListOf> | null; id?: string } = {},
): PlacementDecision {
  return decide(record, decision(input), {
    latest: context.latest === undefined ? aListOf('s-a') : context.latest,
    namedSetting: context.namedSetting ?? null,
    id: context.id ?? 'd1',
    by: 'officer-1',
    at: LATER,
  });
}

/** Naming school a and refusing b and c: a complete decision on threeChoices(). */
const nameA = { named: { settingId: 's-a' }, refusals: [refusal('b'), refusal('c')] };

const withDecisions = (record: CaseRecord, ...decisions: PlacementDecision[]): CaseRecord => ({
  ...record,
  decisions,
});

describe('decide: what is named', () => {
  it("records the named choice's rank among the family's choices", () => {
    const d = decideOn(threeChoices(), nameA, { namedSetting: schoolA });
    expect(d).toMatchObject({ familyChoiceId: 'a', familyChoiceRank: 1 });
    expect(d.named).toMatchObject({
      kind: 'REGISTER_SETTING',
      settingId: 's-a',
      name: 'School a',
      laCode: LA,
    });
  });

  it("records the rank of the family's second choice when that one is named", () => {
    const d = decideOn(
      threeChoices(),
      { named: { settingId: 's-b' }, refusals: [refusal('a'), refusal('c')] },
      { namedSetting: schoolB },
    );
    expect(d).toMatchObject({ familyChoiceId: 'b', familyChoiceRank: 2, onList: false });
    expect(d.refusals.map((r) => [r.choiceId, r.rank])).toEqual([
      ['a', 1],
      ['c', 3],
    ]);
  });

  it("records that the named setting was on the case's latest list", () => {
    expect(decideOn(threeChoices(), nameA, { namedSetting: schoolA }).onList).toBe(true);
  });

  it('records that the named setting was on no list when the latest list does not hold it', () => {
    const d = decideOn(threeChoices(), nameA, { namedSetting: schoolA, latest: aListOf('s-other') });
    expect(d.onList).toBe(false);
  });

  it('records onList false when the case has no list', () => {
    expect(decideOn(threeChoices(), nameA, { namedSetting: schoolA, latest: null }).onList).toBe(false);
  });

  it('finds the family choice of an off-register setting by its URN', () => {
    const d = decideOn(threeChoices(), {
      named: { offRegister: { name: 'Off-register c', urn: '123456' } },
      refusals: [refusal('a'), refusal('b')],
    });
    expect(d).toMatchObject({ familyChoiceId: 'c', familyChoiceRank: 3, onList: false });
    expect(d.named).toMatchObject({ kind: 'OFF_REGISTER_SETTING', settingId: null, urn: '123456' });
  });

  it('records a type of setting, refusing every family choice', () => {
    const d = decideOn(threeChoices(), {
      named: { typeOfSetting: 'SPECIAL_SCHOOL', typeDescription: 'A maintained special school for autism' },
      refusals: [refusal('a'), refusal('b'), refusal('c')],
    });
    expect(d.named).toEqual({
      kind: 'TYPE_OF_SETTING',
      settingId: null,
      provisionId: null,
      name: 'A maintained special school for autism',
      laCode: null,
      urn: null,
      typeOfSetting: 'SPECIAL_SCHOOL',
    });
    expect(d).toMatchObject({ familyChoiceId: null, familyChoiceRank: null, onList: false });
    expect(d.refusals.map((r) => r.choiceId)).toEqual(['a', 'b', 'c']);
  });

  it('refuses to name a register setting it cannot find', () => {
    expect(() => decideOn(threeChoices(), nameA, { namedSetting: null })).toThrow(NotFoundError);
  });

  it('refuses a provision that is not one of the named setting', () => {
    const error = thrown(() =>
      decideOn(
        threeChoices(),
        { ...nameA, named: { settingId: 's-a', provisionId: 'elsewhere.p1' } },
        {
          namedSetting: schoolA,
        },
      ),
    );
    expect(fieldsOf(error)).toEqual(['input.named.provisionId']);
  });

  it('refuses a familyChoiceId that is a choice of another setting', () => {
    const error = thrown(() =>
      decideOn(
        threeChoices(),
        { ...nameA, named: { settingId: 's-a', familyChoiceId: 'b' } },
        {
          namedSetting: schoolA,
        },
      ),
    );
    expect(fieldsOf(error)).toEqual(['input.named.familyChoiceId']);
  });
});

describe('decide: appeal date', () => {
  it('gives two months from the decision to appeal', () => {
    expect(decideOn(threeChoices(), nameA, { namedSetting: schoolA }).appealBy).toBe('2027-06-20');
  });

  it('never cuts the appeal period short at the end of a month', () => {
    const d = decideOn(threeChoices(), { ...nameA, decidedOn: '2027-12-31' }, { namedSetting: schoolA });
    expect(d.appealBy).toBe('2028-02-29');
  });
});

describe('decide: refusals', () => {
  it('requires a refusal for every current family choice not named, naming input.refusals', () => {
    const error = thrown(() =>
      decideOn(
        threeChoices(),
        { named: { settingId: 's-a' }, refusals: [refusal('b')] },
        { namedSetting: schoolA },
      ),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(fieldsOf(error)).toEqual(['input.refusals']);
    expect((error as Error).message).toMatch(/c \(Off-register c\)/);
  });

  it('requires refusals even for a setting named from outside the choices', () => {
    const other = maintained('s-other');
    const error = thrown(() =>
      decideOn(
        threeChoices(),
        { named: { settingId: 's-other' }, refusals: [refusal('a'), refusal('b')] },
        {
          namedSetting: other,
        },
      ),
    );
    expect(fieldsOf(error)).toEqual(['input.refusals']);
  });

  it('records each refusal with the choice name, its rank, the grounds and the explanation', () => {
    const d = decideOn(threeChoices(), nameA, { namedSetting: schoolA });
    expect(d.refusals).toEqual([
      {
        choiceId: 'b',
        name: 'School b',
        rank: 2,
        grounds: ['INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES'],
        explanation: 'Why b was refused.',
      },
      {
        choiceId: 'c',
        name: 'Off-register c',
        rank: 3,
        grounds: ['INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES'],
        explanation: 'Why c was refused.',
      },
    ]);
  });

  it('refuses a refusal of the choice that is named', () => {
    const error = thrown(() =>
      decideOn(
        threeChoices(),
        { ...nameA, refusals: [refusal('a'), refusal('b'), refusal('c')] },
        {
          namedSetting: schoolA,
        },
      ),
    );
    expect(fieldsOf(error)).toEqual(['input.refusals.0.choiceId']);
  });

  it('refuses a refusal of a choice the case does not have', () => {
    const error = thrown(() =>
      decideOn(
        threeChoices(),
        { ...nameA, refusals: [refusal('b'), refusal('c'), refusal('x')] },
        {
          namedSetting: schoolA,
        },
      ),
    );
    expect(fieldsOf(error)).toEqual(['input.refusals.2.choiceId']);
  });

  it.each(['NOT_COMPATIBLE_WITH_EFFICIENT_INSTRUCTION', 'UNREASONABLE_PUBLIC_EXPENDITURE'] as const)(
    'accepts the s.9 ground %s for a setting the council must consider',
    (ground) => {
      const d = decideOn(
        threeChoices(),
        { ...nameA, refusals: [refusal('b', [ground]), refusal('c')] },
        {
          namedSetting: schoolA,
        },
      );
      expect(d.refusals[0]?.grounds).toEqual([ground]);
    },
  );

  it.each(['NOT_COMPATIBLE_WITH_EFFICIENT_INSTRUCTION', 'UNREASONABLE_PUBLIC_EXPENDITURE'] as const)(
    'refuses the s.9 ground %s for a setting the council must name unless an exception applies',
    (ground) => {
      const error = thrown(() =>
        decideOn(threeChoices(), {
          named: { offRegister: { name: 'Off-register c', urn: '123456' } },
          refusals: [refusal('a', [ground]), refusal('b')],
        }),
      );
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(fieldsOf(error)).toEqual(['input.refusals.0.grounds']);
      expect((error as Error).message).toMatch(/must name it unless an s\.39\(4\) exception applies/);
    },
  );

  it('accepts the s.39(4) grounds for any setting', () => {
    const d = decideOn(threeChoices(), {
      named: { typeOfSetting: 'MAINSTREAM', typeDescription: 'A local mainstream school' },
      refusals: [
        refusal('a', ['UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN']),
        refusal('b', ['INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS']),
        refusal('c', ['INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES']),
      ],
    });
    expect(d.refusals).toHaveLength(3);
  });
});

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

// --- Draft plans and officer changes ------------------------------------------------------------

describe('withDraftPlan', () => {
  it("opens the family's window for at least 15 days beginning with the day the plan was sent (reg 13)", () => {
    const record = withDraftPlan(aRecord(), { kind: 'DRAFT_PLAN', sentOn: '2027-03-01' }, 'officer-1', LATER);
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
  });

  it('takes the window from the latest plan, such as proposed amendments', () => {
    const first = withDraftPlan(aRecord(), { kind: 'DRAFT_PLAN', sentOn: '2027-03-01' }, 'officer-1', AT);
    const second = withDraftPlan(
      first,
      { kind: 'PROPOSED_AMENDMENTS', sentOn: '2027-12-20' },
      'officer-1',
      LATER,
    );
    expect(second.draftPlans).toHaveLength(2);
    expect(requestWindowEndsOn(second)).toBe('2028-01-03');
  });

  it('shows a plan recorded before the rule by the Regulations, not the day more it stored', () => {
    const old = withDraftPlan(aRecord(), { kind: 'DRAFT_PLAN', sentOn: '2027-03-01' }, 'officer-1', AT);
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

describe('decide: the named setting and the choice it is', () => {
  it('refuses linking an off-register setting to a family choice of another setting', () => {
    const record = aRecord([aChoice('a', 1), anOffRegisterChoice('c', 2, '123456')]);
    const error = thrown(() =>
      decideOn(record, {
        named: { offRegister: { name: 'Totally different', urn: '999999' }, familyChoiceId: 'a' },
        refusals: [refusal('c')],
      }),
    );
    expect(fieldsOf(error)).toEqual(['input.named.familyChoiceId']);
  });

  it("finds the family's off-register choice by name and postcode when it has no URN", () => {
    const record = aRecord([aChoice('a', 1), anOffRegisterChoice('c', 2)]);
    const d = decideOn(record, {
      named: { offRegister: { name: 'Off-register c', postcode: 'RH12 1AA' } },
      refusals: [refusal('a')],
    });
    expect(d).toMatchObject({ familyChoiceId: 'c', familyChoiceRank: 2 });
    expect(d.refusals.map((r) => r.choiceId)).toEqual(['a']);
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

describe('decide: the s.9 grounds where the route is not known', () => {
  it('accepts them for a setting off the register, whose route is to be confirmed', () => {
    const record = aRecord([aChoice('a', 1), anOffRegisterChoice('c', 2)]);
    const d = decideOn(
      record,
      {
        named: { settingId: 's-a' },
        refusals: [{ choiceId: 'c', grounds: ['UNREASONABLE_PUBLIC_EXPENDITURE'], explanation: 'Cost.' }],
      },
      { namedSetting: maintained('s-a', 'School a') },
    );
    expect(d.refusals[0]?.grounds).toEqual(['UNREASONABLE_PUBLIC_EXPENDITURE']);
  });
});
