import { DecisionRecordedError, InvalidInputError, NotFoundError } from '../errors.js';
import type { FamilyChoice, TailoredList } from '../lists/model.js';
import type { Setting } from '../model.js';
import { currentDecision } from './case.js';
import { APPEAL_MONTHS, addMonths } from './dates.js';
import type { DecisionInput } from './decision-input.js';
import { linksValidUntilOf } from './link-life.js';
import {
  type CaseRecord,
  type ChoiceRefusal,
  type NamedPlacement,
  type PlacementDecision,
  SECTION_9_GROUNDS,
} from './model.js';
import { assertNoIssues, type JourneyDateBounds, journeyDateIssue } from './recorded-dates.js';

// The council's decision on the setting to name, decided purely from the case record: what is
// named, which family choice it is, and the grounds s.39 needs for the choices not named.

/** A refusal as read: whether s.39 needed grounds for it (older decisions may hold ones it did not). */
export interface ChoiceRefusalView extends ChoiceRefusal {
  groundsNeeded: boolean;
}

/** A decision as read: with whether a later one corrected it. */
export interface DecisionView extends PlacementDecision {
  superseded: boolean;
  refusals: ChoiceRefusalView[];
}

export function decisionView(decision: PlacementDecision, superseded: boolean): DecisionView {
  return {
    ...decision,
    superseded,
    refusals: decision.refusals.map((r) => ({
      ...r,
      groundsNeeded: needsGrounds(r, decision.familyChoiceRank),
    })),
  };
}

/** Every decision of the case, newest first, each with whether a later one corrected it. */
export function decisionViews(record: CaseRecord): DecisionView[] {
  const superseded = new Set(record.decisions.flatMap((d) => (d.supersedes ? [d.supersedes] : [])));
  return record.decisions.map((d) => decisionView(d, superseded.has(d.id))).reverse();
}

/** The decision in force as read: never superseded, or null before one is recorded. */
export function decisionInForce(record: CaseRecord): DecisionView | null {
  const d = currentDecision(record);
  return d ? decisionView(d, false) : null;
}

/**
 * The decision, checked against the case: its letter's date (not in the future, not before the
 * case's first list, not over a year ago); a correction names the decision in force; a decision is
 * otherwise refused once one is recorded; the family's order, when the officer confirmed it, is
 * still the order; grounds are given exactly where s.39 needs them (refusalsFor); the named
 * setting's rank among the choices and whether it was on the latest list are recorded.
 */
export function decide(
  record: CaseRecord,
  input: DecisionInput,
  context: {
    latest: Pick<TailoredList, 'entries'> | null;
    namedSetting: Setting | null;
    bounds: JourneyDateBounds;
    id: string;
    by: string;
    at: string;
  },
): PlacementDecision {
  assertNoIssues([journeyDateIssue(input.decidedOn, 'input.decidedOn', context.bounds)]);
  const inForce = currentDecision(record);
  if (input.supersedes) {
    if (!record.decisions.some((d) => d.id === input.supersedes)) {
      throw new InvalidInputError([
        {
          field: 'input.supersedes',
          code: 'NOT_THE_DECISION_IN_FORCE',
          message: 'is not a decision of this case',
        },
      ]);
    }
    if (inForce?.id !== input.supersedes) {
      throw new InvalidInputError([
        {
          field: 'input.supersedes',
          code: 'NOT_THE_DECISION_IN_FORCE',
          message: 'was already corrected: name the decision in force',
        },
      ]);
    }
  } else if (inForce) {
    throw new DecisionRecordedError(inForce.id);
  }
  assertFamilyOrder(record, input.familyOrder);
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

/**
 * The record with a decision (or a correction) recorded: it becomes the decision in force, and its
 * appeal date sets how long the case's family links open (link-life.ts).
 */
export function withDecision(record: CaseRecord, decision: PlacementDecision, at: string): CaseRecord {
  return {
    ...record,
    decisions: [...record.decisions, decision],
    linksValidUntil: linksValidUntilOf(decision.appealBy),
    updatedAt: at,
  };
}

function namedPlacement(input: DecisionInput, setting: Setting | null): NamedPlacement {
  const n = input.named;
  switch (n.kind) {
    case 'REGISTER_SETTING': {
      if (!setting) throw new NotFoundError('Setting', n.settingId);
      if (n.provisionId && !setting.provisions.some((p) => p.id === n.provisionId)) {
        throw new InvalidInputError([
          {
            field: 'input.named.provisionId',
            code: 'NO_SUCH_PROVISION',
            params: { id: n.provisionId },
            message: 'is not a provision of that setting',
          },
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
        {
          field: 'input.named.familyChoiceId',
          code: 'NOT_A_CURRENT_CHOICE',
          params: { id: given },
          message: 'is not a current family choice of this case',
        },
      ]);
    }
    if (!isSameSetting(choice, named)) {
      throw new InvalidInputError([
        {
          field: 'input.named.familyChoiceId',
          code: 'CHOICE_OF_ANOTHER_SETTING',
          message: 'is a choice of another setting than the one named',
        },
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

/**
 * The family changed its preferences since the officer confirmed them: the grounds the officer
 * gave were for another order, so nothing is recorded.
 */
function assertFamilyOrder(record: CaseRecord, confirmed: readonly string[] | null): void {
  if (confirmed === null) return;
  const current = record.choices.current.map((c) => c.id);
  if (current.length === confirmed.length && current.every((id, i) => confirmed[i] === id)) return;
  throw new InvalidInputError([
    {
      field: 'input.familyOrder',
      code: 'FAMILY_ORDER_CHANGED',
      params: { currentOrder: current },
      message: `is no longer the family's order (it is now ${current.join(', ') || 'empty'}): read the case again and confirm the order`,
    },
  ]);
}

/**
 * Whether the council must give grounds for not naming this preference. The duty (s.39(3)–(4)) is
 * to name the setting the family asked for: naming a preference refuses none ranked below it, so
 * grounds are needed only for those ranked above the one named, and for every preference when the
 * council names a setting the family did not ask for, or only a type of setting.
 */
export function needsGrounds(choice: Pick<FamilyChoice, 'rank'>, namedRank: number | null): boolean {
  return namedRank === null || choice.rank < namedRank;
}

function refusalsFor(record: CaseRecord, input: DecisionInput, chosen: FamilyChoice | null): ChoiceRefusal[] {
  const byChoice = new Map(input.refusals.map((r) => [r.choiceId, r]));
  const namedRank = chosen?.rank ?? null;
  for (const r of input.refusals) {
    const choice = record.choices.current.find((c) => c.id === r.choiceId);
    if (!choice) {
      throw new InvalidInputError([
        {
          field: `${r.field}.choiceId`,
          code: 'NOT_A_CURRENT_CHOICE',
          params: { id: r.choiceId },
          message: 'is not a current family choice of this case',
        },
      ]);
    }
    if (choice.id === chosen?.id) {
      throw new InvalidInputError([
        {
          field: `${r.field}.choiceId`,
          code: 'NAMED_CHOICE_REFUSED',
          message: 'is the choice named: it is not refused',
        },
      ]);
    }
    if (!needsGrounds(choice, namedRank)) {
      throw new InvalidInputError([
        {
          field: `${r.field}.choiceId`,
          code: 'REFUSAL_NOT_NEEDED',
          params: { choiceId: choice.id, rank: choice.rank, namedRank: namedRank ?? 0 },
          message: `is the family's choice ${choice.rank}, below the choice named (${namedRank}): naming a preference refuses none ranked below it (s.39), so give no grounds for it`,
        },
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
          code: 'SECTION_9_GROUND_NOT_ALLOWED',
          params: { grounds: s9 },
          message: `${s9.join(', ')} apply only to settings the council must consider (Education Act 1996 s.9); for this one the council must name it unless an s.39(4) exception applies`,
        },
      ]);
    }
  }
  const refused = record.choices.current.filter((c) => c.id !== chosen?.id && needsGrounds(c, namedRank));
  const missing = refused.filter((c) => !byChoice.has(c.id));
  if (missing.length > 0) {
    throw new InvalidInputError([
      {
        field: 'input.refusals',
        code: 'REFUSAL_GROUNDS_MISSING',
        params: { choiceIds: missing.map((c) => c.id) },
        message: `every family choice ${namedRank === null ? 'not named' : `ranked above the one named (${namedRank})`} needs the grounds relied on and why: missing ${missing
          .map((c) => `${c.id} (${c.name})`)
          .join(', ')}`,
      },
    ]);
  }
  return refused.map((c) => {
    const r = byChoice.get(c.id) as (typeof input.refusals)[number];
    return { choiceId: c.id, name: c.name, rank: c.rank, grounds: r.grounds, explanation: r.explanation };
  });
}
