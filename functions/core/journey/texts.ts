import { mustAdmitWhenNamed } from '../lists/legal-route.js';
import type { LegalRoute } from '../lists/model.js';
import { dateInWords } from './dates.js';
import type { Consultation, DraftPlanView, RefusalGround } from './model.js';

// The journey's words for families and settings. Only BRIEF's facts (s.39(2), s.39(4), s.43,
// SEND Code 9.83, the Tribunal's two months, reg 18's dates); nothing marked "verify" there is
// said here. Family words meet the readability rule (tests/core/family-texts-readability.test.ts).

/** Shown with every consultation the family sees. */
export const CONSULTATION_NOTE =
  "The council asks each school or college whether it can meet your child's needs. Its answer does not decide the matter: the council decides, using the law in the statement above. A school or college being full does not by itself decide it either.";

/** Shown to the consulted setting: the plan does not travel through OpenPlace. */
export const DELIVERY_NOTE =
  "The council sends the draft plan and reports to you by its usual secure route, not through OpenPlace. OpenPlace holds only what is shown here: never the child's name or date of birth.";

/** Shown to the consulted setting with the question. */
export const ANSWER_NOTE =
  "Please answer within 15 days (SEND Code 9.83). Your answer informs the council's decision; the council decides whether to name your setting (Children and Families Act 2014 s.39).";

/**
 * The family's view of a consultation's status: never the setting's own words. Once the council has
 * decided (`decidedOn`, the decision in force's letter date), a consultation the decision closed
 * says so, in the past: no answer is due and the council is no longer deciding.
 */
export function familyStatusText(c: Consultation, overdue: boolean, decidedOn: string | null = null): string {
  const asked = `The council asked this school or college on ${dateInWords(c.sentOn)}.`;
  if (c.decisionRecorded && c.status !== 'WITHDRAWN') {
    const closed = decidedOn
      ? `This was closed by the council’s decision of ${dateInWords(decidedOn)}.`
      : 'This was closed by the council’s decision.';
    return c.status === 'ANSWERED' ? `The setting answered the council. ${closed}` : `${asked} ${closed}`;
  }
  switch (c.status) {
    case 'SENT':
      return overdue
        ? `${asked} Its answer was due by ${dateInWords(c.dueOn)} and has not come yet.`
        : `${asked} Its answer is due by ${dateInWords(c.dueOn)}.`;
    case 'ANSWERED':
      return `The setting has answered the council. The council will decide.`;
    case 'WITHDRAWN':
      return 'The council stopped asking this setting.';
  }
}

/**
 * The family's window to ask for a school or college, from the latest draft plan: the date the
 * council's letter gave, else the Regulations' minimum as "at least". After a decision it is told
 * in the past, as closed on that date or on the decision's, whichever came first: never a day
 * later than the law's. Before one, a window whose date has passed (`today`, a London date) is told
 * in the past too.
 */
export function requestWindowText(
  plan: Pick<DraftPlanView, 'kind' | 'sentOn' | 'requestWindowEndsOn' | 'requestWindowGivenByCouncil'>,
  decidedOn: string | null,
  today: string | null = null,
): string {
  const what = plan.kind === 'PROPOSED_AMENDMENTS' ? 'proposed changes to your child’s plan' : 'a draft plan';
  const sent = `The council sent you ${what} on ${dateInWords(plan.sentOn)}.`;
  const endsOn = plan.requestWindowEndsOn;
  if (decidedOn) {
    const closedOn = decidedOn < endsOn ? decidedOn : endsOn;
    return `${sent} The time to ask for a school or college closed on ${dateInWords(closedOn)}.`;
  }
  if (today !== null && today > endsOn) {
    return plan.requestWindowGivenByCouncil
      ? `${sent} Its letter gave you until ${dateInWords(endsOn)} to ask for a school or college.`
      : `${sent} You had at least until ${dateInWords(endsOn)} to ask for a school or college. The council’s letter may have given you longer.`;
  }
  return plan.requestWindowGivenByCouncil
    ? `${sent} Its letter gives you until ${dateInWords(endsOn)} to ask for a school or college.`
    : `${sent} You have at least until ${dateInWords(endsOn)} to ask for a school or college. The council’s letter may give you longer.`;
}

/**
 * Each refusal ground in plain English. The statutory test is quoted, then glossed in plain words:
 * the s.39(4)(b) bar is "incompatible with", never softer, and the gloss says what it means.
 */
export const GROUND_TEXT: Readonly<Record<RefusalGround, string>> = {
  UNSUITABLE_FOR_AGE_ABILITY_APTITUDE_OR_SEN:
    'The council says the school is “unsuitable for the age, ability, aptitude or special educational needs” of your child. This means it thinks the school does not suit your child’s age, ability, aptitude or needs.',
  INCOMPATIBLE_WITH_EFFICIENT_EDUCATION_OF_OTHERS:
    'The council says your child going there would be “incompatible with” the efficient education of others. This means other children could not be taught efficiently if your child went there. This is a high bar.',
  INCOMPATIBLE_WITH_EFFICIENT_USE_OF_RESOURCES:
    'The council says your child going there would be “incompatible with” the efficient use of resources. This means money, staff and other resources could not be used efficiently. This is a high bar.',
  NOT_COMPATIBLE_WITH_EFFICIENT_INSTRUCTION:
    'The council says naming the school would not be “compatible with the provision of efficient instruction and training”. This means it thinks the school would not give efficient teaching and training.',
  UNREASONABLE_PUBLIC_EXPENDITURE:
    'The council says the school would mean “unreasonable public expenditure”. This means it thinks it would cost too much public money.',
};

/**
 * How to appeal, and by when: shown with a decision. Appeals lie about the school named, a plan
 * naming only a type of school, and an amended plan (BRIEF: appeals about section I). The date
 * is the one the appeal must reach the Tribunal by; a mediation certificate may give longer.
 */
export function appealText(appealBy: string): string {
  return [
    'If you disagree with the school or college named in the plan, you can appeal to the SEND Tribunal.',
    'You can also appeal if the plan names no school or college, or only a type of school.',
    'You can appeal in the same way about a plan the council has changed after a review.',
    'You normally have two months from the date of the council’s decision letter.',
    `Your appeal must reach the SEND Tribunal by ${dateInWords(appealBy)}.`,
    'You may have longer if you get a mediation certificate.',
    'An appeal only about the school or college named does not need mediation advice first.',
    'The Tribunal can order the council to name a setting that is on no list.',
    'Your local SENDIASS gives free advice and does not take sides.',
  ].join(' ');
}

/**
 * A school or college the council names must admit the child (CFA 2014 s.43): said only for the
 * kinds the law names (mustAdmitWhenNamed), else null.
 */
export function admissionText(name: string, route: Pick<LegalRoute, 'route' | 'basis'>): string | null {
  return mustAdmitWhenNamed(route)
    ? `The council has named ${name} in the plan. The law says ${name} must now admit your child.`
    : null;
}

/** A move between school phases, or from secondary school to post-16 (SEND Regulations 2014 reg 18). */
export type PhaseTransfer = 'SCHOOL_PHASE' | 'SECONDARY_TO_POST_16';

/**
 * When the plan must name the next school or college for a child moving phase in `year`: by
 * 15 February for a move between school phases (early years to school, infant to junior, primary
 * to middle, primary or middle to secondary), by 31 March for secondary school to post-16.
 */
export function phaseTransferText(transfer: PhaseTransfer, year: number): string {
  switch (transfer) {
    case 'SCHOOL_PHASE':
      return `Is your child moving to a new stage of school in ${year}, and do they already have an EHC plan? Then the council must review the plan and change it to name the next school by 15 February ${year}.`;
    case 'SECONDARY_TO_POST_16':
      return `Is your child moving from secondary school to post-16 in ${year}, and do they already have an EHC plan? Then the council must review the plan and change it to name the next school or college by 31 March ${year}.`;
    default: {
      const unreachable: never = transfer;
      return unreachable;
    }
  }
}
