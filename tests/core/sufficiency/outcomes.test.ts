import { describe, expect, it } from 'vitest';
import type {
  Consultation,
  NamedPlacement,
  PlacementDecision,
} from '../../../functions/core/journey/model.js';
import type { Sector } from '../../../functions/core/model.js';
import {
  cannotMeetGround,
  decisionInForce,
  outcomesOf,
} from '../../../functions/core/sufficiency/outcomes.js';

// What became of the council's children: the decision in force (a correction replaces what it
// corrects), what it counts under, and the settings' "cannot meet" answers by ground.

const named = (over: Partial<NamedPlacement> = {}): NamedPlacement => ({
  kind: 'REGISTER_SETTING',
  settingId: 'oak',
  provisionId: null,
  name: 'Oak School',
  laCode: '383',
  urn: null,
  typeOfSetting: null,
  ...over,
});

/** A decision recorded at `recordedAt`, naming Oak School (in area, on the list) unless told otherwise. */
const aDecision = (
  id: string,
  recordedAt: string,
  over: Partial<PlacementDecision> = {},
): PlacementDecision => ({
  id,
  decidedOn: recordedAt.slice(0, 10),
  recordedAt,
  recordedBy: 'officer',
  named: named(),
  onList: true,
  familyChoiceId: null,
  familyChoiceRank: null,
  refusals: [],
  appealBy: '2027-06-01',
  supersedes: null,
  correctionReason: null,
  ...over,
});

describe('the decision in force', () => {
  it('is none before a decision', () => {
    expect(decisionInForce([])).toBeNull();
  });

  it('is the correction, not the decision it corrects', () => {
    const first = aDecision('d1', '2027-03-01T10:00:00.000Z');
    const correction = aDecision('d2', '2027-03-02T10:00:00.000Z', { supersedes: 'd1', onList: false });
    expect(decisionInForce([first, correction])?.id).toBe('d2');
    expect(decisionInForce([correction, first])?.id).toBe('d2');
  });

  it('follows a chain of corrections to the last', () => {
    const decisions = [
      aDecision('d1', '2027-03-01T10:00:00.000Z'),
      aDecision('d2', '2027-03-02T10:00:00.000Z', { supersedes: 'd1' }),
      aDecision('d3', '2027-03-03T10:00:00.000Z', { supersedes: 'd2' }),
    ];
    expect(decisionInForce(decisions)?.id).toBe('d3');
  });
});

const sectors: Record<string, Sector> = {
  oak: 'LA_MAINTAINED',
  elm: 'ACADEMY',
  ash: 'INDEPENDENT',
  yew: 'NON_MAINTAINED',
};
const sectorOf = (id: string) => sectors[id] ?? null;
const outcomes = (over: Partial<PlacementDecision>) =>
  outcomesOf(aDecision('d', '2027-03-01T10:00:00.000Z', over), '383', sectorOf);

describe('what a decision counts under', () => {
  it.each([
    ['a maintained school in the area, on the list', {}, ['DECIDED', 'ON_LIST', 'IN_AREA', 'STATE']],
    [
      'an academy in another area, not on the list',
      { onList: false, named: named({ settingId: 'elm', laCode: '936' }) },
      ['DECIDED', 'NOT_ON_LIST', 'OUTSIDE_AREA', 'STATE'],
    ],
    [
      'an independent school',
      { named: named({ settingId: 'ash' }) },
      ['DECIDED', 'ON_LIST', 'IN_AREA', 'INDEPENDENT'],
    ],
    [
      'a non-maintained special school',
      { named: named({ settingId: 'yew', laCode: '936' }) },
      ['DECIDED', 'ON_LIST', 'OUTSIDE_AREA', 'INDEPENDENT'],
    ],
    [
      'a setting no longer on the register: neither state nor independent',
      { named: named({ settingId: 'gone' }) },
      ['DECIDED', 'ON_LIST', 'IN_AREA'],
    ],
    [
      'a setting off the register, with no LA known',
      { onList: false, named: named({ kind: 'OFF_REGISTER_SETTING', settingId: null, laCode: null }) },
      ['DECIDED', 'NOT_ON_LIST'],
    ],
    [
      'only a type of setting',
      {
        onList: false,
        named: named({
          kind: 'TYPE_OF_SETTING',
          settingId: null,
          laCode: null,
          typeOfSetting: 'SPECIAL_SCHOOL',
        }),
      },
      ['DECIDED', 'NOT_ON_LIST', 'TYPE_OF_SETTING'],
    ],
  ] as const)('%s', (_, over, expected) => {
    expect(outcomes(over as Partial<PlacementDecision>)).toEqual(expected);
  });
});

type Answer = Consultation['answers'][number];
const answer = (version: number, answeredAt: string, over: Partial<Answer> = {}): Answer => ({
  version,
  answer: 'CANNOT_MEET_NEEDS',
  ground: 'INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES',
  explanation: 'Full.',
  answeredAt,
  answeredBy: 'senco',
  ...over,
});
const consultation = (...answers: Answer[]) => ({ answers }) as unknown as Consultation;

// The spring term 2027 in London instants: [from, to).
const FROM = '2027-01-01T00:00:00.000Z';
const TO = '2027-04-30T23:00:00.000Z'; // midnight in London on 1 May (BST)

describe('a "cannot meet" answer', () => {
  it('counts under its ground, or NOT_GIVEN', () => {
    expect(cannotMeetGround(consultation(answer(1, '2027-02-01T10:00:00.000Z')), FROM, TO)).toBe(
      'INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES',
    );
    expect(
      cannotMeetGround(consultation(answer(1, '2027-02-01T10:00:00.000Z', { ground: null })), FROM, TO),
    ).toBe('NOT_GIVEN');
  });

  it('counts only the latest answer: a revised "can meet" is not "cannot meet"', () => {
    const revised = consultation(
      answer(1, '2027-02-01T10:00:00.000Z'),
      answer(2, '2027-02-03T10:00:00.000Z', { answer: 'CAN_MEET_NEEDS', ground: null }),
    );
    expect(cannotMeetGround(revised, FROM, TO)).toBeNull();
    const hardened = consultation(
      answer(2, '2027-02-03T10:00:00.000Z', { ground: 'UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN' }),
      answer(1, '2027-02-01T10:00:00.000Z', { answer: 'NEED_MORE_INFORMATION', ground: null }),
    );
    expect(cannotMeetGround(hardened, FROM, TO)).toBe('UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN');
  });

  it('counts in the period its latest answer was given: from inclusive, to exclusive', () => {
    expect(cannotMeetGround(consultation(answer(1, FROM)), FROM, TO)).not.toBeNull();
    expect(cannotMeetGround(consultation(answer(1, TO)), FROM, TO)).toBeNull();
    expect(cannotMeetGround(consultation(answer(1, '2026-12-31T23:59:59.999Z')), FROM, TO)).toBeNull();
  });

  it('is none before any answer', () => {
    expect(cannotMeetGround(consultation(), FROM, TO)).toBeNull();
  });
});
