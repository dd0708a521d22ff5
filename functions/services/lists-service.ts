import { createHash, randomBytes } from 'node:crypto';
import type { ListsConfig } from '../config.js';
import { assertIsOfficer, assertOfficerOf, type Caller } from '../core/access.js';
import {
  ConcurrentUpdateError,
  FamilyLinkError,
  InvalidInputError,
  NotFoundError,
  TooManyAttemptsError,
} from '../core/errors.js';
import { assertNoDecision, newCaseRecord, withOfficerChoices } from '../core/journey/case.js';
import { preferencesChanged } from '../core/journey/events.js';
import { caseExpiry, DEFAULT_CASE_RETENTION_DAYS } from '../core/journey/retention.js';
import { isLaCode } from '../core/la-code.js';
import { applyChoiceChanges } from '../core/lists/family-choices.js';
import { isLinkActive } from '../core/lists/family-view.js';
import { MATCHING_VERSION, weightsFor } from '../core/lists/matching.js';
import type { FamilyLinkRecord, TailoredList } from '../core/lists/model.js';
import { LIST_LIMITS, parseListRequest } from '../core/lists/request.js';
import { newSearchState } from '../core/lists/search-plan.js';
import { parseLocalRightsInfo } from '../core/local-rights-input.js';
import { type RightsStatement, rightsStatement } from '../core/rights-statement.js';
import type { JourneyStore, VersionedCase } from '../store/journey-store.js';
import type { ListsStore } from '../store/lists-store.js';
import { CASE_VERSION_RETRY } from '../store/retry-budget.js';
import { caseState } from './case-state.js';
import { LA_NAMES } from './la-names.js';
import { createListReads } from './list-reads.js';
import { type Metrics, noMetrics } from './metrics.js';
import { OUTCODES } from './outcodes.js';

export interface ListsServiceDeps {
  lists: ListsStore;
  /** The case's journey record: the family's choices live there, and a list is written with it. */
  journey: JourneyStore;
  now: () => Date;
  config: ListsConfig;
  /**
   * Removes a case that is gone (expired, or left half-erased) before a new list starts it afresh
   * (retention-service.ts), so none of its old items comes back with the new one.
   */
  clearGoneCase?: (laCode: string, caseReference: string) => Promise<void>;
  /** Lists generated, their entries by capacity status, failed link guesses. @default noMetrics */
  metrics?: Metrics;
}

export interface NewFamilyLink {
  token: string;
  expiresAt: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const CASE_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}$/;

/** Tailored lists: generate, read, share with the family, withdraw. */
export function createListsService({
  lists,
  journey,
  now,
  config,
  clearGoneCase,
  metrics = noMetrics,
}: ListsServiceDeps) {
  const retentionDays = config.caseRetentionDays ?? DEFAULT_CASE_RETENTION_DAYS;

  /** The case's live record, or null; a case that is gone is removed first, so the list starts it anew. */
  async function liveCaseForNewList(laCode: string, caseReference: string, at: Date) {
    const state = caseState(await journey.getCase(laCode, caseReference), at);
    if (state !== 'gone') return state;
    if (!clearGoneCase) throw new Error(`Case ${caseReference} is gone and this service cannot remove it.`);
    await clearGoneCase(laCode, caseReference);
    const after = caseState(await journey.getCase(laCode, caseReference), at);
    // Another writer's removal of the same case is still under way: try again shortly.
    if (after === 'gone') throw new ConcurrentUpdateError(`case ${caseReference}`, 1);
    return after;
  }

  /** True when the list's case is gone: its list reads as not there. */
  async function caseGone(list: TailoredList): Promise<boolean> {
    return caseState(await journey.getCase(list.laCode, list.caseReference), now()) === 'gone';
  }

  async function generateTailoredList(
    caller: Caller,
    input: unknown,
  ): Promise<{ list: TailoredList; familyLink: NewFamilyLink }> {
    assertIsOfficer(caller, 'generate lists');
    const at = now();
    const parsed = parseListRequest(input, at, OUTCODES);
    const { request } = parsed;
    assertOfficerOf(caller, request.laCode, `generate lists for children in LA ${request.laCode}`);

    const reads = createListReads(lists, request);
    const addedIds = parsed.addChoices.flatMap(({ input: c }) => ('settingId' in c ? [c.settingId] : []));
    const [specialist, plain, added, local, [firstLatest, firstCase]] = await Promise.all([
      reads.specialistWithinReach(),
      reads.nearestPlain(),
      lists.getSettings(addedIds),
      lists.getLocalRightsInfo(request.laCode),
      // First the case, so a gone case's old lists are removed before the latest is read.
      liveCaseForNewList(request.laCode, request.caseReference, at).then(async (live) => {
        return [await lists.latestCaseList(request.laCode, request.caseReference), live] as const;
      }),
    ]);
    const known = new Map(added.map((s) => [s.id, s]));
    const unknown = parsed.addChoices.find(({ input: c }) => 'settingId' in c && !known.has(c.settingId));
    if (unknown) {
      throw new InvalidInputError([
        {
          field: unknown.field,
          code: 'NOT_ON_THE_REGISTER',
          message: 'is not a setting on the register: name it with offRegister instead',
        },
      ]);
    }
    const state = newSearchState({
      request,
      specialist,
      plain,
      now: at,
      capacityFreshDays: config.capacityFreshDays,
      laNames: LA_NAMES,
    });
    const linkDays = parsed.familyLinkDays ?? config.familyLinkDays;
    const changesChoices = parsed.addChoices.length + parsed.removeChoices.length > 0;
    // Versions count up per case, and the case's choices live in its journey record. The list and
    // the record are written in one transaction on what was read: if another list or a family's
    // change lands first, read both again and decide again, never only bump the number.
    const made = await journey.change(
      `case ${request.caseReference}`,
      async (n) => {
        const [found, latest] =
          n === 0
            ? [firstCase, firstLatest]
            : await Promise.all([
                liveCaseForNewList(request.laCode, request.caseReference, at),
                lists.latestCaseList(request.laCode, request.caseReference),
              ]);
        const base: VersionedCase = found ?? {
          record: newCaseRecord(request.laCode, request.caseReference, latest, at.toISOString()),
          revision: null,
          partition: journey.newCasePartition(request.laCode, request.caseReference),
          expiresAt: null,
        };
        if (changesChoices) assertNoDecision(base.record);
        const choices = applyChoiceChanges({
          previous: base.record.choices,
          add: parsed.addChoices.map(({ input: c }) => ({
            input: c,
            setting: 'settingId' in c ? (known.get(c.settingId) ?? null) : null,
          })),
          remove: parsed.removeChoices,
          by: { adder: 'OFFICER', subject: caller.subject },
          at: at.toISOString(),
          newId: familyChoiceId,
        });
        const chosenIds = choices.current.flatMap((c) => (c.settingId ? [c.settingId] : []));
        for (const s of await lists.getSettings(chosenIds.filter((id) => !known.has(id)))) known.set(s.id, s);
        state.request = { ...request, familyNamedSettingIds: chosenIds };
        state.choices = choices.current.map((choice) => ({
          choice,
          setting: choice.settingId ? (known.get(choice.settingId) ?? null) : null,
        }));
        const result = await reads.search(state);
        const version = (latest?.version ?? 0) + 1;
        const list: TailoredList = {
          id: lists.newListId(request.laCode, request.caseReference, version),
          version,
          caseReference: request.caseReference,
          laCode: request.laCode,
          request: state.request,
          statement: rightsStatement(local),
          generatedAt: at.toISOString(),
          generatedBy: caller.subject,
          matchingVersion: MATCHING_VERSION,
          weights: weightsFor(request),
          capacityFreshDays: config.capacityFreshDays,
          officerNotes: parsed.officerNotes,
          ...result,
          familyChoices: choices.current,
          removedFamilyChoices: choices.removed,
        };
        const { token, link } = newLink(list.id, at, linkDays);
        const { record, changes } = withOfficerChoices(
          base.record,
          choices,
          caller.subject,
          at.toISOString(),
        );
        const events =
          changes.length > 0
            ? [
                preferencesChanged(
                  record.laCode,
                  record.caseReference,
                  changes,
                  record.choices.current.length,
                  at.toISOString(),
                  eventId,
                ),
              ]
            : [];
        return {
          writes: {
            case: { ...base, record, expiry: caseExpiry(at, record.decisions, retentionDays) },
            also: [lists.newListWrite(list, link)],
            events,
          },
          result: { list, familyLink: { token, expiresAt: link.expiresAt } },
        };
      },
      CASE_VERSION_RETRY,
    );
    recordListGenerated(metrics, made.list);
    return made;
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

  async function familyLinks(caller: Caller, list: TailoredList): Promise<FamilyLinkRecord[]> {
    assertOfficerOf(caller, list.laCode, `see the links of lists in LA ${list.laCode}`);
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
        {
          field: 'days',
          code: 'OUT_OF_RANGE',
          params: { min: 1, max: LIST_LIMITS.maxFamilyLinkDays },
          message: `must be a whole number from 1 to ${LIST_LIMITS.maxFamilyLinkDays}`,
        },
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
   * Opens a list through a family link: no account. Every failure looks the same. A valid link is
   * always served; failures are counted per source address and window in one conditional write,
   * and past the allowance a wrong link is answered TOO_MANY_REQUESTS instead — so families behind
   * one school or mobile network are never locked out of their own link by someone guessing.
   * Every operation a family link opens goes through here.
   */
  async function openFamilyLink(
    token: string,
    source: string,
  ): Promise<{ list: TailoredList; link: FamilyLinkRecord }> {
    const at = now();
    const listId = FAMILY_TOKEN.exec(token)?.[1];
    const found = listId ? await lists.listByLink(listId, hash(token)) : null;
    // A link to a case that is gone (erased, or past its retention) fails like any other.
    if (found && isLinkActive(found.link, at) && !(await caseGone(found.list))) return found;
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
    if (!isLaCode(laCode)) {
      throw new InvalidInputError([
        {
          field: 'laCode',
          code: 'BAD_FORMAT',
          params: { format: 'laCode' },
          message: 'must be a 3-digit DfE LA code, e.g. "938"',
        },
      ]);
    }
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
    generateTailoredList,
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
  };
}

export type ListsService = ReturnType<typeof createListsService>;

/**
 * What a generated list tells the dashboard: one list, by LA and by primary need (separately); its
 * entries by capacity status; and whether it shows any AVAILABLE place at all.
 */
function recordListGenerated(metrics: Metrics, list: TailoredList): void {
  metrics.count('ListsGenerated', 1, { LaCode: list.laCode, PrimaryNeed: list.request.primaryNeed });
  const byStatus = new Map<string, number>();
  for (const entry of list.entries) {
    byStatus.set(entry.capacity.status, (byStatus.get(entry.capacity.status) ?? 0) + 1);
  }
  for (const [status, n] of byStatus) metrics.count('ListEntries', n, { CapacityStatus: status });
  metrics.count('ListedEntries', list.entries.length);
  metrics.count('UnconfirmedListedEntries', byStatus.get('UNCONFIRMED') ?? 0);
  metrics.count('ListsWithNoAvailableEntry', byStatus.has('AVAILABLE') ? 0 : 1);
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

function familyChoiceId(): string {
  return `fc_${randomBytes(9).toString('base64url')}`;
}

function eventId(): string {
  return `ev_${randomBytes(9).toString('base64url')}`;
}

function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
