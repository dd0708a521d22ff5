import { DecisionRecordedError, ForbiddenError, InvalidInputError } from '../errors.js';
import { applyChoiceChanges, type CaseChoices, type ResolvedChoice } from '../lists/family-choices.js';
import type { ChoiceAdder, FamilyChoice, TailoredList } from '../lists/model.js';
import type { Setting } from '../model.js';
import { requestWindowMinimumEndsOn } from './dates.js';
import {
  type DraftPlanSentInput,
  FAMILY_MAX_CURRENT_CHOICES,
  type FamilyChoiceChangesInput,
} from './input.js';
import type { CaseRecord, ChoiceChange, DraftPlanRecord, DraftPlanView, PlacementDecision } from './model.js';
import {
  assertNoIssues,
  type JourneyDateBounds,
  journeyDateIssue,
  requestWindowIssue,
} from './recorded-dates.js';

// A case's journey record, decided purely: the service reads, these decide, the store writes on the
// record's revision. Every change to choices is kept in the history with its time.

/** Who "family link" changes are recorded as: the family has no account. */
export const FAMILY_SUBJECT = 'family link';

/** A new record for a case, carrying the choices of its latest list (made before records existed). */
export function newCaseRecord(
  laCode: string,
  caseReference: string,
  latest: Pick<TailoredList, 'familyChoices' | 'removedFamilyChoices'> | null,
  at: string,
): CaseRecord {
  return {
    laCode,
    caseReference,
    choices: {
      current: latest?.familyChoices ?? [],
      removed: latest?.removedFamilyChoices ?? [],
    },
    choiceHistory: [],
    draftPlans: [],
    consultationIds: [],
    decisions: [],
    updatedAt: at,
  };
}

/** The decision in force: the latest that no later one supersedes. */
export function currentDecision(record: CaseRecord): PlacementDecision | null {
  const superseded = new Set(record.decisions.flatMap((d) => (d.supersedes ? [d.supersedes] : [])));
  const live = record.decisions.filter((d) => !superseded.has(d.id));
  return live.at(-1) ?? null;
}

export function assertNoDecision(record: CaseRecord): void {
  const decision = currentDecision(record);
  if (decision) throw new DecisionRecordedError(decision.id);
}

/** The end of the family's window from the latest draft plan, if one is recorded. */
export function requestWindowEndsOn(record: CaseRecord): string | null {
  return latestDraftPlan(record)?.requestWindowEndsOn ?? null;
}

/** The latest draft plan, its window as the family is shown it, or null before one is recorded. */
export function latestDraftPlan(record: CaseRecord): DraftPlanView | null {
  const plan = record.draftPlans.at(-1);
  return plan ? draftPlanView(plan) : null;
}

/** A draft plan as read: its window worked out by planWindowEndsOn, and whether the letter gave it. */
export function draftPlanView(plan: DraftPlanRecord): DraftPlanView {
  return {
    ...plan,
    requestWindowEndsOn: planWindowEndsOn(plan),
    requestWindowGivenByCouncil: plan.requestWindowGivenByCouncil === true,
  };
}

/**
 * The last day of the family's window a plan gives: the date the council's letter gave, or else the
 * minimum (reg 13: 15 days beginning with the day it was sent), worked out from its sending date
 * whenever it is read: plans recorded before this rule stored one day more, which no family or
 * officer is ever shown.
 */
export function planWindowEndsOn(
  plan: Pick<DraftPlanRecord, 'sentOn' | 'requestWindowEndsOn' | 'requestWindowGivenByCouncil'>,
): string {
  return plan.requestWindowGivenByCouncil
    ? plan.requestWindowEndsOn
    : requestWindowMinimumEndsOn(plan.sentOn);
}

/** History entries for what changed between two states of the choices. */
export function choiceHistoryOf(
  before: CaseChoices,
  after: CaseChoices,
  by: { adder: ChoiceAdder; subject: string },
  at: string,
): ChoiceChange[] {
  const beforeIds = new Map(before.current.map((c) => [c.id, c]));
  const afterIds = new Set(after.current.map((c) => c.id));
  const entry = (
    c: FamilyChoice,
    kind: ChoiceChange['kind'],
    reason: string | null = null,
  ): ChoiceChange => ({
    at,
    by: by.adder,
    subject: by.subject,
    kind,
    choiceId: c.id,
    name: c.name,
    rank: kind === 'REMOVED' ? null : c.rank,
    reason,
  });
  const changes: ChoiceChange[] = [];
  for (const c of before.current) {
    if (!afterIds.has(c.id)) {
      const removed = after.removed.find((r) => r.id === c.id);
      changes.push(entry(c, 'REMOVED', removed?.removedReason ?? null));
    }
  }
  for (const c of after.current) {
    const was = beforeIds.get(c.id);
    if (!was) changes.push(entry(c, 'ADDED'));
    else if (was.rank !== c.rank) changes.push(entry(c, 'RERANKED'));
  }
  return changes;
}

/** The record after an officer's list changed the choices (generateTailoredList). */
export function withOfficerChoices(
  record: CaseRecord,
  choices: CaseChoices,
  subject: string,
  at: string,
): { record: CaseRecord; changes: ChoiceChange[] } {
  const changes = choiceHistoryOf(record.choices, choices, { adder: 'OFFICER', subject }, at);
  return {
    record: { ...record, choices, choiceHistory: [...record.choiceHistory, ...changes], updatedAt: at },
    changes,
  };
}

/**
 * The family's own change through its link: removals (its own choices only), additions (any
 * setting: never checked against the list) and a new order. At most 10 current choices.
 */
export function withFamilyChoices(
  record: CaseRecord,
  request: FamilyChoiceChangesInput,
  resolved: ReadonlyMap<string, Setting>,
  at: string,
  newId: () => string,
): { record: CaseRecord; changes: ChoiceChange[] } {
  assertNoDecision(record);
  request.remove.forEach((removal, index) => {
    const choice = record.choices.current.find((c) => c.id === removal.id);
    if (choice && choice.addedBy !== 'FAMILY') {
      throw new ForbiddenError(
        `Choice ${removal.id} (input.remove.${index}) was added by the council: ask the council to remove it, with a reason.`,
      );
    }
  });
  const add: ResolvedChoice[] = request.add.map(({ input, field }) => {
    if (!('settingId' in input)) return { input, setting: null };
    const setting = resolved.get(input.settingId);
    if (!setting) {
      throw new InvalidInputError([
        {
          field: `${field}.settingId`,
          code: 'NOT_ON_THE_REGISTER',
          message:
            'is not a setting on the register: find it with familySearchSettings, or enter it with offRegister',
        },
      ]);
    }
    return { input, setting };
  });
  const by = { adder: 'FAMILY' as const, subject: FAMILY_SUBJECT };
  const changed = applyChoiceChanges({
    previous: record.choices,
    add,
    remove: request.remove.map((r) => ({ id: r.id, reason: r.reason ?? 'Removed by the family.' })),
    by,
    at,
    newId,
    fields: { add: 'input.add', remove: 'input.remove' },
  });
  const ordered = reorder(changed, request.order);
  const before = new Set(record.choices.current.map((c) => c.id));
  const added = ordered.current.some((c) => !before.has(c.id));
  // Adding never takes the case past 10 (a swap included); removing and ordering always work.
  if (added && ordered.current.length > FAMILY_MAX_CURRENT_CHOICES) {
    throw new InvalidInputError([
      {
        field: 'input.add',
        code: 'TOO_MANY_CHOICES',
        params: { max: FAMILY_MAX_CURRENT_CHOICES },
        message: `a family may ask for at most ${FAMILY_MAX_CURRENT_CHOICES} settings at once: remove one first`,
      },
    ]);
  }
  const changes = choiceHistoryOf(record.choices, ordered, by, at);
  return {
    record: {
      ...record,
      choices: ordered,
      choiceHistory: [...record.choiceHistory, ...changes],
      updatedAt: at,
    },
    changes,
  };
}

/** Choices in the order given (ids not named keep their order after those named), ranked 1…n. */
function reorder(choices: CaseChoices, order: readonly string[]): CaseChoices {
  if (order.length === 0) return choices;
  const byId = new Map(choices.current.map((c) => [c.id, c]));
  order.forEach((id, index) => {
    if (!byId.has(id)) {
      throw new InvalidInputError([
        {
          field: `input.order.${index}`,
          code: 'NOT_A_CURRENT_CHOICE',
          params: { id },
          message: 'is not a current choice of this case',
        },
      ]);
    }
  });
  const named = order.map((id) => byId.get(id) as FamilyChoice);
  const rest = choices.current.filter((c) => !order.includes(c.id));
  return { ...choices, current: [...named, ...rest].map((c, i) => ({ ...c, rank: i + 1 })) };
}

/**
 * The record with a draft plan sent: its date a letter's (not in the future, not before the case's
 * first list, not over a year ago), and the window the letter gave at least the Regulations'.
 */
export function withDraftPlan(
  record: CaseRecord,
  plan: DraftPlanSentInput,
  context: { bounds: JourneyDateBounds; by: string; at: string },
): CaseRecord {
  assertNoIssues([
    journeyDateIssue(plan.sentOn, 'sentOn', context.bounds),
    plan.requestWindowEndsOn
      ? requestWindowIssue(plan.sentOn, plan.requestWindowEndsOn, 'requestWindowEndsOn')
      : null,
  ]);
  const given = plan.requestWindowEndsOn !== null;
  return {
    ...record,
    draftPlans: [
      ...record.draftPlans,
      {
        kind: plan.kind,
        sentOn: plan.sentOn,
        requestWindowEndsOn: plan.requestWindowEndsOn ?? requestWindowMinimumEndsOn(plan.sentOn),
        ...(given ? { requestWindowGivenByCouncil: true } : {}),
        recordedAt: context.at,
        recordedBy: context.by,
      },
    ],
    updatedAt: context.at,
  };
}
