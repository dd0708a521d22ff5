import type { InvalidInputError } from '../../../functions/core/errors.js';
import { withFamilyChoices } from '../../../functions/core/journey/case.js';
import { decide } from '../../../functions/core/journey/decision.js';
import { parseDecision } from '../../../functions/core/journey/decision-input.js';
import { parseDraftPlanSent, parseSetFamilyChoices } from '../../../functions/core/journey/input.js';
import type { CaseRecord, PlacementDecision, RefusalGround } from '../../../functions/core/journey/model.js';
import type { JourneyDateBounds } from '../../../functions/core/journey/recorded-dates.js';
import type { FamilyChoice } from '../../../functions/core/lists/model.js';
import type { Setting } from '../../../functions/core/model.js';
import {
  aChoice,
  aListOf,
  anOffRegisterChoice,
  aRecord,
  CASE,
  independent,
  LA,
  maintained,
} from './fixtures.js';

// What the tests of a case record share (case-*.test.ts): the family's changes through its link,
// a decision on a case of three choices, and a draft plan's input.

export const LATER = '2027-03-05T15:00:00.000Z';

/** The error a call throws, for looking at what it says. */
export function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

export const fieldsOf = (error: unknown) => (error as InvalidInputError).issues.map((i) => i.field);

// --- The family's changes through its link -----------------------------------------------------

export let ids = 0;
export function familyChanges(record: CaseRecord, input: unknown, settings: Setting[] = []) {
  return withFamilyChoices(
    record,
    parseSetFamilyChoices(input),
    new Map(settings.map((s) => [s.id, s])),
    LATER,
    () => `new-${++ids}`,
  );
}

export const names = (choices: readonly FamilyChoice[]) => choices.map((c) => [c.rank, c.id]);
export const offRegister = (name: string) => ({ offRegister: { name, postcode: 'RH13 5AA' } });

// --- Decisions -----------------------------------------------------------------------------------

export const schoolA = maintained('s-a', 'School a');
export const schoolB = independent('s-b', 'School b');

/** a: a state school (must name), b: an independent school (must consider), c: off the register. */
export const threeChoices = () =>
  aRecord([
    aChoice('a', 1),
    aChoice('b', 2, 'FAMILY', 'MUST_CONSIDER'),
    anOffRegisterChoice('c', 3, '123456'),
  ]);

export const refusal = (
  choiceId: string,
  grounds: RefusalGround[] = ['INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES'],
) => ({
  choiceId,
  grounds,
  explanation: `Why ${choiceId} was refused.`,
});

export function decision(input: Record<string, unknown>) {
  return parseDecision({ caseReference: CASE, laCode: LA, decidedOn: '2027-04-20', ...input });
}

/** Today and the first list, for the dates below: decisions dated 2027-04-20 are recordable. */
export const BOUNDS = { today: '2027-04-30', firstListOn: '2027-02-01' };

export function decideOn(
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
export const nameA = { named: { settingId: 's-a' }, refusals: [] };
/** Naming off-register c, the third preference: grounds for a and b, ranked above it. */
export const nameC = {
  named: { offRegister: { name: 'Off-register c', urn: '123456' } },
  refusals: [refusal('a'), refusal('b')],
};

export const withDecisions = (record: CaseRecord, ...decisions: PlacementDecision[]): CaseRecord => ({
  ...record,
  decisions,
});

// --- Draft plans and officer changes ------------------------------------------------------------

/** A plan's input, as the officer gives it (the window date from the letter, when it gives one). */
export const plan = (sentOn: string, kind = 'DRAFT_PLAN', requestWindowEndsOn: string | null = null) =>
  parseDraftPlanSent(sentOn, kind, requestWindowEndsOn);
export const planContext = (
  at = LATER,
  bounds: JourneyDateBounds = { today: '2028-01-10', firstListOn: '2027-02-01' },
) => ({
  bounds,
  by: 'officer-1',
  at,
});
