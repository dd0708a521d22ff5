import type { RightsStatement } from '../rights-statement.js';
import type { FamilyLinkRecord, ListEntry, NotListedCount, TailoredList } from './model.js';

/** What a family link opens: the list without the officer's notes, the request or scores. */
export interface FamilyView {
  statement: RightsStatement;
  generatedAt: string;
  entries: ListEntry[];
  consideredNotListed: NotListedCount[];
  consideredCount: number;
  expiresAt: string;
}

/** The family's view of a list through one of its links. */
export function toFamilyView(list: TailoredList, link: FamilyLinkRecord): FamilyView {
  return {
    statement: list.statement,
    generatedAt: list.generatedAt,
    entries: list.entries,
    consideredNotListed: list.consideredNotListed,
    consideredCount: list.consideredCount,
    expiresAt: link.expiresAt,
  };
}

/** A link opens its list only while it is neither withdrawn nor expired. */
export function isLinkActive(link: FamilyLinkRecord, now: Date): boolean {
  return link.revokedAt === null && Date.parse(link.expiresAt) > now.getTime();
}
