import { dateInWords } from './dates.js';
import type { Consultation, RefusalGround } from './model.js';

// The journey's words for families and settings. Only BRIEF's facts (s.39(2), s.39(4), SEND Code
// 9.83, the Tribunal's two months); nothing marked "verify" there is said here.

/** Shown with every consultation the family sees. */
export const CONSULTATION_NOTE =
  "The council asks each setting whether it can meet your child's needs. A setting's answer does not decide the matter: the council decides, using the law in the statement above. A setting being full does not by itself decide it either.";

/** Shown to the consulted setting: the plan does not travel through OpenPlace. */
export const DELIVERY_NOTE =
  "The council sends the draft plan and reports to you by its usual secure route, not through OpenPlace. OpenPlace holds only what is shown here: never the child's name or date of birth.";

/** Shown to the consulted setting with the question. */
export const ANSWER_NOTE =
  "Please answer within 15 days (SEND Code 9.83). Your answer informs the council's decision; the council decides whether to name your setting (Children and Families Act 2014 s.39).";

/** The family's view of a consultation's status: never the setting's own words. */
export function familyStatusText(c: Consultation, overdue: boolean): string {
  switch (c.status) {
    case 'SENT':
      return overdue
        ? `The council asked this setting on ${dateInWords(c.sentOn)}. Its answer was due by ${dateInWords(c.dueOn)} and has not come yet.`
        : `The council asked this setting on ${dateInWords(c.sentOn)}. Its answer is due by ${dateInWords(c.dueOn)}.`;
    case 'ANSWERED':
      return `The setting has answered the council. The council will decide.`;
    case 'WITHDRAWN':
      return 'The council stopped asking this setting.';
  }
}

/** Each refusal ground in plain English (the s.39(4)(b) bar is "incompatible with", never softer). */
export const GROUND_TEXT: Readonly<Record<RefusalGround, string>> = {
  UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN:
    "The council says the setting is unsuitable for your child's age, ability, aptitude or special educational needs.",
  INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS:
    'The council says your child attending would be incompatible with the efficient education of others.',
  INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES:
    'The council says your child attending would be incompatible with the efficient use of resources.',
  NOT_COMPATIBLE_WITH_EFFICIENT_INSTRUCTION:
    'The council says the setting would not be compatible with efficient instruction and training.',
  UNREASONABLE_PUBLIC_EXPENDITURE: 'The council says the setting would mean unreasonable public expenditure.',
};

/** How to appeal, and by when: shown with a decision. */
export function appealText(appealBy: string): string {
  return `If you disagree with the setting named, you can appeal to the SEND Tribunal. You normally have until ${dateInWords(appealBy)}: two months from the date of the council's decision letter (or one month from a mediation certificate, if that is later). An appeal only about the school or setting named does not need mediation advice first. The Tribunal can order the council to name a setting that is on no list. Your local SENDIASS gives free, impartial advice.`;
}
