import type { FamilyLinkRecord } from '../lists/model.js';
import { currentDecision } from './case.js';
import { addMonths, londonMidnight } from './dates.js';
import type { CaseRecord } from './model.js';

// How long a family link opens (issue 22). A link made with a list lasts its own days (90 by
// default, 365 at most), which can end before the family's appeal deadline. A decision keeps every
// link of the case open until a month after its appeal date, so the family can read the decision
// and the grounds while it thinks about an appeal; retention.ts keeps the case at least as long.

/** Links open until this many months after the appeal date of the decision in force. */
export const LINK_MONTHS_AFTER_APPEAL = 1;

/** The London date from whose first moment a decision's appeal date no longer keeps links open. */
export function linksValidUntilOn(appealBy: string): string {
  return addMonths(appealBy, LINK_MONTHS_AFTER_APPEAL);
}

/** The case's `linksValidUntil` for a decision whose appeal date is `appealBy` (a UTC instant). */
export function linksValidUntilOf(appealBy: string): string {
  return londonMidnight(linksValidUntilOn(appealBy)).toISOString();
}

/**
 * When a link stops opening: the later of its own expiry and the case's `linksValidUntil` (absent
 * on cases with no decision, and on those recorded before the field: the link's own expiry).
 */
export function linkOpensUntil(
  link: Pick<FamilyLinkRecord, 'expiresAt'>,
  linksValidUntil: string | null | undefined,
): string {
  if (!linksValidUntil) return link.expiresAt;
  return Date.parse(linksValidUntil) > Date.parse(link.expiresAt) ? linksValidUntil : link.expiresAt;
}

/** A link opens until linkOpensUntil, and never once withdrawn: a decision does not reopen it. */
export function isLinkOpen(
  link: Pick<FamilyLinkRecord, 'expiresAt' | 'revokedAt'>,
  linksValidUntil: string | null | undefined,
  now: Date,
): boolean {
  return link.revokedAt === null && now.getTime() < Date.parse(linkOpensUntil(link, linksValidUntil));
}

/** A link as an officer reads it against its case: when it stops opening and whether it opens now. */
export interface FamilyLinkStatus extends FamilyLinkRecord {
  opensUntil: string;
  active: boolean;
  /** The appeal date of the decision in force, when the case has one: the page shows it beside opensUntil. */
  appealBy: string | null;
}

/** What a case says about its links: absent (no record, or no decision) is null. */
export interface CaseLinkLife {
  linksValidUntil: string | null;
  appealBy: string | null;
}

export function caseLinkLife(record: CaseRecord | null): CaseLinkLife {
  return {
    linksValidUntil: record?.linksValidUntil ?? null,
    appealBy: record ? (currentDecision(record)?.appealBy ?? null) : null,
  };
}

export function familyLinkStatus(
  link: FamilyLinkRecord,
  caseLinks: CaseLinkLife,
  now: Date,
): FamilyLinkStatus {
  return {
    ...link,
    opensUntil: linkOpensUntil(link, caseLinks.linksValidUntil),
    active: isLinkOpen(link, caseLinks.linksValidUntil, now),
    appealBy: caseLinks.appealBy,
  };
}
