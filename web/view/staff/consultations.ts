import type { FieldIssue } from '../../../functions/core/errors.js';
import { dateInWords } from '../../../functions/core/journey/dates.js';
import { JOURNEY_LIMITS } from '../../../functions/core/journey/input.js';
import type { ConsultationStatus } from '../../../functions/core/journey/model.js';
import { SECTION_39_GROUNDS } from '../../../functions/core/journey/model.js';
import { ANSWER_NOTE, DELIVERY_NOTE } from '../../../functions/core/journey/texts.js';
import { type ConsultationView, latestAnswer } from '../../../functions/core/journey/view.js';
import { ANSWER_WORDS, GROUND_WORDS, PROVISION_KIND_WORDS } from '../../../functions/core/words.js';
import type { FormError, FormValues } from '../forms.js';
import { type FieldWords, oneSentence, refusalText } from '../refusal-text.js';
import { councilWords, instantWithTime, needWords, yearWords } from './words.js';

// Consultations as a setting's staff and officers read them: the list, one consultation, and the
// setting's answer form. Pure: who may answer and the LA names are passed in.

export const SCOPES = ['MY_SETTINGS', 'SENT_BY_MY_LA', 'TO_SETTINGS_IN_MY_LA'] as const;
export type Scope = (typeof SCOPES)[number];

export const SCOPE_WORDS: Readonly<Record<Scope, string>> = {
  MY_SETTINGS: 'Sent to your settings',
  SENT_BY_MY_LA: 'Sent by your council',
  TO_SETTINGS_IN_MY_LA: 'Sent to settings in your council’s area, by any council',
};

/** The status filters the list offers; "all" is no filter. */
export const SHOW = ['SENT', 'ANSWERED', 'WITHDRAWN', 'ALL'] as const;
export type Show = (typeof SHOW)[number];

const SHOW_WORDS: Readonly<Record<Show, string>> = {
  SENT: 'Not answered yet',
  ANSWERED: 'Answered',
  WITHDRAWN: 'Withdrawn',
  ALL: 'All',
};

/**
 * A consultation's state in words, with its GOV.UK tag colour. One the council's decision closed
 * waits for nothing, answered or not: it is never "not answered yet" or overdue.
 */
export function statusTag(
  status: ConsultationStatus,
  overdue: boolean,
  decisionRecorded = false,
): { text: string; classes: string } {
  if (decisionRecorded && status !== 'WITHDRAWN') {
    return { text: 'Closed by the council’s decision', classes: 'govuk-tag--grey' };
  }
  if (status === 'SENT') {
    return overdue
      ? { text: 'Overdue', classes: 'govuk-tag--red' }
      : { text: 'Not answered yet', classes: 'govuk-tag--blue' };
  }
  if (status === 'ANSWERED') return { text: 'Answered', classes: 'govuk-tag--green' };
  return { text: 'Withdrawn', classes: 'govuk-tag--grey' };
}

export type LaNames = (code: string) => string | null;

const laWords = (code: string, laName: LaNames): string => councilWords(code, laName);

/** Which scope the page shows: the one asked for if the caller has it, else the service's default. */
export function scopeFor(asked: string | undefined, roles: { officer: boolean; staff: boolean }): Scope {
  const offered = scopesOffered(roles);
  if (asked && (offered as readonly string[]).includes(asked)) return asked as Scope;
  return roles.officer ? 'SENT_BY_MY_LA' : 'MY_SETTINGS';
}

export function scopesOffered(roles: { officer: boolean; staff: boolean }): Scope[] {
  return [
    ...(roles.staff ? (['MY_SETTINGS'] as const) : []),
    ...(roles.officer ? (['SENT_BY_MY_LA', 'TO_SETTINGS_IN_MY_LA'] as const) : []),
  ];
}

/** The status shown: the one asked for, else "not answered yet" for a setting's staff and "all" for officers. */
export function showFor(asked: string | undefined, scope: Scope): Show {
  if (asked && (SHOW as readonly string[]).includes(asked)) return asked as Show;
  return scope === 'MY_SETTINGS' ? 'SENT' : 'ALL';
}

/** The consultations list as plain data: overdue ones first on each page, then newest first. */
export function consultationsPageModel(input: {
  items: readonly ConsultationView[];
  scope: Scope;
  show: Show;
  roles: { officer: boolean; staff: boolean };
  nextCursor: string | null;
  isFirstPage: boolean;
  laName: LaNames;
}) {
  const { scope, show } = input;
  const query = (extra: Record<string, string>) =>
    `/consultations?${new URLSearchParams({ scope, show, ...extra }).toString()}`;
  // Those the council's decision closed go under "Closed": nothing is due from them.
  const isClosed = (c: ConsultationView) => c.decisionRecorded && c.status !== 'WITHDRAWN';
  const all = [...input.items]
    .map((c, index) => ({ c, index }))
    .sort((a, b) => Number(b.c.overdue) - Number(a.c.overdue) || a.index - b.index)
    .map(({ c }) => ({
      id: c.id,
      path: `/consultations/${encodeURIComponent(c.id)}`,
      settingName: c.setting.name,
      provisionName: c.provision ? c.provision.name : null,
      // Only for officers of the council that sent it: the school never sees the council's reference.
      caseReference: c.showCaseReference ? c.caseReference : null,
      from: laWords(c.laCode, input.laName),
      need: needWords(c.child.primaryNeed),
      sentOn: dateInWords(c.sentOn),
      dueOn: dateInWords(c.dueOn),
      overdue: c.overdue && !isClosed(c),
      tag: statusTag(c.status, c.overdue, c.decisionRecorded),
      closed: isClosed(c),
    }));
  const rows = all.filter((r) => !r.closed);
  const closedRows = all.filter((r) => r.closed);
  const offered = scopesOffered(input.roles);
  return {
    scope,
    show,
    scopes: offered.map((s) => ({ value: s, text: SCOPE_WORDS[s], checked: s === scope })),
    filters: SHOW.map((s) => ({ text: SHOW_WORDS[s], href: query({ show: s }), current: s === show })),
    heading:
      scope === 'MY_SETTINGS'
        ? 'Consultations to answer'
        : scope === 'SENT_BY_MY_LA'
          ? 'Consultations your council sent'
          : 'Consultations to settings in your area',
    rows,
    closedRows,
    emptyText:
      (show === 'SENT' && scope === 'MY_SETTINGS') || closedRows.length > 0
        ? 'There are no consultations waiting for an answer.'
        : 'There are no consultations to show.',
    nextPath: input.nextCursor ? query({ after: input.nextCursor }) : null,
    firstPath: input.isFirstPage ? null : query({}),
  };
}

const DONE_WORDS: Readonly<Record<string, string>> = {
  answered: 'Your answer has been sent to the council.',
};

export interface ConsultationPageInput {
  consultation: ConsultationView;
  laName: LaNames;
  /** Whether the caller may answer it (core/access.ts): staff of the consulted setting. */
  canAnswer: boolean;
  done?: string | null;
  /** A refused answer: its errors and what was typed. */
  errors?: readonly FormError[];
  values?: FormValues | null;
}

/** One consultation as plain data, with the answer form when the caller may answer it now. */
export function consultationPageModel(input: ConsultationPageInput) {
  const c = input.consultation;
  const child = c.child;
  const answerOpen = c.status !== 'WITHDRAWN' && !c.decisionRecorded;
  const latest = latestAnswer(c);
  const typed = input.values ?? null;
  const errors = input.errors ?? [];
  const errorOf = (id: string) => errors.find((e) => e.inputId === id)?.text ?? null;
  const answerValue = typed ? (typed.answer ?? '') : '';
  return {
    id: c.id,
    path: `/consultations/${encodeURIComponent(c.id)}`,
    settingName: c.setting.name,
    settingPath: `/settings/${encodeURIComponent(c.setting.id)}`,
    provision: c.provision ? `${c.provision.name} (${PROVISION_KIND_WORDS[c.provision.kind]})` : null,
    from: laWords(c.laCode, input.laName),
    tag: statusTag(c.status, c.overdue, c.decisionRecorded),
    sentOn: dateInWords(c.sentOn),
    dueOn: dateInWords(c.dueOn),
    overdue: c.overdue,
    dueText: c.overdue
      ? `The answer was due by ${dateInWords(c.dueOn)}.`
      : c.status === 'SENT'
        ? `Answer by ${dateInWords(c.dueOn)}.`
        : `The answer was due by ${dateInWords(c.dueOn)}.`,
    child: {
      primaryNeed: needWords(child.primaryNeed),
      secondaryNeeds:
        child.secondaryNeeds.length > 0 ? child.secondaryNeeds.map(needWords).join(', ') : 'None given',
      age: `${child.age} at the start date`,
      year: child.ncYear === null ? null : yearWords(child.ncYear),
      startDate: dateInWords(child.startDate),
      place: child.residential ? 'Residential' : 'Day',
    },
    message: c.message,
    contact: {
      name: c.contact.name,
      email: c.contact.email,
      phone: c.contact.phone,
    },
    deliveryNote: DELIVERY_NOTE,
    answerNote: ANSWER_NOTE,
    withdrawn:
      c.status === 'WITHDRAWN'
        ? {
            on: c.withdrawnAt ? instantWithTime(c.withdrawnAt) : null,
            reason: c.withdrawnReason,
          }
        : null,
    decisionRecorded: c.decisionRecorded,
    answers: [...c.answers].reverse().map((a) => ({
      version: a.version,
      answer: ANSWER_WORDS[a.answer],
      ground: a.ground ? GROUND_WORDS[a.ground] : null,
      explanation: a.explanation,
      when: instantWithTime(a.answeredAt),
      by: a.answeredBy,
      latest: a.version === latest?.version,
    })),
    caseLink: c.showCaseReference
      ? {
          reference: c.caseReference,
          href: `/case?${new URLSearchParams({ la: c.laCode, ref: c.caseReference }).toString()}`,
        }
      : null,
    form:
      input.canAnswer && answerOpen
        ? {
            revising: latest !== null,
            answers: (['CAN_MEET_NEEDS', 'CANNOT_MEET_NEEDS', 'NEED_MORE_INFORMATION'] as const).map((a) => ({
              value: a,
              text: ANSWER_WORDS[a],
              checked: answerValue === a,
            })),
            grounds: SECTION_39_GROUNDS.map((g) => ({
              value: g,
              text: GROUND_WORDS[g],
              // A ground goes only with "cannot meet": after any other answer it is not kept.
              checked: answerValue === 'CANNOT_MEET_NEEDS' && typed?.ground === g,
            })),
            explanation: typed ? (typed.explanation ?? '') : '',
            maxLength: JOURNEY_LIMITS.explanation,
            errors: {
              answer: errorOf('answer'),
              ground: errorOf('ground'),
              explanation: errorOf('explanation'),
            },
          }
        : null,
    errors,
    done: DONE_WORDS[input.done ?? ''] ?? null,
  };
}

/**
 * The answer form's fields as answerConsultation takes them. A ground sent with another answer
 * than "cannot meet" goes to the service as sent, which refuses it (ONLY_WITH): the form never
 * drops what someone chose without saying so.
 */
export function answerInput(values: FormValues) {
  const answer = (values.answer ?? '').trim();
  const ground = (values.ground ?? '').trim();
  return { answer, ground: ground !== '' ? ground : null, explanation: values.explanation ?? '' };
}

/** A ground sent with an answer it does not go with: said on the answer, where the choice is made. */
const GROUND_WITH_ANOTHER_ANSWER =
  'A ground goes only with an answer that your setting cannot meet the child’s needs. The ground was not kept: send your answer again, or choose that it cannot';

/** How the answer form names its inputs, by the core's field name. */
const ANSWER_WORDS_BY_FIELD: Readonly<Record<string, FieldWords>> = {
  ground: oneSentence('Ground', 'Select the ground your answer points to'),
  explanation: { label: 'Reasons', ask: 'Enter the reasons for your answer' },
};
const ANSWER = oneSentence('Answer', 'Select whether your setting can meet the child’s needs');

/** The service's refusal of an answer, as GOV.UK error messages by input, in the form's order. */
export function answerErrors(issues: readonly FieldIssue[]): FormError[] {
  const found = new Map<string, string>();
  for (const issue of issues) {
    const field = issue.field.split('.')[1] ?? '';
    if (field === 'ground' && issue.code === 'ONLY_WITH') {
      if (!found.has('answer')) found.set('answer', GROUND_WITH_ANOTHER_ANSWER);
      continue;
    }
    const words = ANSWER_WORDS_BY_FIELD[field];
    const error: FormError = words
      ? { inputId: field, text: refusalText(issue, words) }
      : { inputId: 'answer', text: refusalText(issue, ANSWER) };
    if (!found.has(error.inputId)) found.set(error.inputId, error.text);
  }
  const order = ['answer', 'ground', 'explanation'];
  return [...found]
    .map(([inputId, text]) => ({ inputId, text }))
    .sort((a, b) => order.indexOf(a.inputId) - order.indexOf(b.inputId));
}
