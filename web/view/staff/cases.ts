import type { FieldIssue } from '../../../functions/core/errors.js';
import { latestDraftPlan } from '../../../functions/core/journey/case.js';
import { dateInWords } from '../../../functions/core/journey/dates.js';
import { decisionInForce, decisionViews, needsGrounds } from '../../../functions/core/journey/decision.js';
import { DRAFT_PLAN_KINDS, REFUSAL_GROUNDS } from '../../../functions/core/journey/model.js';
import { GROUND_TEXT } from '../../../functions/core/journey/texts.js';
import {
  type CaseJourneyView,
  type ConsultationView,
  draftPlansNewestFirst,
  latestAnswer,
} from '../../../functions/core/journey/view.js';
import type { FamilyChoice, TailoredList } from '../../../functions/core/lists/model.js';
import { PLACEMENT_TYPES } from '../../../functions/core/lists/model.js';
import { NEEDS } from '../../../functions/core/needs.js';
import type { RefusalCode } from '../../../functions/core/refusal-codes.js';
import type { SearchResult } from '../../../functions/core/search.js';
import {
  ADDED_BY_WORDS,
  ANSWER_WORDS,
  CHANGE_WORDS,
  DRAFT_PLAN_KIND_WORDS,
  GROUND_REFERENCE,
  NAMED_KIND_WORDS,
  PLACEMENT_TYPE_WORDS,
  RANGE_KIND_WORDS,
  SETTING_KIND_WORDS,
} from '../../../functions/core/words.js';
import { instantInWords } from '../format.js';
import { codedRefusalText } from './journey-refusals.js';

// The officer's case pages: the journey as plain data for the templates, each form's fields read
// into the service's input, and the service's refusals turned into GOV.UK error messages.

export const CASE_ACTIONS = ['draft-plan', 'consult', 'withdraw-consultation', 'decision'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export function isCaseAction(value: string): value is CaseAction {
  return (CASE_ACTIONS as readonly string[]).includes(value);
}

/** The success banner after each form (Post/Redirect/Get: `done=<action>`). */
export const DONE_TEXT: Readonly<Record<CaseAction, string>> = {
  'draft-plan': 'The draft plan was recorded. The family’s window to ask for a setting is shown below.',
  consult: 'The consultation was sent. The setting can see it and answer now.',
  'withdraw-consultation': 'The consultation was withdrawn. The setting can see the reason.',
  decision: 'The decision was recorded. The family can see it, with how to appeal, on their page.',
};

/** A form's error: the input it belongs to (the summary links to it) and what to do, in plain words. */
export interface FormError {
  inputId: string;
  text: string;
}

/** `/case?la=…&ref=…` with any extra query values. */
export function casePath(laCode: string, caseReference: string, extra: Record<string, string> = {}): string {
  return `/case?${new URLSearchParams({ la: laCode, ref: caseReference, ...extra })}`;
}

/** `/case/<action>?la=…&ref=…` with any extra query values. */
export function actionPath(
  action: CaseAction,
  laCode: string,
  caseReference: string,
  extra: Record<string, string> = {},
): string {
  return `/case/${action}?${new URLSearchParams({ la: laCode, ref: caseReference, ...extra })}`;
}

/** A consultation's status in words, with its tag colour; an unanswered one past its due date is overdue. */
export function consultationStatus(c: Pick<ConsultationView, 'status' | 'overdue' | 'decisionRecorded'>): {
  text: string;
  tagClass: string;
} {
  if (c.status === 'WITHDRAWN') return { text: 'Withdrawn', tagClass: 'govuk-tag--grey' };
  if (c.status === 'ANSWERED') return { text: 'Answered', tagClass: 'govuk-tag--green' };
  if (c.overdue) return { text: 'Overdue', tagClass: 'govuk-tag--red' };
  if (c.decisionRecorded) return { text: 'Closed by the decision', tagClass: 'govuk-tag--grey' };
  return { text: 'Waiting for an answer', tagClass: 'govuk-tag--blue' };
}

/** "ASD (Autistic spectrum disorder), SLCN (…)": need codes with their names. */
export function needsWords(codes: readonly string[]): string {
  return codes.map((c) => (c in NEEDS ? `${c} (${NEEDS[c as keyof typeof NEEDS].name})` : c)).join(', ');
}

function choiceModel(c: FamilyChoice, laName: (code: string) => string | null) {
  return {
    id: c.id,
    rank: c.rank,
    name: c.name,
    settingId: c.settingId,
    onRegister: c.onRegister,
    where:
      [c.town, c.postcode, c.laCode ? (laName(c.laCode) ?? `LA ${c.laCode}`) : null]
        .filter(Boolean)
        .join(', ') || null,
    addedBy: ADDED_BY_WORDS[c.addedBy],
    addedOn: instantInWords(c.addedAt),
    legalRoute: c.legalRoute.route,
    legalRouteReason: c.legalRoute.reason,
    legalBasis: c.legalRoute.basis,
    note: c.note,
    removedOn: c.removedAt ? instantInWords(c.removedAt) : null,
    removedReason: c.removedReason,
  };
}

export interface CaseModelInput {
  view: CaseJourneyView;
  laName: (code: string) => string | null;
  done?: string | null;
}

/** The case page as plain data: what is asked for, what was sent, what was answered, what was decided. */
export function caseModel({ view, laName, done }: CaseModelInput) {
  const { record } = view;
  const { laCode, caseReference } = record;
  const inForce = decisionInForce(record);
  const windowEnds = latestDraftPlan(record);
  const consultations = view.consultations.map((c) => consultationModel(c, laName, laCode, caseReference));
  const decisions = decisionViews(record).map((d) => ({
    id: d.id,
    inForce: inForce?.id === d.id,
    decidedOn: dateInWords(d.decidedOn),
    recordedOn: instantInWords(d.recordedAt),
    named: d.named.name,
    namedKind: NAMED_KIND_WORDS[d.named.kind],
    namedType: d.named.typeOfSetting ? PLACEMENT_TYPE_WORDS[d.named.typeOfSetting] : null,
    namedSettingId: d.named.settingId,
    onList: d.onList,
    familyChoiceRank: d.familyChoiceRank,
    appealBy: dateInWords(d.appealBy),
    refusals: d.refusals.map((r) => ({
      name: r.name,
      rank: r.rank,
      groundsNeeded: r.groundsNeeded,
      grounds: r.grounds.map((g) => ({ text: GROUND_TEXT[g], reference: GROUND_REFERENCE[g] })),
      explanation: r.explanation,
    })),
    correctionReason: d.correctionReason,
    corrects: d.supersedes !== null,
  }));
  return {
    laCode,
    laName: laName(laCode),
    caseReference,
    done: done && isCaseAction(done) ? DONE_TEXT[done] : null,
    decided: inForce !== null,
    requestWindowEndsOn: windowEnds ? dateInWords(windowEnds.requestWindowEndsOn) : null,
    requestWindowGiven: windowEnds?.requestWindowGivenByCouncil ?? false,
    lists: view.lists.map((l) => ({
      id: l.id,
      version: l.version,
      generatedOn: instantInWords(l.generatedAt),
      generatedBy: l.generatedBy,
    })),
    choices: record.choices.current.map((c) => choiceModel(c, laName)),
    removedChoices: record.choices.removed.map((c) => choiceModel(c, laName)),
    history: record.choiceHistory.map((h) => ({
      on: instantInWords(h.at),
      by: ADDED_BY_WORDS[h.by],
      what:
        h.kind === 'RERANKED' && h.rank !== null
          ? `Moved to choice ${h.rank}`
          : h.kind === 'ADDED' && h.rank !== null
            ? `Added as choice ${h.rank}`
            : CHANGE_WORDS[h.kind],
      name: h.name,
      reason: h.reason,
    })),
    draftPlans: draftPlansNewestFirst(record).map((p) => ({
      kind: DRAFT_PLAN_KIND_WORDS[p.kind],
      sentOn: dateInWords(p.sentOn),
      requestWindowEndsOn: dateInWords(p.requestWindowEndsOn),
      windowGiven: p.requestWindowGivenByCouncil,
      recordedOn: instantInWords(p.recordedAt),
    })),
    consultations,
    openConsultations: consultations.filter((c) => c.canWithdraw).length,
    overdueConsultations: consultations.filter((c) => c.overdue).length,
    decision: decisions.find((d) => d.inForce) ?? null,
    earlierDecisions: decisions.filter((d) => !d.inForce),
    links: {
      draftPlan: actionPath('draft-plan', laCode, caseReference),
      consult: actionPath('consult', laCode, caseReference),
      decision: actionPath('decision', laCode, caseReference),
      rights: `/your-rights/${encodeURIComponent(laCode)}`,
    },
  };
}

export type CaseModel = ReturnType<typeof caseModel>;

function consultationModel(
  c: ConsultationView,
  laName: (code: string) => string | null,
  laCode: string,
  caseReference: string,
) {
  const status = consultationStatus(c);
  const answer = latestAnswer(c);
  return {
    id: c.id,
    settingId: c.setting.id,
    settingName: c.setting.name,
    settingLa: laName(c.setting.laCode) ?? `LA ${c.setting.laCode}`,
    provision: c.provision && c.provision.kind !== 'MAIN_ROLL' ? c.provision.name : null,
    sentOn: dateInWords(c.sentOn),
    dueOn: dateInWords(c.dueOn),
    overdue: c.overdue,
    statusText: status.text,
    statusTagClass: status.tagClass,
    message: c.message,
    contact: [c.contact.name, c.contact.email, c.contact.phone].filter(Boolean).join(', '),
    answer: answer
      ? {
          version: answer.version,
          text: ANSWER_WORDS[answer.answer],
          ground: answer.ground ? GROUND_TEXT[answer.ground] : null,
          explanation: answer.explanation,
          answeredOn: instantInWords(answer.answeredAt),
        }
      : null,
    earlierAnswers: c.answers.slice(0, -1).map((a) => ({
      version: a.version,
      text: ANSWER_WORDS[a.answer],
      explanation: a.explanation,
      answeredOn: instantInWords(a.answeredAt),
    })),
    withdrawnOn: c.withdrawnAt ? instantInWords(c.withdrawnAt) : null,
    withdrawnReason: c.withdrawnReason,
    canWithdraw: c.status !== 'WITHDRAWN' && !c.decisionRecorded,
    withdrawPath: actionPath('withdraw-consultation', laCode, caseReference, { id: c.id }),
  };
}

// ——— Forms ———

/** What a form was sent with: first values, and every value of the repeated fields (checkboxes). */
export interface FormFields {
  get(name: string): string;
  all(name: string): string[];
}

/**
 * A GOV.UK date input's three boxes as "YYYY-MM-DD". Anything that is not a plausible date is
 * passed on as typed (or empty), so the service refuses it on its own field.
 */
export function dateFromParts(day: string, month: string, year: string): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return '';
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return `${y}-${m}-${d}`;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The draft-plan form: its date boxes (`sentOn-day` …), the kind of plan, and the letter's date if given. */
export function draftPlanFields(f: FormFields): {
  sentOn: string;
  kind: string;
  requestWindowEndsOn: string | null;
} {
  const windowEnds = dateFromParts(
    f.get('requestWindowEndsOn-day'),
    f.get('requestWindowEndsOn-month'),
    f.get('requestWindowEndsOn-year'),
  );
  return {
    sentOn: dateFromParts(f.get('sentOn-day'), f.get('sentOn-month'), f.get('sentOn-year')),
    kind: f.get('kind'),
    requestWindowEndsOn: windowEnds || null,
  };
}

export const DRAFT_PLAN_KIND_OPTIONS = DRAFT_PLAN_KINDS.map((k) => ({
  value: k,
  text: DRAFT_PLAN_KIND_WORDS[k],
}));

/** A consult option's value: the setting, and the provision when the council asks about that one. */
export function settingOptionValue(settingId: string, provisionId: string | null): string {
  return provisionId ? `${settingId}|${provisionId}` : settingId;
}

export function parseSettingOption(value: string): { settingId: string; provisionId: string | null } {
  const at = value.indexOf('|');
  return at < 0
    ? { settingId: value.trim(), provisionId: null }
    : { settingId: value.slice(0, at), provisionId: value.slice(at + 1) || null };
}

/** The consult form as startConsultation takes it. */
export function consultationInput(laCode: string, caseReference: string, f: FormFields) {
  const { settingId, provisionId } = parseSettingOption(f.get('setting'));
  const phone = f.get('contactPhone').trim();
  return {
    caseReference,
    laCode,
    settingId,
    provisionId,
    message: f.get('message'),
    contact: { name: f.get('contactName'), email: f.get('contactEmail'), phone: phone || null },
  };
}

export interface SettingOption {
  value: string;
  text: string;
  hint: string;
}

/**
 * The settings an officer may pick in a form: the family's choices on the register first, then the
 * latest list's entries, then what a search found; each once, with why it is offered.
 */
export function settingOptions(input: {
  choices: readonly FamilyChoice[];
  latest: Pick<TailoredList, 'entries' | 'version'> | null;
  searched: readonly SearchResult[];
  consulting: readonly ConsultationView[];
  laName: (code: string) => string | null;
}): SettingOption[] {
  const options: SettingOption[] = [];
  const seen = new Set<string>();
  const open = new Map(
    input.consulting
      .filter((c) => c.status !== 'WITHDRAWN' && !c.decisionRecorded)
      .map((c) => [settingOptionValue(c.setting.id, c.provision?.id ?? null), c]),
  );
  const add = (value: string, text: string, hint: string) => {
    if (seen.has(value)) return;
    seen.add(value);
    const already = open.get(value);
    options.push({
      value,
      text,
      hint: already ? `${hint} Being consulted since ${dateInWords(already.sentOn)}.` : hint,
    });
  };
  for (const c of input.choices) {
    if (!c.settingId) continue;
    add(c.settingId, c.name, `The family’s choice ${c.rank}.`);
  }
  for (const e of input.latest?.entries ?? []) {
    const provision = e.provision.kind === 'MAIN_ROLL' ? null : e.provision;
    const la = input.laName(e.setting.laCode) ?? `LA ${e.setting.laCode}`;
    add(
      settingOptionValue(e.setting.id, provision?.id ?? null),
      provision ? `${e.setting.name}: ${provision.name}` : e.setting.name,
      `Entry ${e.rank} of list version ${input.latest?.version}. ${RANGE_KIND_WORDS[e.rangeKind]}, ${la}.`,
    );
  }
  for (const r of input.searched) {
    const la = input.laName(r.laCode) ?? `LA ${r.laCode}`;
    add(
      r.id,
      r.name,
      `Found by your search. ${SETTING_KIND_WORDS[r.kind]}, ${[r.town, la].filter(Boolean).join(', ')}.`,
    );
  }
  return options;
}

/** Named in the decision form: a choice, a setting on the register, one off it, or a type. */
export interface NamedOption {
  value: string;
  text: string;
  hint: string;
}

/** The decision's "what is named" radios (other than "not on the register" and "a type of setting"). */
export function namedOptions(input: {
  choices: readonly FamilyChoice[];
  latest: Pick<TailoredList, 'entries' | 'version'> | null;
  searched: readonly SearchResult[];
  laName: (code: string) => string | null;
}): NamedOption[] {
  const options: NamedOption[] = input.choices.map((c) => ({
    value: `choice:${c.id}`,
    text: c.name,
    hint: `The family’s choice ${c.rank}${c.onRegister ? '' : ' (not on the register)'}.`,
  }));
  const seen = new Set(input.choices.flatMap((c) => (c.settingId ? [c.settingId] : [])));
  for (const e of input.latest?.entries ?? []) {
    if (seen.has(e.setting.id)) continue;
    seen.add(e.setting.id);
    options.push({
      value: `setting:${e.setting.id}`,
      text: e.setting.name,
      hint: `Entry ${e.rank} of list version ${input.latest?.version}. ${RANGE_KIND_WORDS[e.rangeKind]}.`,
    });
  }
  for (const r of input.searched) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const la = input.laName(r.laCode) ?? `LA ${r.laCode}`;
    options.push({
      value: `setting:${r.id}`,
      text: r.name,
      hint: `Found by your search. ${SETTING_KIND_WORDS[r.kind]}, ${la}.`,
    });
  }
  return options;
}

export const PLACEMENT_TYPE_OPTIONS = PLACEMENT_TYPES.map((t) => ({
  value: t,
  text: PLACEMENT_TYPE_WORDS[t],
}));

export const GROUND_OPTIONS = REFUSAL_GROUNDS.map((g) => ({
  value: g,
  text: GROUND_TEXT[g],
  hint: GROUND_REFERENCE[g],
}));

/**
 * The decision form as recordPlacementDecision takes it, and which family choice each refusal is
 * for (a refusal's issues name it by index). Every current choice not named gets a refusal, filled
 * or not, so a missing ground or explanation is refused on that choice's own field.
 */
export function decisionInput(
  laCode: string,
  caseReference: string,
  choices: readonly FamilyChoice[],
  f: FormFields,
  supersedes: string | null,
): { input: Record<string, unknown>; refusalChoiceIds: string[] } {
  const named = f.get('named');
  const blank = (v: string) => (v.trim() ? v.trim() : null);
  let namedInput: Record<string, unknown> = {};
  let namedChoiceId: string | null = null;
  let namedSettingId: string | null = null;
  if (named.startsWith('choice:')) {
    const choice = choices.find((c) => c.id === named.slice('choice:'.length));
    if (choice) {
      namedChoiceId = choice.id;
      namedSettingId = choice.settingId;
      namedInput = choice.settingId
        ? { settingId: choice.settingId, familyChoiceId: choice.id }
        : {
            offRegister: {
              name: choice.name,
              town: choice.town,
              postcode: choice.postcode,
              laCode: choice.laCode,
              urn: choice.urn,
              website: choice.website,
            },
            familyChoiceId: choice.id,
          };
    }
  } else if (named.startsWith('setting:')) {
    namedSettingId = named.slice('setting:'.length);
    namedInput = { settingId: namedSettingId };
  } else if (named === 'off-register') {
    namedInput = {
      offRegister: {
        name: f.get('offName'),
        town: blank(f.get('offTown')),
        postcode: blank(f.get('offPostcode')),
        urn: blank(f.get('offUrn')),
      },
    };
  } else if (named === 'type') {
    namedInput = {
      typeOfSetting: blank(f.get('typeOfSetting')),
      typeDescription: blank(f.get('typeDescription')),
    };
  }
  const namedChoice =
    choices.find((c) => c.id === namedChoiceId) ??
    (namedSettingId ? choices.find((c) => c.settingId === namedSettingId) : undefined) ??
    null;
  // Grounds are sent for the choices s.39 needs them for (blank ones are refused on their own
  // fields), and for any other the officer filled in, so the service refuses those rather than the
  // page dropping what was typed.
  const filled = (c: FamilyChoice) =>
    f.all(`grounds-${c.id}`).length > 0 || f.get(`explanation-${c.id}`).trim() !== '';
  const refused = choices.filter(
    (c) => c.id !== namedChoice?.id && (needsGrounds(c, namedChoice?.rank ?? null) || filled(c)),
  );
  const input: Record<string, unknown> = {
    caseReference,
    laCode,
    decidedOn: dateFromParts(f.get('decidedOn-day'), f.get('decidedOn-month'), f.get('decidedOn-year')),
    named: namedInput,
    refusals: refused.map((c) => ({
      choiceId: c.id,
      grounds: f.all(`grounds-${c.id}`),
      explanation: f.get(`explanation-${c.id}`),
    })),
    familyOrder: f.get('familyOrder') ? f.get('familyOrder').split(',') : [],
  };
  if (supersedes) {
    input.supersedes = supersedes;
    input.correctionReason = f.get('correctionReason');
  }
  return { input, refusalChoiceIds: refused.map((c) => c.id) };
}

/** The officer confirms the family's order on the decision form: the grounds asked depend on it (s.39). */
export function orderNotConfirmed(choices: readonly FamilyChoice[], f: FormFields): FormError | null {
  return choices.length > 0 && f.get('confirmOrder') !== 'yes'
    ? { inputId: 'confirmOrder', text: 'Confirm that these are the family’s preferences in order' }
    : null;
}

// ——— Refusals as GOV.UK errors ———

const REFUSAL_FIELD = /^input\.refusals\.(\d+)\.(\w+)$/;

/**
 * The errors to show for a form the service refused with BAD_USER_INPUT: each issue's dotted
 * field (e.g. "input.refusals.1.grounds") to its input, in plain words; one message per input.
 */
export function formErrors(
  action: CaseAction,
  issues: readonly FieldIssue[],
  context: { refusalChoiceIds?: readonly string[]; choiceNames?: ReadonlyMap<string, string> } = {},
): FormError[] {
  const errors: FormError[] = [];
  for (const issue of issues) {
    const error = formError(action, issue, context);
    if (!errors.some((e) => e.inputId === error.inputId)) errors.push(error);
  }
  return errors;
}

function formError(
  action: CaseAction,
  issue: FieldIssue,
  context: { refusalChoiceIds?: readonly string[]; choiceNames?: ReadonlyMap<string, string> },
): FormError {
  const { field } = issue;
  const coded = codedFormError(action, issue, issue.code, context);
  if (coded) return coded;
  if (field === 'query') {
    return {
      inputId: 'q',
      text: 'Enter a name, town, postcode district or URN, using letters and numbers (up to 100 characters)',
    };
  }
  switch (action) {
    case 'draft-plan':
      if (field === 'kind') return { inputId: 'kind', text: 'Select what was sent to the family' };
      if (field === 'requestWindowEndsOn') {
        return {
          inputId: 'requestWindowEndsOn-day',
          text: 'Enter the date the letter gives as a real date, for example 27 3 2027, or leave it empty',
        };
      }
      return {
        inputId: 'sentOn-day',
        text: 'Enter the date it was sent as a real date, for example 27 3 2027',
      };
    case 'consult':
      switch (field) {
        case 'input.message':
          return { inputId: 'message', text: 'Enter a message to the setting in 2,000 characters or fewer' };
        case 'input.contact.name':
          return {
            inputId: 'contactName',
            text: 'Enter who at the council the setting should answer, in 120 characters or fewer',
          };
        case 'input.contact.email':
          return {
            inputId: 'contactEmail',
            text: 'Enter an email address in the correct format, like name@example.com',
          };
        case 'input.contact.phone':
          return { inputId: 'contactPhone', text: 'Enter a phone number in 40 characters or fewer' };
        default:
          if (issue.code === 'ALREADY_CONSULTED') {
            return {
              inputId: 'setting',
              text: 'This setting is already being consulted about this child. Withdraw that consultation first',
            };
          }
          if (issue.code === 'TOO_MANY_OPEN_CONSULTATIONS') {
            return {
              inputId: 'setting',
              text: 'This case has as many open consultations as it may have. Withdraw one first',
            };
          }
          return { inputId: 'setting', text: 'Select the setting to consult' };
      }
    case 'withdraw-consultation':
      return {
        inputId: 'reason',
        text: 'Enter why the consultation is withdrawn, in 500 characters or fewer',
      };
    case 'decision': {
      const refusal = REFUSAL_FIELD.exec(field);
      if (refusal) {
        const choiceId = context.refusalChoiceIds?.[Number(refusal[1])] ?? '';
        const name = context.choiceNames?.get(choiceId) ?? 'this choice';
        if (refusal[2] === 'explanation') {
          return {
            inputId: `explanation-${choiceId}`,
            text: `Explain why the council does not name ${name}, in 2,000 characters or fewer`,
          };
        }
        if (issue.code === 'SECTION_9_GROUND_NOT_ALLOWED') {
          return {
            inputId: `grounds-${choiceId}`,
            text: `The council must name ${name} unless an exception in s.39(4) applies: the Education Act 1996 s.9 grounds are only for settings the council must consider`,
          };
        }
        if (refusal[2] === 'choiceId') {
          return {
            inputId: `grounds-${choiceId}`,
            text: 'The family’s choices have changed since this page was loaded. Reload the page and try again',
          };
        }
        return { inputId: `grounds-${choiceId}`, text: `Select at least one ground for not naming ${name}` };
      }
      if (field === 'input.decidedOn') {
        return {
          inputId: 'decidedOn-day',
          text: 'Enter the date of the decision letter as a real date, for example 27 3 2027',
        };
      }
      if (field === 'input.correctionReason' || field === 'input.supersedes') {
        return field === 'input.supersedes'
          ? {
              inputId: 'correctionReason',
              text: 'The decision was corrected since this page was loaded. Go back to the case and start again',
            }
          : {
              inputId: 'correctionReason',
              text: 'Enter why the decision is corrected, in 500 characters or fewer',
            };
      }
      if (field === 'input.named.typeDescription') {
        return { inputId: 'typeDescription', text: 'Describe the type of setting in words' };
      }
      if (field === 'input.named.typeOfSetting') {
        return { inputId: 'typeOfSetting', text: 'Select the type of setting' };
      }
      const off = /^input\.named\.offRegister\.(\w+)$/.exec(field);
      if (off) {
        const words: Record<string, [string, string]> = {
          name: ['offName', 'Enter the name of the setting, in 120 characters or fewer'],
          town: ['offTown', 'Enter the town in 80 characters or fewer'],
          postcode: ['offPostcode', 'Enter a postcode in 10 characters or fewer'],
          urn: ['offUrn', 'Enter a URN of 5 to 7 digits, or leave it empty'],
        };
        const [inputId, text] = words[off[1] ?? ''] ?? ['named', 'Check the details of the setting named'];
        return { inputId, text };
      }
      if (field === 'input.refusals') {
        return {
          inputId: 'named',
          text: 'Give the grounds for every family choice the council does not name',
        };
      }
      return { inputId: 'named', text: 'Select what the council names in the plan' };
    }
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

/** The input a refusal of the journey's rules belongs to, and its words (journey-refusals.ts); null for other codes. */
function codedFormError(
  action: CaseAction,
  issue: FieldIssue,
  code: RefusalCode,
  context: { choiceNames?: ReadonlyMap<string, string> },
): FormError | null {
  const choiceName = (id: string) => context.choiceNames?.get(id) ?? 'this choice';
  const what = action === 'draft-plan' ? 'the date the plan was sent' : 'the date of the decision letter';
  const text = codedRefusalText(code, issue, { what, choiceName });
  if (text === null) return null;
  const missing = issue.params?.choiceIds;
  const about = typeof issue.params?.choiceId === 'string' ? issue.params.choiceId : null;
  const inputId =
    issue.field === 'requestWindowEndsOn'
      ? 'requestWindowEndsOn-day'
      : issue.field === 'sentOn'
        ? 'sentOn-day'
        : issue.field === 'input.decidedOn'
          ? 'decidedOn-day'
          : issue.field === 'input.familyOrder'
            ? 'confirmOrder'
            : about
              ? `grounds-${about}`
              : Array.isArray(missing) && typeof missing[0] === 'string'
                ? `grounds-${missing[0]}`
                : 'named';
  return { inputId, text };
}
