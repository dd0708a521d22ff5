import { describe, expect, it } from 'vitest';
import { InvalidInputError, NotFoundError } from '../../../functions/core/errors.js';
import { decisionInForce } from '../../../functions/core/journey/decision.js';
import type { PlacementDecision } from '../../../functions/core/journey/model.js';
import {
  decideOn,
  fieldsOf,
  nameA,
  nameC,
  refusal,
  schoolA,
  schoolB,
  threeChoices,
  thrown,
  withDecisions,
} from './case-fixtures.js';
import { aChoice, aListOf, anOffRegisterChoice, aRecord, LA, maintained } from './fixtures.js';

// Recording a placement decision on a case: what is named, the appeal date, the refusals s.39
// needs, the family's order as the officer confirmed it, and the choice the named setting is.

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
