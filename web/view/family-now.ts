import { dateInWords, londonDate, REQUEST_WINDOW_DAYS } from '../../functions/core/journey/dates.js';
import { familyStatusText, requestWindowText } from '../../functions/core/journey/texts.js';
import type { FamilyJourneyView } from '../../functions/core/journey/view.js';

// Where the family is now and what it can do next: the panel that opens every family's overview,
// in the first screen of a phone. One state at a time, the latest first: the decision; else the
// consultations under way; else the window to ask; else what the family can do before a draft plan.

/** A link the panel offers: the first is the main action, shown as a button. */
export interface NowAction {
  text: string;
  href: string;
}

export interface NowPanel {
  heading: string;
  lines: string[];
  actions: NowAction[];
}

/** The family's pages, by what they hold (web/view/routes.ts FAMILY_SUB_PAGES below the overview). */
export interface FamilyPaths {
  overview: string;
  suggestions: string;
  map: string;
  add: string;
  leftOff: string;
  journey: string;
  rights: string;
  remove: string;
}

export function familyPaths(path: string): FamilyPaths {
  return {
    overview: path,
    suggestions: `${path}/suggestions`,
    map: `${path}/map`,
    add: `${path}/add`,
    leftOff: `${path}/left-off`,
    journey: `${path}/journey`,
    rights: `${path}/rights`,
    remove: `${path}/remove`,
  };
}

/** "You have asked for 2 schools or colleges." */
export function choicesLine(count: number): string {
  if (count === 0) return 'You have not asked for a school or college yet.';
  return count === 1
    ? 'You have asked for 1 school or college.'
    : `You have asked for ${count} schools or colleges.`;
}

/** The panel for `view` on the London day of `now`. */
export function familyNow(view: FamilyJourneyView, now: Date, paths: FamilyPaths): NowPanel {
  const decision = view.decision;
  if (decision) {
    const rank = decision.familyChoiceRank ? `, your choice ${decision.familyChoiceRank}` : '';
    return {
      heading: 'The council has made its decision',
      lines: [
        `On ${dateInWords(decision.decidedOn)} the council decided to name ${decision.named.name}${rank}.`,
        `You can appeal until ${dateInWords(decision.appealBy)}.`,
      ],
      actions: [{ text: 'Read the decision and how to appeal', href: paths.journey }],
    };
  }
  const today = londonDate(now);
  const canAdd = !view.choicesClosed;
  const add: NowAction[] = canAdd ? [{ text: 'Add a school or college', href: paths.add }] : [];
  const choices = choicesLine(view.familyChoices.length);
  const window = view.draftPlan ? [requestWindowText(view.draftPlan, null, today)] : [];
  if (view.consultations.length > 0) {
    return {
      heading: 'The council is asking schools and colleges',
      lines: [
        ...view.consultations.map(
          (c) => `${c.setting.name}: ${familyStatusText(c, c.overdue, c.closedByDecisionOn)}`,
        ),
        ...window,
      ],
      actions: [{ text: 'See what has happened so far', href: paths.journey }, ...add],
    };
  }
  if (view.draftPlan && today <= view.draftPlan.requestWindowEndsOn) {
    return {
      heading: 'You can ask for schools and colleges now',
      lines: [...window, choices],
      actions: [...add, { text: 'See the suggested schools and colleges', href: paths.suggestions }],
    };
  }
  return {
    heading: 'What you can do now',
    lines: [
      choices,
      ...(view.draftPlan
        ? window
        : [
            `When the council sends you a draft plan, you will have at least ${REQUEST_WINDOW_DAYS} days to ask for a school or college.`,
          ]),
    ],
    actions: [...add, { text: 'See the suggested schools and colleges', href: paths.suggestions }],
  };
}
