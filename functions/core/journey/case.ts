import { DecisionRecordedError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors.js';
import { applyChoiceChanges, type CaseChoices, type ResolvedChoice } from '../lists/family-choices.js';
import type { ChoiceAdder, FamilyChoice, TailoredList } from '../lists/model.js';
import type { Setting } from '../model.js';
import { APPEAL_MONTHS, addMonths, requestWindowMinimumEndsOn } from './dates.js';
import { type DecisionInput, FAMILY_MAX_CURRENT_CHOICES, type FamilyChoiceChangesInput } from './input.js';
import {
  type CaseRecord,
  type ChoiceChange,
  type ChoiceRefusal,
  type DraftPlanKind,
  type NamedPlacement,
  type PlacementDecision,
  SECTION_9_GROUNDS,
} from './model.js';
import type { DecisionView } from './view.js';

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

export function decisionViews(record: CaseRecord): DecisionView[] {
  const superseded = new Set(record.decisions.flatMap((d) => (d.supersedes ? [d.supersedes] : [])));
  return record.decisions.map((d) => ({ ...d, superseded: superseded.has(d.id) })).reverse();
}

export function assertNoDecision(record: CaseRecord): void {
  const decision = currentDecision(record);
  if (decision) throw new DecisionRecordedError(decision.id);
}

/** The end of the family's window from the latest draft plan, if one is recorded. */
export function requestWindowEndsOn(record: CaseRecord): string | null {
  const plan = record.draftPlans.at(-1);
  return plan ? planWindowEndsOn(plan) : null;
}

/**
 * The last day of the minimum window a plan gives (reg 13: 15 days beginning with the day it was
 * sent), worked out from its sending date whenever it is read: plans recorded before this rule
 * stored one day more, which no family or officer is ever shown.
 */
export function planWindowEndsOn(plan: { sentOn: string }): string {
  return requestWindowMinimumEndsOn(plan.sentOn);
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
        { field: `input.order.${index}`, message: 'is not a current choice of this case' },
      ]);
    }
  });
  const named = order.map((id) => byId.get(id) as FamilyChoice);
  const rest = choices.current.filter((c) => !order.includes(c.id));
  return { ...choices, current: [...named, ...rest].map((c, i) => ({ ...c, rank: i + 1 })) };
}

export function withDraftPlan(
  record: CaseRecord,
  plan: { kind: DraftPlanKind; sentOn: string },
  by: string,
  at: string,
): CaseRecord {
  return {
    ...record,
    draftPlans: [
      ...record.draftPlans,
      {
        kind: plan.kind,
        sentOn: plan.sentOn,
        requestWindowEndsOn: requestWindowMinimumEndsOn(plan.sentOn),
        recordedAt: at,
        recordedBy: by,
      },
    ],
    updatedAt: at,
  };
}

/**
 * The decision, checked against the case: a correction names the decision in force; a decision is
 * otherwise refused once one is recorded; every current family choice not named is refused on
 * grounds (the s.9 grounds only for settings the council must consider); the named setting's rank
 * among the choices and whether it was on the latest list are recorded.
 */
export function decide(
  record: CaseRecord,
  input: DecisionInput,
  context: {
    latest: Pick<TailoredList, 'entries'> | null;
    namedSetting: Setting | null;
    id: string;
    by: string;
    at: string;
  },
): PlacementDecision {
  const inForce = currentDecision(record);
  if (input.supersedes) {
    if (!record.decisions.some((d) => d.id === input.supersedes)) {
      throw new InvalidInputError([{ field: 'input.supersedes', message: 'is not a decision of this case' }]);
    }
    if (inForce?.id !== input.supersedes) {
      throw new InvalidInputError([
        { field: 'input.supersedes', message: 'was already corrected: name the decision in force' },
      ]);
    }
  } else if (inForce) {
    throw new DecisionRecordedError(inForce.id);
  }
  const named = namedPlacement(input, context.namedSetting);
  const chosen = findChoice(record, input, named);
  const refusals = refusalsFor(record, input, chosen);
  const onList =
    named.settingId !== null &&
    (context.latest?.entries.some((e) => e.setting.id === named.settingId) ?? false);
  return {
    id: context.id,
    decidedOn: input.decidedOn,
    recordedAt: context.at,
    recordedBy: context.by,
    named,
    onList,
    familyChoiceId: chosen?.id ?? null,
    familyChoiceRank: chosen?.rank ?? null,
    refusals,
    appealBy: addMonths(input.decidedOn, APPEAL_MONTHS),
    supersedes: input.supersedes,
    correctionReason: input.correctionReason,
  };
}

function namedPlacement(input: DecisionInput, setting: Setting | null): NamedPlacement {
  const n = input.named;
  switch (n.kind) {
    case 'REGISTER_SETTING': {
      if (!setting) throw new NotFoundError('Setting', n.settingId);
      if (n.provisionId && !setting.provisions.some((p) => p.id === n.provisionId)) {
        throw new InvalidInputError([
          { field: 'input.named.provisionId', message: 'is not a provision of that setting' },
        ]);
      }
      return {
        kind: n.kind,
        settingId: setting.id,
        provisionId: n.provisionId,
        name: setting.name,
        laCode: setting.laCode,
        urn: setting.urn,
        typeOfSetting: null,
      };
    }
    case 'OFF_REGISTER_SETTING':
      return {
        kind: n.kind,
        settingId: null,
        provisionId: null,
        name: n.offRegister.name,
        laCode: n.offRegister.laCode,
        urn: n.offRegister.urn,
        typeOfSetting: null,
        offRegister: n.offRegister,
      };
    case 'TYPE_OF_SETTING':
      return {
        kind: n.kind,
        settingId: null,
        provisionId: null,
        name: n.description,
        laCode: null,
        urn: null,
        typeOfSetting: n.typeOfSetting,
      };
  }
}

/** The family choice named: the one given (which must be the same setting), else the choice of the same setting. */
function findChoice(record: CaseRecord, input: DecisionInput, named: NamedPlacement): FamilyChoice | null {
  const given = 'familyChoiceId' in input.named ? input.named.familyChoiceId : null;
  if (given) {
    const choice = record.choices.current.find((c) => c.id === given);
    if (!choice) {
      throw new InvalidInputError([
        { field: 'input.named.familyChoiceId', message: 'is not a current family choice of this case' },
      ]);
    }
    if (!isSameSetting(choice, named)) {
      throw new InvalidInputError([
        { field: 'input.named.familyChoiceId', message: 'is a choice of another setting than the one named' },
      ]);
    }
    return choice;
  }
  return record.choices.current.find((c) => isSameSetting(c, named)) ?? null;
}

/** A choice names this placement: the same register id; off the register, the same URN, else name and postcode. */
function isSameSetting(choice: FamilyChoice, named: NamedPlacement): boolean {
  if (named.kind === 'TYPE_OF_SETTING') return false;
  if (named.settingId) return choice.settingId === named.settingId;
  if (choice.onRegister) return false;
  if (named.urn && choice.urn) return named.urn === choice.urn;
  return (
    plain(choice.name) === plain(named.name) &&
    plain(choice.postcode ?? '') === plain(named.offRegister?.postcode ?? '')
  );
}

function plain(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function refusalsFor(record: CaseRecord, input: DecisionInput, chosen: FamilyChoice | null): ChoiceRefusal[] {
  const byChoice = new Map(input.refusals.map((r) => [r.choiceId, r]));
  for (const r of input.refusals) {
    const choice = record.choices.current.find((c) => c.id === r.choiceId);
    if (!choice) {
      throw new InvalidInputError([
        { field: `${r.field}.choiceId`, message: 'is not a current family choice of this case' },
      ]);
    }
    if (choice.id === chosen?.id) {
      throw new InvalidInputError([
        { field: `${r.field}.choiceId`, message: 'is the choice named: it is not refused' },
      ]);
    }
    // The s.9 grounds are for settings the council must only consider. A setting the council must
    // name unless an exception applies can be refused only on the s.39(4) grounds; where the route
    // is not known (off the register, to be confirmed) the council, which knows the setting, may use either.
    const s9 = r.grounds.filter((g) => SECTION_9_GROUNDS.includes(g));
    if (s9.length > 0 && choice.legalRoute.route === 'MUST_NAME_UNLESS_EXCEPTION') {
      throw new InvalidInputError([
        {
          field: `${r.field}.grounds`,
          message: `${s9.join(', ')} apply only to settings the council must consider (Education Act 1996 s.9); for this one the council must name it unless an s.39(4) exception applies`,
        },
      ]);
    }
  }
  const missing = record.choices.current.filter((c) => c.id !== chosen?.id && !byChoice.has(c.id));
  if (missing.length > 0) {
    throw new InvalidInputError([
      {
        field: 'input.refusals',
        message: `every family choice not named needs the grounds relied on and why: missing ${missing
          .map((c) => `${c.id} (${c.name})`)
          .join(', ')}`,
      },
    ]);
  }
  return record.choices.current
    .filter((c) => c.id !== chosen?.id)
    .map((c) => {
      const r = byChoice.get(c.id) as (typeof input.refusals)[number];
      return { choiceId: c.id, name: c.name, rank: c.rank, grounds: r.grounds, explanation: r.explanation };
    });
}
