import { createHash, randomBytes } from 'node:crypto';
import { type Caller, isOfficerFor, requireSignedIn } from '../core/access.js';
import {
  FamilyLinkError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  TooManyAttemptsError,
} from '../core/errors.js';
import { STRIPS_PER_DEGREE, type StripRange, stripRangesWithin, unreadParts } from '../core/geo.js';
import { type FamilyView, isLinkActive, toFamilyView } from '../core/lists/family-view.js';
import { DEFAULT_WEIGHTS, MATCHING_VERSION } from '../core/lists/matching.js';
import type { FamilyLinkRecord, TailoredList } from '../core/lists/model.js';
import { ageBandOf, readNearestPlain, searchAndMatch } from '../core/lists/plain-settings.js';
import { LIST_LIMITS, parseListRequest } from '../core/lists/request.js';
import { parseLocalRightsInfo } from '../core/local-rights-input.js';
import { type RightsStatement, rightsStatement } from '../core/rights-statement.js';
import { tailoredListId } from '../store/keys.js';
import { CaseVersionTakenError, type ListsStore } from '../store/lists-store.js';
import { OUTCODES } from './outcodes.js';

export interface ListsConfig {
  /** Capacity not stated for longer than this is UNCONFIRMED on a list. */
  capacityFreshDays: number;
  /** How long a family link lasts unless the officer says otherwise. */
  familyLinkDays: number;
  /** Failed family-link attempts allowed from one source per window. */
  guessLimit: { attempts: number; windowSeconds: number };
}

export interface ListsServiceDeps {
  lists: ListsStore;
  now: () => Date;
  config: ListsConfig;
}

export interface NewFamilyLink {
  token: string;
  expiresAt: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const SAVE_ATTEMPTS = 5;

/** Tailored lists: generate, read, share with the family, withdraw. */
export function createListsService({ lists, now, config }: ListsServiceDeps) {
  async function generateTailoredList(
    caller: Caller,
    input: unknown,
  ): Promise<{ list: TailoredList; familyLink: NewFamilyLink }> {
    requireSignedIn(caller);
    const at = now();
    const parsed = parseListRequest(input, at, OUTCODES);
    const { request } = parsed;
    assertOfficerOf(caller, request.laCode, 'generate lists for children in');

    const band = ageBandOf(request.age);
    const plainRead: StripRange[] = [];
    const readPlainWithin = async (radiusKm: number) => {
      const parts = unreadParts(
        stripRangesWithin(request.home, radiusKm, STRIPS_PER_DEGREE.plain),
        plainRead,
      );
      plainRead.push(...parts);
      return parts.length > 0 ? lists.settingsInStrips(band, 'plain', parts) : [];
    };
    const [specialist, nearestPlain, familyNamed, local, latestVersion] = await Promise.all([
      lists.settingsInStrips(
        band,
        'specialist',
        stripRangesWithin(request.home, request.maxTravelKm, STRIPS_PER_DEGREE.specialist),
      ),
      readNearestPlain(request, readPlainWithin),
      lists.getSettings(request.familyNamedSettingIds),
      lists.getLocalRightsInfo(request.laCode),
      lists.latestCaseVersion(request.laCode, request.caseReference),
    ]);
    const found = new Set(familyNamed.map((s) => s.id));
    const missing = request.familyNamedSettingIds.findIndex((id) => !found.has(id));
    if (missing >= 0) {
      throw new InvalidInputError([
        { field: `input.familyNamedSettingIds.${missing}`, message: 'is not a setting on the register' },
      ]);
    }
    const result = await searchAndMatch({
      request,
      specialist,
      nearestPlain,
      familyNamed,
      readPlainWithin,
      now: at,
      capacityFreshDays: config.capacityFreshDays,
    });
    const linkDays = parsed.familyLinkDays ?? config.familyLinkDays;
    const base = {
      caseReference: request.caseReference,
      laCode: request.laCode,
      request,
      statement: rightsStatement(local),
      generatedAt: at.toISOString(),
      generatedBy: caller.subject,
      matchingVersion: MATCHING_VERSION,
      weights: DEFAULT_WEIGHTS,
      capacityFreshDays: config.capacityFreshDays,
      officerNotes: parsed.officerNotes,
      ...result,
    };
    // Versions count up per case; if another list for the case lands first, take the next one.
    for (let attempt = 1; ; attempt++) {
      const version =
        (attempt === 1
          ? latestVersion
          : await lists.latestCaseVersion(request.laCode, request.caseReference)) + 1;
      const list: TailoredList = {
        ...base,
        id: tailoredListId(request.laCode, request.caseReference, version),
        version,
      };
      const { token, link } = newLink(list.id, at, linkDays);
      try {
        await lists.saveNewList(list, link);
        return { list, familyLink: { token, expiresAt: link.expiresAt } };
      } catch (error) {
        if (error instanceof CaseVersionTakenError && attempt < SAVE_ATTEMPTS) continue;
        throw error;
      }
    }
  }

  async function tailoredList(caller: Caller, id: string): Promise<TailoredList | null> {
    requireSignedIn(caller);
    const list = await lists.getList(id);
    if (list) assertOfficerOf(caller, list.laCode, 'read lists for children in');
    return list;
  }

  async function tailoredLists(
    caller: Caller,
    caseReference: string,
    laCode?: string | null,
  ): Promise<TailoredList[]> {
    requireSignedIn(caller);
    const la = laCode ?? (caller.laCodes.length === 1 ? caller.laCodes[0] : undefined);
    if (!la) {
      throw new InvalidInputError([
        { field: 'laCode', message: 'say which LA: you are an officer of several' },
      ]);
    }
    assertOfficerOf(caller, la, 'read lists for children in');
    return lists.listsForCase(la, caseReference.trim());
  }

  async function familyLinks(caller: Caller, list: TailoredList): Promise<FamilyLinkRecord[]> {
    assertOfficerOf(caller, list.laCode, 'see the links of lists in');
    return lists.linksOfList(list.id);
  }

  async function createFamilyLink(
    caller: Caller,
    listId: string,
    days?: number | null,
  ): Promise<NewFamilyLink> {
    const list = await ownList(caller, listId);
    if (days != null && (!Number.isInteger(days) || days < 1 || days > LIST_LIMITS.maxFamilyLinkDays)) {
      throw new InvalidInputError([
        { field: 'days', message: `must be a whole number from 1 to ${LIST_LIMITS.maxFamilyLinkDays}` },
      ]);
    }
    const { token, link } = newLink(list.id, now(), days ?? config.familyLinkDays);
    await lists.putFamilyLink(list.id, link);
    return { token, expiresAt: link.expiresAt };
  }

  async function revokeFamilyLinks(caller: Caller, listId: string): Promise<number> {
    const list = await ownList(caller, listId);
    const at = now();
    const active = (await lists.linksOfList(list.id)).filter((l) => isLinkActive(l, at));
    await lists.revokeLinks(list.id, active, at.toISOString());
    return active.length;
  }

  /**
   * Opens a list through a family link: no account. Every failure looks the same, and a source
   * that keeps failing is turned away for a while, so links cannot be found by guessing.
   */
  async function familyList(token: string, source: string): Promise<FamilyView> {
    const at = now();
    const windowMs = config.guessLimit.windowSeconds * 1000;
    const window = Math.floor(at.getTime() / windowMs);
    const sourceKey = hash(source).slice(0, 32);
    if ((await lists.failedGuesses(sourceKey, window)) >= config.guessLimit.attempts) {
      throw new TooManyAttemptsError(((window + 1) * windowMs - at.getTime()) / 1000);
    }
    const listId = FAMILY_TOKEN.exec(token)?.[1];
    const found = listId ? await lists.listByLink(listId, hash(token)) : null;
    if (!found || !isLinkActive(found.link, at)) {
      await lists.recordFailedGuess(sourceKey, window, Math.ceil(((window + 2) * windowMs) / 1000));
      throw new FamilyLinkError();
    }
    return toFamilyView(found.list, found.link);
  }

  async function parentsRightsStatement(laCode?: string | null): Promise<RightsStatement> {
    if (!laCode) return rightsStatement();
    if (!/^\d{3}$/.test(laCode)) {
      throw new InvalidInputError([
        { field: 'laCode', message: 'must be a 3-digit DfE LA code, e.g. "938"' },
      ]);
    }
    return rightsStatement(await lists.getLocalRightsInfo(laCode));
  }

  async function setLocalRightsInfo(caller: Caller, input: unknown): Promise<RightsStatement> {
    requireSignedIn(caller);
    const info = parseLocalRightsInfo(input);
    assertOfficerOf(caller, info.laCode, 'change the rights information of');
    await lists.putLocalRightsInfo(info, caller.subject, now().toISOString());
    return rightsStatement(info);
  }

  async function ownList(caller: Caller, listId: string): Promise<TailoredList> {
    requireSignedIn(caller);
    const list = await lists.getList(listId);
    if (!list) throw new NotFoundError('TailoredList', listId);
    assertOfficerOf(caller, list.laCode, 'share lists for children in');
    return list;
  }

  return {
    generateTailoredList,
    tailoredList,
    tailoredLists,
    familyLinks,
    createFamilyLink,
    revokeFamilyLinks,
    familyList,
    parentsRightsStatement,
    setLocalRightsInfo,
  };
}

export type ListsService = ReturnType<typeof createListsService>;

function assertOfficerOf(caller: Caller, laCode: string, what: string): void {
  if (!isOfficerFor(caller, laCode)) {
    throw new ForbiddenError(`Only placement officers of LA ${laCode} may ${what} LA ${laCode}.`);
  }
}

/**
 * A family link's token: the list's id, so the link opens it in one read, and 32 random bytes,
 * so it cannot be guessed. Only the token's hash is stored.
 */
const FAMILY_TOKEN = /^([^.]{1,80})\.[A-Za-z0-9_-]{43}$/;

function newLink(listId: string, at: Date, days: number): { token: string; link: FamilyLinkRecord } {
  const token = `${listId}.${randomBytes(32).toString('base64url')}`;
  return {
    token,
    link: {
      tokenHash: hash(token),
      createdAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + days * DAY_MS).toISOString(),
      revokedAt: null,
    },
  };
}

function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
