import * as z from 'zod';
import { InvalidInputError } from '../errors.js';
import { laCodeField } from '../la-code.js';
import type { FamilyChoiceInput } from '../lists/model.js';
import { caseReferenceField, familyChoiceInput, toFamilyChoiceInput } from '../lists/request.js';
import { coded } from '../refusal-codes.js';
import { MAX_ID_LENGTH, optionalPhone, optionalText, parseOrThrow, requiredText } from '../validation.js';
import { isCalendarDate } from './dates.js';
import {
  CONSULTATION_ANSWERS,
  type ConsultationAnswer,
  type ConsultationContact,
  DRAFT_PLAN_KINDS,
  type DraftPlanKind,
  REFUSAL_GROUNDS,
  type RefusalGround,
  SECTION_39_GROUNDS,
} from './model.js';

// Validation of the journey's inputs: every refusal names the field, and nothing is read or
// written before the whole input is known to be good.

/** The most current choices a family may hold through its link (the issue's "at most 10"). */
export const FAMILY_MAX_CURRENT_CHOICES = 10;
export const JOURNEY_LIMITS = {
  message: 2000,
  explanation: 2000,
  reason: 500,
  /** Open consultations a case may have at once: each is counted on its setting in one transaction. */
  openConsultationsPerCase: 20,
  refusals: 30,
} as const;

/** An id this API gave out: trimmed, not empty, not longer than any it gives. */
export const id = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_ID_LENGTH, 'is not an id this API gave out');

/** A real calendar date written YYYY-MM-DD. */
export const calendarDate = z
  .string()
  .trim()
  .refine(isCalendarDate, coded('NOT_A_DATE', 'must be a real date written YYYY-MM-DD'));

export interface CaseRef {
  caseReference: string;
  laCode: string;
}

/**
 * A case reference as people may type it again: spaces trimmed and single, capitals ignored. A
 * case's keys are made from the reference as first typed; this finds it however it is typed next.
 */
export function referenceSpelling(caseReference: string): string {
  return caseReference.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function parseCaseRef(caseReference: unknown, laCode: unknown): CaseRef {
  return parseOrThrow(
    z.object({ caseReference: caseReferenceField, laCode: laCodeField }),
    {
      caseReference,
      laCode,
    },
    '',
  ) as CaseRef;
}

export interface FamilyChoiceChangesInput {
  add: { input: FamilyChoiceInput; field: string }[];
  remove: { id: string; reason: string | null }[];
  order: string[];
}

export function parseSetFamilyChoices(input: unknown): FamilyChoiceChangesInput {
  const parsed = parseOrThrow(
    z.object({
      add: z
        .array(familyChoiceInput)
        .max(FAMILY_MAX_CURRENT_CHOICES, `must add at most ${FAMILY_MAX_CURRENT_CHOICES} at once`)
        .nullish(),
      remove: z
        .array(z.object({ id, reason: optionalText(JOURNEY_LIMITS.reason) }))
        .max(FAMILY_MAX_CURRENT_CHOICES * 3, 'must remove fewer at once')
        .nullish(),
      order: z.array(id).max(40, 'must list at most 40 choices').nullish(),
    }),
    input,
    'input',
  );
  const add = (parsed.add ?? []).map((c, i) => ({ input: toFamilyChoiceInput(c), field: `input.add.${i}` }));
  const remove = (parsed.remove ?? []).map((r) => ({ id: r.id, reason: r.reason ? r.reason : null }));
  const order = parsed.order ?? [];
  if (new Set(order).size !== order.length) {
    throw new InvalidInputError([
      { field: 'input.order', code: 'GIVEN_TWICE', message: 'must name each choice once' },
    ]);
  }
  if (add.length + remove.length + order.length === 0) {
    throw new InvalidInputError([
      {
        field: 'input',
        code: 'NOTHING_TO_CHANGE',
        message: 'say what to change: add, remove or order (none was given)',
      },
    ]);
  }
  return { add, remove, order };
}

export interface DraftPlanSentInput {
  sentOn: string;
  kind: DraftPlanKind;
  /** The last day the council's letter gives the family; null when it gives none (the Regulations' minimum). */
  requestWindowEndsOn: string | null;
}

export function parseDraftPlanSent(
  sentOn: unknown,
  kind: unknown,
  requestWindowEndsOn?: unknown,
): DraftPlanSentInput {
  const parsed = parseOrThrow(
    z.object({
      sentOn: calendarDate,
      kind: z.enum(DRAFT_PLAN_KINDS),
      requestWindowEndsOn: calendarDate.nullish(),
    }),
    { sentOn, kind, requestWindowEndsOn },
    '',
  );
  return {
    sentOn: parsed.sentOn,
    kind: parsed.kind as DraftPlanKind,
    requestWindowEndsOn: parsed.requestWindowEndsOn ?? null,
  };
}

export interface StartConsultationRequest extends CaseRef {
  settingId: string;
  provisionId: string | null;
  message: string;
  contact: ConsultationContact;
}

const email = z
  .string()
  .trim()
  .max(200, 'must be at most 200 characters')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address');

export function parseStartConsultation(input: unknown): StartConsultationRequest {
  const parsed = parseOrThrow(
    z.object({
      caseReference: caseReferenceField,
      laCode: laCodeField,
      settingId: id,
      provisionId: id.nullish(),
      message: requiredText(JOURNEY_LIMITS.message),
      contact: z.object({
        name: requiredText(120),
        email,
        phone: optionalPhone,
      }),
    }),
    input,
    'input',
  );
  return {
    caseReference: parsed.caseReference,
    laCode: parsed.laCode,
    settingId: parsed.settingId,
    provisionId: parsed.provisionId ?? null,
    message: parsed.message,
    contact: { name: parsed.contact.name, email: parsed.contact.email, phone: parsed.contact.phone || null },
  };
}

export function parseReason(reason: unknown, field = 'reason'): string {
  return parseOrThrow(z.object({ [field]: requiredText(JOURNEY_LIMITS.reason) }), { [field]: reason }, '')[
    field
  ] as string;
}

export interface AnswerInput {
  answer: ConsultationAnswer;
  ground: RefusalGround | null;
  explanation: string;
}

export function parseAnswer(input: unknown): AnswerInput {
  const parsed = parseOrThrow(
    z
      .object({
        answer: z.enum(CONSULTATION_ANSWERS),
        ground: z.enum(REFUSAL_GROUNDS).nullish(),
        explanation: requiredText(JOURNEY_LIMITS.explanation),
      })
      .superRefine((a, ctx) => {
        if (a.answer === 'CANNOT_MEET_NEEDS' && !a.ground) {
          ctx.addIssue({
            code: 'custom',
            path: ['ground'],
            ...coded(
              'GROUND_NOT_FITTING',
              'say which ground the answer points to (one of the first three RefusalGrounds)',
            ),
          });
        }
        if (a.ground && a.answer !== 'CANNOT_MEET_NEEDS') {
          ctx.addIssue({
            code: 'custom',
            path: ['ground'],
            ...coded('ONLY_WITH', 'goes only with CANNOT_MEET_NEEDS', { with: 'CANNOT_MEET_NEEDS' }),
          });
        }
        if (a.ground && !SECTION_39_GROUNDS.includes(a.ground)) {
          ctx.addIssue({
            code: 'custom',
            path: ['ground'],
            ...coded(
              'GROUND_NOT_FITTING',
              "must be one of the first three RefusalGrounds (s.39(4)); the s.9 grounds are the council's",
            ),
          });
        }
      }),
    input,
    'input',
  );
  return { answer: parsed.answer, ground: parsed.ground ?? null, explanation: parsed.explanation };
}

export interface ConsultationsFilterInput {
  scope: 'MY_SETTINGS' | 'SENT_BY_MY_LA' | 'TO_SETTINGS_IN_MY_LA' | null;
  status: 'SENT' | 'ANSWERED' | 'WITHDRAWN' | null;
  overdue: boolean | null;
  settingId: string | null;
  laCode: string | null;
}

export function parseConsultationsFilter(
  filter: unknown,
  first: unknown,
): ConsultationsFilterInput & { first: number } {
  const parsed = parseOrThrow(
    z.object({
      filter: z
        .object({
          scope: z.enum(['MY_SETTINGS', 'SENT_BY_MY_LA', 'TO_SETTINGS_IN_MY_LA']).nullish(),
          status: z.enum(['SENT', 'ANSWERED', 'WITHDRAWN']).nullish(),
          overdue: z.boolean().nullish(),
          settingId: id.nullish(),
          laCode: laCodeField.nullish(),
        })
        .nullish(),
      first: z
        .number()
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .max(100, 'must be at most 100'),
    }),
    { filter, first },
    '',
  );
  const f = parsed.filter ?? {};
  return {
    scope: f.scope ?? null,
    status: f.status ?? null,
    overdue: f.overdue ?? null,
    settingId: f.settingId ?? null,
    laCode: f.laCode ?? null,
    first: parsed.first,
  };
}
