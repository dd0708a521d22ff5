import { assertIsOfficer, assertOfficerOf, type Caller } from '../core/access.js';
import { FamilyLinkError, InvalidInputError, NotFoundError, TooManyAttemptsError } from '../core/errors.js';
import {
  type CaseLinkLife,
  caseLinkLife,
  type FamilyLinkStatus,
  familyLinkStatus,
  isLinkOpen,
  linkOpensUntil,
} from '../core/journey/link-life.js';
import { DEFAULT_CASE_RETENTION_DAYS } from '../core/journey/retention.js';
import { assertLaCode } from '../core/la-code.js';
import type { FamilyLinkRecord, TailoredList } from '../core/lists/model.js';
import { LIST_LIMITS } from '../core/lists/request.js';
import { parseLocalRightsInfo } from '../core/local-rights-input.js';
import { type RightsStatement, rightsStatement } from '../core/rights-statement.js';
import { assertWholeNumber } from '../core/validation.js';
import type { VersionedCase } from '../store/journey-store.js';
import { caseState } from './case-state.js';
import { FAMILY_TOKEN, hash, newLink } from './family-link-tokens.js';
import { generateTailoredList, generateTailoredListOnce } from './list-generation.js';
import type { ListsContext, ListsServiceDeps, NewFamilyLink } from './lists-context.js';
import { noMetrics } from './metrics.js';

export type { ListsServiceDeps, NewFamilyLink } from './lists-context.js';

const CASE_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}$/;

/** What a family link opened: its list, the link, when it stops opening, and the case as read (null before a record). */
export interface OpenedFamilyLink {
  list: TailoredList;
  link: FamilyLinkRecord;
  opensUntil: string;
  found: VersionedCase | null;
}

/** Tailored lists: generate (list-generation.ts), read, share with the family, withdraw. */
export function createListsService(deps: ListsServiceDeps) {
  const { lists, journey, now, config } = deps;
  const metrics = deps.metrics ?? noMetrics;
  const ctx: ListsContext = {
    ...deps,
    clearGoneCase: deps.clearGoneCase,
    metrics,
    retentionDays: config.caseRetentionDays ?? DEFAULT_CASE_RETENTION_DAYS,
  };

  /** The list's case as every read sees it (case-state.ts): gone, live, or no record yet. */
  async function caseOfList(list: TailoredList): Promise<VersionedCase | 'gone' | null> {
    return caseState(await journey.getCase(list.laCode, list.caseReference), now());
  }

  /** True when the list's case is gone: its list reads as not there. */
  async function caseGone(list: TailoredList): Promise<boolean> {
    return (await caseOfList(list)) === 'gone';
  }

  async function tailoredList(caller: Caller, id: string): Promise<TailoredList | null> {
    assertIsOfficer(caller, 'read lists');
    const list = await lists.getList(id);
    if (!list) return null;
    assertOfficerOf(caller, list.laCode, `read lists for children in LA ${list.laCode}`);
    return (await caseGone(list)) ? null : list;
  }

  async function tailoredLists(
    caller: Caller,
    caseReference: string,
    laCode?: string | null,
  ): Promise<TailoredList[]> {
    assertIsOfficer(caller, 'read lists');
    if (!CASE_REFERENCE.test(caseReference.trim())) {
      throw new InvalidInputError([
        {
          field: 'caseReference',
          code: 'BAD_FORMAT',
          params: { format: 'caseReference' },
          message: "must be the LA's case reference: up to 40 letters, digits and / _ . -",
        },
      ]);
    }
    const la = laCode ?? (caller.laCodes.length === 1 ? caller.laCodes[0] : undefined);
    if (!la) {
      throw new InvalidInputError([
        { field: 'laCode', code: 'REQUIRED', message: 'say which LA: you are an officer of several' },
      ]);
    }
    assertOfficerOf(caller, la, `read lists for children in LA ${la}`);
    const gone = caseState(await journey.getCase(la, caseReference.trim()), now()) === 'gone';
    return gone ? [] : lists.listsForCase(la, caseReference.trim());
  }

  /** The list's links, each with when it stops opening (its own expiry, or the case's decision's). */
  async function familyLinks(caller: Caller, list: TailoredList): Promise<FamilyLinkStatus[]> {
    assertOfficerOf(caller, list.laCode, `see the links of lists in LA ${list.laCode}`);
    const [links, life] = await Promise.all([lists.linksOfList(list.id), linkLifeOf(list)]);
    const at = now();
    return links.map((l) => familyLinkStatus(l, life, at));
  }

  async function linkLifeOf(list: TailoredList): Promise<CaseLinkLife> {
    const found = await caseOfList(list);
    return caseLinkLife(found === 'gone' || found === null ? null : found.record);
  }

  async function createFamilyLink(
    caller: Caller,
    listId: string,
    days?: number | null,
  ): Promise<NewFamilyLink> {
    const list = await ownList(caller, listId);
    if (days != null) assertWholeNumber('days', days, LIST_LIMITS.maxFamilyLinkDays);
    const { token, link } = newLink(list.id, now(), days ?? config.familyLinkDays);
    const [life] = await Promise.all([linkLifeOf(list), lists.putFamilyLink(list.id, link)]);
    return { token, expiresAt: linkOpensUntil(link, life.linksValidUntil) };
  }

  async function revokeFamilyLinks(caller: Caller, listId: string): Promise<number> {
    const list = await ownList(caller, listId);
    const at = now();
    // Every link that opens now, a decision's included: past their own expiry they still open.
    const active = (await familyLinks(caller, list)).filter((l) => l.active);
    await lists.revokeLinks(list.id, active, at.toISOString());
    return active.length;
  }

  /**
   * Opens a list through a family link: no account. Every failure looks the same. A valid link is
   * always served; failures are counted per source address and window in one conditional write,
   * and past the allowance a wrong link is answered TOO_MANY_REQUESTS instead — so families behind
   * one school or mobile network are never locked out of their own link by someone guessing.
   * Every operation a family link opens goes through here.
   */
  async function openFamilyLink(token: string, source: string): Promise<OpenedFamilyLink> {
    const at = now();
    const listId = FAMILY_TOKEN.exec(token)?.[1];
    const found = listId ? await lists.listByLink(listId, hash(token)) : null;
    // The case is read once, here: whether it is gone (erased, or past its retention: the link
    // fails like any other) and how long its decision keeps links open. The page reuses this read.
    const stored = found && found.link.revokedAt === null ? await caseOfList(found.list) : 'gone';
    if (found && stored !== 'gone') {
      const life = caseLinkLife(stored?.record ?? null);
      if (isLinkOpen(found.link, life.linksValidUntil, at)) {
        return { ...found, opensUntil: linkOpensUntil(found.link, life.linksValidUntil), found: stored };
      }
    }
    metrics.count('FailedLinkGuesses', 1);
    const windowMs = config.guessLimit.windowSeconds * 1000;
    const window = Math.floor(at.getTime() / windowMs);
    const counted = await lists.countFailedGuess(
      hash(source).slice(0, 32),
      window,
      config.guessLimit.attempts,
      Math.ceil(((window + 2) * windowMs) / 1000),
    );
    if (!counted) throw new TooManyAttemptsError(((window + 1) * windowMs - at.getTime()) / 1000);
    throw new FamilyLinkError();
  }

  async function parentsRightsStatement(laCode?: string | null): Promise<RightsStatement> {
    if (!laCode) return rightsStatement();
    assertLaCode(laCode);
    return rightsStatement(await lists.getLocalRightsInfo(laCode));
  }

  async function setLocalRightsInfo(caller: Caller, input: unknown): Promise<RightsStatement> {
    assertIsOfficer(caller, "change an LA's rights information");
    const info = parseLocalRightsInfo(input);
    assertOfficerOf(caller, info.laCode, `change the rights information of LA ${info.laCode}`);
    await lists.putLocalRightsInfo(info, caller.subject, now().toISOString());
    return rightsStatement(info);
  }

  async function ownList(caller: Caller, listId: string): Promise<TailoredList> {
    assertIsOfficer(caller, 'share or withdraw lists');
    const list = await lists.getList(listId);
    if (!list) throw new NotFoundError('TailoredList', listId);
    assertOfficerOf(caller, list.laCode, `share lists for children in LA ${list.laCode}`);
    if (await caseGone(list)) throw new NotFoundError('TailoredList', listId);
    return list;
  }

  return {
    generateTailoredList: (caller: Caller, input: unknown) => generateTailoredList(ctx, caller, input),
    generateTailoredListOnce: (caller: Caller, input: unknown, requestKey: string) =>
      generateTailoredListOnce(ctx, caller, input, requestKey),
    tailoredList,
    tailoredLists,
    familyLinks,
    createFamilyLink,
    revokeFamilyLinks,
    openFamilyLink,
    parentsRightsStatement,
    setLocalRightsInfo,
    /** Days figures count as fresh on a list (lists judge it with core/lists/capacity-status.ts): pages say when. */
    capacityFreshDays: config.capacityFreshDays,
    /** Loads the register this instance makes lists from, ahead of its first list (the API's Lambda, at start). */
    loadRegister: async (): Promise<void> => {
      await ctx.register.current();
    },
  };
}

export type ListsService = ReturnType<typeof createListsService>;
