import * as z from 'zod';
import { InvalidInputError } from '../errors.js';
import { laCodeField } from '../la-code.js';
import type { OffRegisterSetting, PlacementType } from '../lists/model.js';
import { PLACEMENT_TYPES } from '../lists/model.js';
import { caseReferenceField, offRegisterSettingInput, toFamilyChoiceInput } from '../lists/request.js';
import { coded } from '../refusal-codes.js';
import { optionalText, parseOrThrow, requiredText } from '../validation.js';
import { type CaseRef, calendarDate, id, JOURNEY_LIMITS } from './input.js';
import { REFUSAL_GROUNDS, type RefusalGround } from './model.js';

// Validation of the council's placement decision: what is named, the grounds for the choices
// not named, a correction, and the family's order as the officer confirmed it. Checked against
// the case by decision.ts.

export type NamedInput =
  | { kind: 'REGISTER_SETTING'; settingId: string; provisionId: string | null; familyChoiceId: string | null }
  | { kind: 'OFF_REGISTER_SETTING'; offRegister: OffRegisterSetting; familyChoiceId: string | null }
  | { kind: 'TYPE_OF_SETTING'; typeOfSetting: PlacementType; description: string };

export interface DecisionInput extends CaseRef {
  decidedOn: string;
  named: NamedInput;
  refusals: { choiceId: string; grounds: RefusalGround[]; explanation: string; field: string }[];
  supersedes: string | null;
  correctionReason: string | null;
  /** The family's choice ids in order as the officer confirmed them; null when not given (API). */
  familyOrder: string[] | null;
}

export function parseDecision(input: unknown): DecisionInput {
  const parsed = parseOrThrow(
    z
      .object({
        caseReference: caseReferenceField,
        laCode: laCodeField,
        decidedOn: calendarDate,
        named: z
          .object({
            settingId: id.nullish(),
            provisionId: id.nullish(),
            offRegister: offRegisterSettingInput.nullish(),
            typeOfSetting: z.enum(PLACEMENT_TYPES).nullish(),
            typeDescription: optionalText(200),
            familyChoiceId: id.nullish(),
          })
          .superRefine((n, ctx) => {
            const given = [n.settingId, n.offRegister, n.typeOfSetting].filter(Boolean).length;
            if (given !== 1) {
              ctx.addIssue({
                code: 'custom',
                path: ['settingId'],
                ...coded('ONE_OF_FIELDS', 'give exactly one of settingId, offRegister or typeOfSetting', {
                  fields: ['settingId', 'offRegister', 'typeOfSetting'],
                }),
              });
            }
            if (n.typeOfSetting && !n.typeDescription) {
              ctx.addIssue({
                code: 'custom',
                path: ['typeDescription'],
                ...coded('REQUIRED', 'describe the type of setting in words'),
              });
            }
            if (n.provisionId && !n.settingId) {
              ctx.addIssue({
                code: 'custom',
                path: ['provisionId'],
                ...coded('ONLY_WITH', 'goes only with settingId', { with: 'settingId' }),
              });
            }
            if (n.typeOfSetting && n.familyChoiceId) {
              ctx.addIssue({
                code: 'custom',
                path: ['familyChoiceId'],
                ...coded('ONLY_WITH', 'a type of setting is not a family choice: name the setting instead', {
                  with: 'settingId',
                }),
              });
            }
          }),
        refusals: z
          .array(
            z.object({
              choiceId: id,
              grounds: z
                .array(z.enum(REFUSAL_GROUNDS))
                .min(1, 'name at least one ground relied on')
                .max(REFUSAL_GROUNDS.length),
              explanation: requiredText(JOURNEY_LIMITS.explanation),
            }),
          )
          .max(JOURNEY_LIMITS.refusals)
          .nullish(),
        supersedes: id.nullish(),
        correctionReason: optionalText(JOURNEY_LIMITS.reason),
        familyOrder: z.array(id).max(40, 'must list at most 40 choices').nullish(),
      })
      .superRefine((d, ctx) => {
        if (d.supersedes && !d.correctionReason) {
          ctx.addIssue({
            code: 'custom',
            path: ['correctionReason'],
            ...coded('REQUIRED', 'say why the decision is corrected'),
          });
        }
        if (!d.supersedes && d.correctionReason) {
          ctx.addIssue({
            code: 'custom',
            path: ['supersedes'],
            ...coded('ONLY_WITH', 'name the decision this corrects', { with: 'correctionReason' }),
          });
        }
      }),
    input,
    'input',
  );
  const n = parsed.named;
  const named: NamedInput = n.settingId
    ? {
        kind: 'REGISTER_SETTING',
        settingId: n.settingId,
        provisionId: n.provisionId ?? null,
        familyChoiceId: n.familyChoiceId ?? null,
      }
    : n.offRegister
      ? {
          kind: 'OFF_REGISTER_SETTING',
          offRegister: (
            toFamilyChoiceInput({ offRegister: n.offRegister }) as { offRegister: OffRegisterSetting }
          ).offRegister,
          familyChoiceId: n.familyChoiceId ?? null,
        }
      : {
          kind: 'TYPE_OF_SETTING',
          typeOfSetting: n.typeOfSetting as PlacementType,
          description: n.typeDescription ?? '',
        };
  const refusals = (parsed.refusals ?? []).map((r, i) => ({
    choiceId: r.choiceId,
    grounds: [...new Set(r.grounds)],
    explanation: r.explanation,
    field: `input.refusals.${i}`,
  }));
  if (new Set(refusals.map((r) => r.choiceId)).size !== refusals.length) {
    throw new InvalidInputError([
      { field: 'input.refusals', code: 'GIVEN_TWICE', message: 'give each refused choice once' },
    ]);
  }
  return {
    caseReference: parsed.caseReference,
    laCode: parsed.laCode,
    decidedOn: parsed.decidedOn,
    named,
    refusals,
    supersedes: parsed.supersedes ?? null,
    correctionReason: parsed.correctionReason || null,
    familyOrder: parsed.familyOrder ?? null,
  };
}
