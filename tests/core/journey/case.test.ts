import { describe, expect, it } from 'vitest';
import {
  DecisionRecordedError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../../../functions/core/errors.js';
import {
  currentDecision,
  FAMILY_SUBJECT,
  latestDraftPlan,
  newCaseRecord,
  requestWindowEndsOn,
  withDraftPlan,
  withFamilyChoices,
  withOfficerChoices,
} from '../../../functions/core/journey/case.js';
import { decide, decisionInForce, decisionViews } from '../../../functions/core/journey/decision.js';
import { parseDecision } from '../../../functions/core/journey/decision-input.js';
import { parseDraftPlanSent, parseSetFamilyChoices } from '../../../functions/core/journey/input.js';
import type { CaseRecord, PlacementDecision, RefusalGround } from '../../../functions/core/journey/model.js';
import type { JourneyDateBounds } from '../../../functions/core/journey/recorded-dates.js';
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

/** Today and the first list, for the dates below: decisions dated 2027-04-20 are recordable. */
const BOUNDS = { today: '2027-04-30', firstListOn: '2027-02-01' };

function decideOn(
  record: CaseRecord,
  input: Record<string, unknown>,
  context: {
    namedSetting?: Setting | null;
    latest?: ReturnType<typeof aListOf> | null;
    id?: string;
    bounds?: typeof BOUNDS;
  } = {},
): PlacementDecision {
  return decide(record, decision(input), {
    latest: context.latest === undefined ? aListOf('s-a') : context.latest,
    namedSetting: context.namedSetting ?? null,
    bounds: context.bounds ?? BOUNDS,
    id: context.id ?? 'd1',
    by: 'officer-1',
    at: LATER,
  });
}

/** Naming school a, the family's first preference: a complete decision on threeChoices(), no grounds needed. */
const nameA = { named: { settingId: 's-a' }, refusals: [] };
/** Naming off-register c, the third preference: grounds for a and b, ranked above it. */
const nameC = {
  named: { offRegister: { name: 'Off-register c', urn: '123456' } },
  refusals: [refusal('a'), refusal('b')],
};

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
      { named: { settingId: 's-b' }, refusals: [refusal('a')] },
      { namedSetting: schoolB },
    );
    expect(d).toMatchObject({ familyChoiceId: 'b', familyChoiceRank: 2, onList: false });
    expect(d.refusals.map((r) => [r.choiceId, r.rank])).toEqual([['a', 1]]);
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
    const d = decideOn(threeChoices(), nameC);
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
    const d = decideOn(
      threeChoices(),
      { ...nameA, decidedOn: '2027-12-31' },
      { namedSetting: schoolA, bounds: { today: '2028-01-04', firstListOn: '2027-02-01' } },
    );
    expect(d.appealBy).toBe('2028-02-29');
  });
});

describe('decide: refusals where s.39 needs them', () => {
  it("asks no grounds when the council names the family's first preference, and records none", () => {
    const d = decideOn(threeChoices(), nameA, { namedSetting: schoolA });
    expect(d.refusals).toEqual([]);
  });

  it('requires grounds for each preference ranked above the one named, with the code and the choices', () => {
    const error = thrown(() =>
      decideOn(threeChoices(), { ...nameC, refusals: [refusal('b')] }),
    ) as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.issues).toEqual([
      expect.objectContaining({
        field: 'input.refusals',
        code: 'REFUSAL_GROUNDS_MISSING',
        params: { choiceIds: ['a'] },
      }),
    ]);
  });

  it('refuses grounds for a preference ranked below the one named: naming one refuses none below it', () => {
    const error = thrown(() =>
      decideOn(
        threeChoices(),
        { named: { settingId: 's-b' }, refusals: [refusal('a'), refusal('c')] },
        {
          namedSetting: schoolB,
        },
      ),
    ) as InvalidInputError;
    expect(error.issues).toEqual([
      expect.objectContaining({
        field: 'input.refusals.1.choiceId',
        code: 'REFUSAL_NOT_NEEDED',
        params: { choiceId: 'c', rank: 3, namedRank: 2 },
      }),
    ]);
  });

  it('requires grounds for every preference when the council names a setting the family did not ask for', () => {
    const other = maintained('s-other');
    const error = thrown(() =>
      decideOn(
        threeChoices(),
        { named: { settingId: 's-other' }, refusals: [refusal('a'), refusal('b')] },
        { namedSetting: other },
      ),
    ) as InvalidInputError;
    expect(error.issues[0]).toMatchObject({ code: 'REFUSAL_GROUNDS_MISSING', params: { choiceIds: ['c'] } });
  });

  it('requires grounds for every preference when the council names only a type of setting', () => {
    const error = thrown(() =>
      decideOn(threeChoices(), {
        named: { typeOfSetting: 'SPECIAL_SCHOOL', typeDescription: 'A special school' },
        refusals: [refusal('c')],
      }),
    ) as InvalidInputError;
    expect(error.issues[0]).toMatchObject({
      code: 'REFUSAL_GROUNDS_MISSING',
      params: { choiceIds: ['a', 'b'] },
    });
  });

  it('records each refusal with the choice name, its rank, the grounds and the explanation', () => {
    const d = decideOn(threeChoices(), nameC);
    expect(d.refusals).toEqual([
      {
        choiceId: 'a',
        name: 'School a',
        rank: 1,
        grounds: ['INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES'],
        explanation: 'Why a was refused.',
      },
      {
        choiceId: 'b',
        name: 'School b',
        rank: 2,
        grounds: ['INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES'],
        explanation: 'Why b was refused.',
      },
    ]);
  });

  it('shows a refusal an older decision kept for a preference below the one named as not needing grounds', () => {
    const old: PlacementDecision = {
      ...decideOn(threeChoices(), nameA, { namedSetting: schoolA }),
      refusals: [
        {
          choiceId: 'b',
          name: 'School b',
          rank: 2,
          grounds: ['UNREASONABLE_PUBLIC_EXPENDITURE'],
          explanation: 'Old.',
        },
      ],
    };
    const view = decisionInForce(withDecisions(threeChoices(), old));
    expect(view?.refusals.map((r) => [r.choiceId, r.groundsNeeded])).toEqual([['b', false]]);
    const typeNamed = decideOn(threeChoices(), {
      named: { typeOfSetting: 'MAINSTREAM', typeDescription: 'A local school' },
      refusals: [refusal('a'), refusal('b'), refusal('c')],
    });
    expect(
      decisionInForce(withDecisions(threeChoices(), typeNamed))?.refusals.every((r) => r.groundsNeeded),
    ).toBe(true);
  });

  it('refuses a refusal of the choice that is named', () => {
    const error = thrown(() =>
      decideOn(
        threeChoices(),
        { ...nameA, refusals: [refusal('a')] },
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
        { ...nameA, refusals: [refusal('x')] },
        {
          namedSetting: schoolA,
        },
      ),
    );
    expect(fieldsOf(error)).toEqual(['input.refusals.0.choiceId']);
  });

  it.each(['NOT_COMPATIBLE_WITH_EFFICIENT_INSTRUCTION', 'UNREASONABLE_PUBLIC_EXPENDITURE'] as const)(
    'accepts the s.9 ground %s for a setting the council must consider',
    (ground) => {
      const d = decideOn(threeChoices(), { ...nameC, refusals: [refusal('a'), refusal('b', [ground])] });
      expect(d.refusals[1]?.grounds).toEqual([ground]);
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

/** A plan's input, as the officer gives it (the window date from the letter, when it gives one). */
const plan = (sentOn: string, kind = 'DRAFT_PLAN', requestWindowEndsOn: string | null = null) =>
  parseDraftPlanSent(sentOn, kind, requestWindowEndsOn);
const planContext = (
  at = LATER,
  bounds: JourneyDateBounds = { today: '2028-01-10', firstListOn: '2027-02-01' },
) => ({
  bounds,
  by: 'officer-1',
  at,
});

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

describe("decide: the family's order as the officer confirmed it", () => {
  it('records the decision when the order confirmed is the order', () => {
    expect(
      decideOn(threeChoices(), { ...nameA, familyOrder: ['a', 'b', 'c'] }, { namedSetting: schoolA }).id,
    ).toBe('d1');
  });

  it('refuses it, with the order now, when the family changed its choices since', () => {
    const error = thrown(() =>
      decideOn(threeChoices(), { ...nameA, familyOrder: ['b', 'a', 'c'] }, { namedSetting: schoolA }),
    ) as InvalidInputError;
    expect(error.issues).toEqual([
      expect.objectContaining({
        field: 'input.familyOrder',
        code: 'FAMILY_ORDER_CHANGED',
        params: { currentOrder: ['a', 'b', 'c'] },
      }),
    ]);
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
    const record = aRecord([anOffRegisterChoice('c', 1), aChoice('a', 2)]);
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
