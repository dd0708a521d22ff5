import {
  type Consultation,
  type PlacementDecision,
  REFUSAL_GROUNDS,
  type RefusalGround,
} from '../journey/model.js';
import type { Sector } from '../model.js';

// What became of the council's children: the decisions in force (where they named, on the list or
// not, in or out of the council's area, state or independent) and the consultations a setting
// answered "cannot meet", by ground. Counted here; rounded where they are published (view.ts).

export const OUTCOMES = [
  'DECIDED',
  'ON_LIST',
  'NOT_ON_LIST',
  'IN_AREA',
  'OUTSIDE_AREA',
  'STATE',
  'INDEPENDENT',
  /** A type of setting named, no school yet. */
  'TYPE_OF_SETTING',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Each "cannot meet" answer's ground; NOT_GIVEN for an answer recorded without one. */
export type CannotMeetGround = RefusalGround | 'NOT_GIVEN';

/** Every ground a "cannot meet" is counted under, in order: each row lists them all, zeros too. */
export const CANNOT_MEET_GROUNDS: readonly CannotMeetGround[] = [...REFUSAL_GROUNDS, 'NOT_GIVEN'];

/** The decision in force of a case: the newest that no later one corrects. */
export function decisionInForce(decisions: readonly PlacementDecision[]): PlacementDecision | null {
  const superseded = new Set(decisions.flatMap((d) => (d.supersedes ? [d.supersedes] : [])));
  const live = decisions.filter((d) => !superseded.has(d.id));
  return live.reduce<PlacementDecision | null>((a, d) => (!a || d.recordedAt > a.recordedAt ? d : a), null);
}

/**
 * The outcomes a decision counts under. The named setting's sector comes from the register
 * (`sectorOf`); a setting off the register counts as neither state nor independent.
 */
export function outcomesOf(
  decision: PlacementDecision,
  laCode: string,
  sectorOf: (settingId: string) => Sector | null,
): Outcome[] {
  const out: Outcome[] = ['DECIDED', decision.onList ? 'ON_LIST' : 'NOT_ON_LIST'];
  const { named } = decision;
  if (named.kind === 'TYPE_OF_SETTING') return [...out, 'TYPE_OF_SETTING'];
  if (named.laCode) out.push(named.laCode === laCode ? 'IN_AREA' : 'OUTSIDE_AREA');
  const sector = named.settingId ? sectorOf(named.settingId) : null;
  if (sector === 'INDEPENDENT' || sector === 'NON_MAINTAINED') out.push('INDEPENDENT');
  else if (sector) out.push('STATE');
  return out;
}

/** A consultation's latest answer, when it was "cannot meet" and given within [from, to] (ISO instants). */
export function cannotMeetGround(
  consultation: Consultation,
  from: string,
  to: string,
): CannotMeetGround | null {
  const latest = consultation.answers.reduce<Consultation['answers'][number] | null>(
    (a, b) => (!a || b.version > a.version ? b : a),
    null,
  );
  if (latest?.answer !== 'CANNOT_MEET_NEEDS') return null;
  if (latest.answeredAt < from || latest.answeredAt >= to) return null;
  return latest.ground ?? 'NOT_GIVEN';
}
