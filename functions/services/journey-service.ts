import {
  assertCanAnswerConsultation,
  assertIsOfficer,
  assertOfficerOf,
  assertOfficerOfGivenLa,
  type Caller,
  isOfficerFor,
  requireSignedIn,
} from '../core/access.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../core/errors.js';
import {
  assertNoDecision,
  currentDecision,
  latestDraftPlan,
  newCaseRecord,
  requestWindowEndsOn,
  withDraftPlan,
  withFamilyChoices,
} from '../core/journey/case.js';
import {
  answered,
  closedByDecision,
  isOverdue,
  newConsultation,
  withdrawn,
  withOpenCount,
} from '../core/journey/consultation.js';
import { londonDate } from '../core/journey/dates.js';
import { decide, decisionView, decisionViews } from '../core/journey/decision.js';
import { parseDecision } from '../core/journey/decision-input.js';
import {
  consultationAnswered,
  consultationStarted,
  decisionRecorded,
  preferencesChanged,
} from '../core/journey/events.js';
import {
  JOURNEY_LIMITS,
  parseAnswer,
  parseCaseRef,
  parseConsultationsFilter,
  parseDraftPlanSent,
  parseReason,
  parseSetFamilyChoices,
  parseStartConsultation,
} from '../core/journey/input.js';
import type { CaseRecord, Consultation } from '../core/journey/model.js';
import type { JourneyDateBounds } from '../core/journey/recorded-dates.js';
import { caseExpiry, DEFAULT_CASE_RETENTION_DAYS } from '../core/journey/retention.js';
import { CONSULTATION_NOTE } from '../core/journey/texts.js';
import {
  type CaseJourneyView,
  type ConsultationView,
  type FamilyJourneyView,
  familyDecisionView,
} from '../core/journey/view.js';
import { toFamilyView } from '../core/lists/family-view.js';
import type { FamilyLinkRecord, TailoredList } from '../core/lists/model.js';
import type { Page, Setting } from '../core/model.js';
import { rightsStatement } from '../core/rights-statement.js';
import { requirePlausibleId } from '../core/validation.js';
import type {
  CaseWrite,
  JourneyStore,
  VersionedCase,
  VersionedConsultation,
} from '../store/journey-store.js';
import { consultationPartition } from '../store/keys.js';
import type { ListsStore } from '../store/lists-store.js';
import type { RegisterStore, TransactItem } from '../store/register-store.js';
import { caseState } from './case-state.js';
import { journeyIds } from './ids.js';
import type { ListsService } from './lists-service.js';
import { type Metrics, noMetrics } from './metrics.js';

export interface JourneyServiceDeps {
  journey: JourneyStore;
  lists: ListsStore;
  register: RegisterStore;
  links: Pick<ListsService, 'openFamilyLink'>;
  now: () => Date;
  /** Family pages opened, consultations started and answered. @default noMetrics */
  metrics?: Metrics;
  /** Days a case is kept after its last activity (CASE_RETENTION_DAYS). @default 730 */
  retentionDays?: number;
}

const { eventId, choiceId, consultationId, decisionId } = journeyIds;

/** What only officers of a case's LA may do: "Only placement officers of LA 938 may …". */
const JOURNEY = 'run the journey of its children';

/**
 * The journey after the list. Each change reads what it needs, lets the core decide, and writes on
 * the revisions it read — the case record, consultations, settings' open counts and the outbox
 * event — in one transaction, through the journey store's one retry loop.
 */
export function createJourneyService({
  journey,
  lists,
  register,
  links,
  now,
  metrics = noMetrics,
  retentionDays = DEFAULT_CASE_RETENTION_DAYS,
}: JourneyServiceDeps) {
  /**
   * The case's record, or a new one from its latest list; NOT_FOUND when the case has no list, or
   * is gone (erased, being removed, or past its retention).
   */
  async function caseOf(laCode: string, caseReference: string): Promise<VersionedCase> {
    const found = caseState(await journey.getCase(laCode, caseReference), now());
    if (found === 'gone') throw new NotFoundError('Case', caseReference);
    if (found) return found;
    const latest = await lists.latestCaseList(laCode, caseReference);
    if (!latest) throw new NotFoundError('Case', caseReference);
    return {
      record: newCaseRecord(laCode, caseReference, latest, now().toISOString()),
      revision: null,
      partition: journey.newCasePartition(laCode, caseReference),
      expiresAt: null,
    };
  }

  /** What a recorded letter's date is checked against: today in London and the case's first list. */
  async function dateBounds(laCode: string, caseReference: string): Promise<JourneyDateBounds> {
    const firstListAt = await lists.firstCaseListAt(laCode, caseReference);
    return { today: londonDate(now()), firstListOn: firstListAt ? londonDate(new Date(firstListAt)) : null };
  }

  /** The case write of a change: every change is activity, so it moves the case's expiry on. */
  function touched(found: VersionedCase, record: CaseRecord = found.record): CaseWrite {
    return { ...found, record, expiry: caseExpiry(now(), record.decisions, retentionDays) };
  }

  /**
   * The live case a consultation belongs to, to move its expiry on with an answer or a withdrawal;
   * NOT_FOUND when the case is gone. Null for a case with no record (lists made before records).
   */
  async function caseOfConsultation(c: Consultation): Promise<VersionedCase | null> {
    const found = caseState(await journey.getCase(c.laCode, c.caseReference), now());
    if (found === 'gone') throw new NotFoundError('Consultation', c.id);
    return found;
  }

  function view(c: Consultation, caller: Caller | null, today: string): ConsultationView {
    return {
      ...c,
      overdue: isOverdue(c, today),
      showCaseReference: caller !== null && isOfficerFor(caller, c.laCode),
    };
  }

  async function journeyView(caller: Caller, found: VersionedCase): Promise<CaseJourneyView> {
    const { laCode, caseReference } = found.record;
    const [versions, consultations, local] = await Promise.all([
      lists.listsForCase(laCode, caseReference),
      journey.getConsultations(found.record.consultationIds),
      lists.getLocalRightsInfo(laCode),
    ]);
    const today = londonDate(now());
    return {
      record: found.record,
      lists: versions.map((l) => ({
        id: l.id,
        version: l.version,
        generatedAt: l.generatedAt,
        generatedBy: l.generatedBy,
      })),
      consultations: consultations
        .map((c) => view(c.consultation, caller, today))
        .sort((a, b) => (a.sentAt < b.sentAt ? 1 : -1)),
      statement: rightsStatement(local),
      today,
    };
  }

  async function caseJourney(
    caller: Caller,
    caseReference: unknown,
    laCode: unknown,
  ): Promise<CaseJourneyView> {
    assertIsOfficer(caller, 'read a case’s journey');
    const ref = parseCaseRef(caseReference, laCode);
    assertOfficerOf(caller, ref.laCode, JOURNEY);
    return journeyView(caller, await caseOf(ref.laCode, ref.caseReference));
  }

  /** What a family link opens: its list, the case's choices and journey, with the statement. */
  async function familyList(token: string, source: string): Promise<FamilyJourneyView> {
    const { list, link } = await links.openFamilyLink(token, source);
    const view = await familyView(list, link);
    metrics.count('FamilyPagesOpened', 1);
    return view;
  }

  /** The family's view of a list it opened, with the case's journey as it stands now. */
  async function familyView(list: TailoredList, link: FamilyLinkRecord): Promise<FamilyJourneyView> {
    const [stored, latestVersion, local] = await Promise.all([
      journey.getCase(list.laCode, list.caseReference),
      lists.latestCaseVersion(list.laCode, list.caseReference),
      lists.getLocalRightsInfo(list.laCode),
    ]);
    // The link was opened on a live case (openFamilyLink checks): gone since is read as no record.
    const state = caseState(stored, now());
    const found = state === 'gone' ? null : state;
    const today = londonDate(now());
    const consultations = found ? await journey.getConsultations(found.record.consultationIds) : [];
    const base = toFamilyView(list, link);
    const decision = found ? currentDecision(found.record) : null;
    return {
      ...base,
      // The case's choices now, not as the list was made: the family sees what it has asked for.
      familyChoices: found?.record.choices.current ?? base.familyChoices,
      removedFamilyChoices: found?.record.choices.removed ?? base.removedFamilyChoices,
      version: list.version,
      latestVersion: Math.max(latestVersion ?? list.version, list.version),
      newerVersionAvailable: (latestVersion ?? list.version) > list.version,
      consultations: consultations
        .map((c) => view(c.consultation, null, today))
        .sort((a, b) => (a.sentAt < b.sentAt ? 1 : -1)),
      consultationNote: CONSULTATION_NOTE,
      decision: decision
        ? familyDecisionView(
            decisionView(decision, false),
            found?.record.choices.current ?? base.familyChoices,
            base.entries,
          )
        : null,
      requestWindowEndsOn: found ? requestWindowEndsOn(found.record) : null,
      draftPlan: found ? latestDraftPlan(found.record) : null,
      choicesClosed: decision !== null,
      // The list keeps the statement it was made with (the record); the family reads today's too.
      currentStatement: rightsStatement(local),
    };
  }

  /** The family's own change to its choices, through its link: any setting, never checked against the list. */
  async function setFamilyChoices(token: string, input: unknown, source: string): Promise<FamilyJourneyView> {
    const { list, link } = await links.openFamilyLink(token, source);
    const request = parseSetFamilyChoices(input);
    const ids = request.add.flatMap(({ input: c }) => ('settingId' in c ? [c.settingId] : []));
    const settings = new Map((await lists.getSettings(ids)).map((s) => [s.id, s]));
    await journey.change(`case ${list.caseReference}`, async () => {
      const found = await caseOf(list.laCode, list.caseReference);
      const at = now().toISOString();
      const { record, changes } = withFamilyChoices(found.record, request, settings, at, choiceId);
      if (changes.length === 0) return { writes: null, result: undefined };
      return {
        writes: {
          case: touched(found, record),
          events: [
            preferencesChanged(
              record.laCode,
              record.caseReference,
              changes,
              record.choices.current.length,
              at,
              eventId,
            ),
          ],
        },
        result: undefined,
      };
    });
    return familyView(list, link);
  }

  async function recordDraftPlanSent(
    caller: Caller,
    caseReference: unknown,
    laCode: unknown,
    sentOn: unknown,
    kind: unknown,
    requestWindowEndsOn?: unknown,
  ): Promise<CaseJourneyView> {
    assertIsOfficer(caller, 'record a draft plan');
    const ref = parseCaseRef(caseReference, laCode);
    assertOfficerOf(caller, ref.laCode, JOURNEY);
    const plan = parseDraftPlanSent(sentOn, kind, requestWindowEndsOn);
    // Read once, not on every retry: a case's first list and today do not move under a retry.
    const bounds = await dateBounds(ref.laCode, ref.caseReference);
    const saved = await journey.change(`case ${ref.caseReference}`, async () => {
      const found = await caseOf(ref.laCode, ref.caseReference);
      const record = withDraftPlan(found.record, plan, {
        bounds,
        by: caller.subject ?? '',
        at: now().toISOString(),
      });
      return { writes: { case: touched(found, record) }, result: { ...found, record } };
    });
    return journeyView(caller, saved);
  }

  async function startConsultation(caller: Caller, input: unknown): Promise<ConsultationView> {
    assertIsOfficer(caller, 'consult settings');
    const laCode = (input as { laCode?: unknown } | null)?.laCode;
    assertOfficerOfGivenLa(caller, laCode, JOURNEY);
    const request = parseStartConsultation(input);
    assertOfficerOf(caller, request.laCode, JOURNEY);
    const consultation = await journey.change(`case ${request.caseReference}`, async () => {
      const [found, latest, current] = await Promise.all([
        caseOf(request.laCode, request.caseReference),
        lists.latestCaseList(request.laCode, request.caseReference),
        register.getSetting(request.settingId),
      ]);
      assertNoDecision(found.record);
      if (!latest) throw new NotFoundError('Case', request.caseReference);
      if (!current) throw new NotFoundError('Setting', request.settingId);
      const others = await journey.getConsultations(found.record.consultationIds);
      const open = others.filter((c) => c.consultation.open);
      if (open.length >= JOURNEY_LIMITS.openConsultationsPerCase) {
        throw new InvalidInputError([
          {
            field: 'input',
            code: 'TOO_MANY_OPEN_CONSULTATIONS',
            params: { max: JOURNEY_LIMITS.openConsultationsPerCase },
            message: `a case may have at most ${JOURNEY_LIMITS.openConsultationsPerCase} open consultations: withdraw one first`,
          },
        ]);
      }
      const same = open.find(
        (c) =>
          c.consultation.setting.id === request.settingId &&
          (c.consultation.provision?.id ?? null) === request.provisionId,
      );
      if (same) {
        throw new InvalidInputError([
          {
            field: 'input.settingId',
            code: 'ALREADY_CONSULTED',
            params: { consultationId: same.consultation.id },
            message: `this setting is already being consulted about this child (${same.consultation.id}): withdraw that one first`,
          },
        ]);
      }
      const made = newConsultation({
        id: consultationId(),
        request,
        casePartition: found.partition,
        listRequest: latest.request,
        setting: current.setting,
        by: caller.subject ?? '',
        at: now(),
      });
      const settings = made.countedProvisionId
        ? register.settingWriteItems(withOpenCount(current.setting, made.countedProvisionId, +1), {
            expectedRevision: current.revision,
            previous: current.setting,
          })
        : [];
      return {
        writes: {
          case: touched(found, {
            ...found.record,
            consultationIds: [...found.record.consultationIds, made.id],
            updatedAt: made.sentAt,
          }),
          consultations: [{ consultation: made, expectedRevision: null }],
          settings,
          events: [consultationStarted(made, eventId)],
        },
        result: made,
      };
    });
    metrics.count('ConsultationsStarted', 1, { LaCode: consultation.laCode });
    return view(consultation, caller, londonDate(now()));
  }

  /** A consultation the caller may read: staff of the setting, officers of the consulting LA or of the setting's LA. */
  async function readable(caller: Caller, id: string): Promise<VersionedConsultation> {
    requireSignedIn(caller);
    requirePlausibleId(id, 'id');
    const found = await journey.getConsultation(id);
    if (!found) throw new NotFoundError('Consultation', id);
    const c = found.consultation;
    if (
      !caller.settingIds.includes(c.setting.id) &&
      !isOfficerFor(caller, c.laCode) &&
      !isOfficerFor(caller, c.setting.laCode)
    ) {
      throw new ForbiddenError(
        'Only staff of the consulted setting and officers of the consulting LA or of the setting’s LA may see this consultation.',
      );
    }
    return found;
  }

  async function consultation(caller: Caller, id: string): Promise<ConsultationView> {
    const found = await readable(caller, id);
    return view(found.consultation, caller, londonDate(now()));
  }

  async function withdrawConsultation(
    caller: Caller,
    id: string,
    reason: unknown,
  ): Promise<ConsultationView> {
    assertIsOfficer(caller, 'withdraw consultations');
    const first = await readable(caller, id);
    assertOfficerOf(caller, first.consultation.laCode, JOURNEY);
    const why = parseReason(reason);
    const result = await journey.change(`consultation ${id}`, async () => {
      const found = await journey.getConsultation(id);
      if (!found) throw new NotFoundError('Consultation', id);
      const next = withdrawn(found.consultation, why, caller.subject ?? '', now().toISOString());
      if (next === found.consultation) return { writes: null, result: next };
      const ofCase = await caseOfConsultation(found.consultation);
      return {
        writes: {
          ...(ofCase ? { case: touched(ofCase) } : {}),
          consultations: [{ consultation: next, expectedRevision: found.revision }],
          settings: await countChanges([found.consultation], -1),
        },
        result: next,
      };
    });
    return view(result, caller, londonDate(now()));
  }

  async function answerConsultation(caller: Caller, id: string, input: unknown): Promise<ConsultationView> {
    requireSignedIn(caller);
    requirePlausibleId(id, 'id');
    const first = await journey.getConsultation(id);
    if (!first) throw new NotFoundError('Consultation', id);
    assertCanAnswerConsultation(caller, first.consultation);
    const answer = parseAnswer(input);
    const result = await journey.change(`consultation ${id}`, async () => {
      const found = await journey.getConsultation(id);
      if (!found) throw new NotFoundError('Consultation', id);
      const next = answered(found.consultation, answer, caller.subject ?? '', now().toISOString());
      const ofCase = await caseOfConsultation(found.consultation);
      return {
        writes: {
          ...(ofCase ? { case: touched(ofCase) } : {}),
          consultations: [{ consultation: next, expectedRevision: found.revision }],
          events: [consultationAnswered(next, eventId)],
        },
        result: next,
      };
    });
    // A first answer, not a change of answer: answered consultations are what the metric counts.
    if (result.answers.length === 1) metrics.count('ConsultationsAnswered', 1, { LaCode: result.laCode });
    return view(result, caller, londonDate(now()));
  }

  async function recordPlacementDecision(caller: Caller, input: unknown): Promise<CaseJourneyView> {
    assertIsOfficer(caller, 'record decisions');
    const laCode = (input as { laCode?: unknown } | null)?.laCode;
    assertOfficerOfGivenLa(caller, laCode, JOURNEY);
    const request = parseDecision(input);
    assertOfficerOf(caller, request.laCode, JOURNEY);
    const bounds = await dateBounds(request.laCode, request.caseReference);
    const saved = await journey.change(`case ${request.caseReference}`, async () => {
      const [found, latest, named] = await Promise.all([
        caseOf(request.laCode, request.caseReference),
        lists.latestCaseList(request.laCode, request.caseReference),
        request.named.kind === 'REGISTER_SETTING'
          ? register.getSetting(request.named.settingId)
          : Promise.resolve(null),
      ]);
      const at = now().toISOString();
      const decision = decide(found.record, request, {
        latest,
        namedSetting: named?.setting ?? null,
        bounds,
        id: decisionId(),
        by: caller.subject ?? '',
        at,
      });
      const consultations = await journey.getConsultations(found.record.consultationIds);
      const closing = consultations.filter(
        (c) => !c.consultation.decisionRecorded && c.consultation.status !== 'WITHDRAWN',
      );
      const record = { ...found.record, decisions: [...found.record.decisions, decision], updatedAt: at };
      return {
        writes: {
          case: touched(found, record),
          consultations: closing.map((c) => ({
            consultation: closedByDecision(c.consultation),
            expectedRevision: c.revision,
          })),
          settings: await countChanges(
            closing.filter((c) => c.consultation.open).map((c) => c.consultation),
            -1,
          ),
          events: [decisionRecorded(record.laCode, record.caseReference, decision, eventId)],
        },
        result: { ...found, record },
      };
    });
    return journeyView(caller, saved);
  }

  /** Setting writes moving the open counts of these consultations' provisions, each setting on its revision. */
  function countChanges(consultations: readonly Consultation[], delta: number): Promise<TransactItem[]> {
    return openCountWrites(register, consultations, delta);
  }

  async function consultations(
    caller: Caller,
    filter: unknown,
    first: unknown,
    after: string | null | undefined,
  ): Promise<Page<ConsultationView>> {
    requireSignedIn(caller);
    const f = parseConsultationsFilter(filter, first);
    const scope = f.scope ?? (caller.laCodes.length > 0 ? 'SENT_BY_MY_LA' : 'MY_SETTINGS');
    const today = londonDate(now());
    let index: 'bySetting' | 'toLa' | 'fromLa';
    let partitions: string[];
    if (scope === 'MY_SETTINGS') {
      if (f.settingId && !caller.settingIds.includes(f.settingId)) {
        throw new ForbiddenError(`You are not staff of setting ${f.settingId}.`);
      }
      const ids = f.settingId ? [f.settingId] : caller.settingIds;
      if (ids.length === 0)
        throw new ForbiddenError('Only setting staff have consultations to their settings.');
      index = 'bySetting';
      partitions = ids.map(consultationPartition.bySetting);
    } else {
      if (f.laCode) assertOfficerOf(caller, f.laCode, JOURNEY);
      const las = f.laCode ? [f.laCode] : caller.laCodes;
      if (las.length === 0) throw new ForbiddenError('Only LA officers may read their LA’s consultations.');
      index = scope === 'SENT_BY_MY_LA' ? 'fromLa' : 'toLa';
      partitions = las.map(
        scope === 'SENT_BY_MY_LA' ? consultationPartition.fromLa : consultationPartition.toLa,
      );
    }
    const bySetting = f.settingId && scope !== 'MY_SETTINGS' ? f.settingId : null;
    const page = await journey.listConsultations({
      index,
      partitions,
      status: f.overdue ? null : f.status,
      overdueOn: f.overdue ? today : null,
      ...(f.overdue === false || bySetting || (f.overdue && f.status && f.status !== 'SENT')
        ? {
            where: (c: Consultation) =>
              (f.overdue !== false || !isOverdue(c, today)) &&
              (!bySetting || c.setting.id === bySetting) &&
              (!f.overdue || !f.status || f.status === 'SENT'),
          }
        : {}),
      first: f.first,
      after: after ?? null,
    });
    return {
      items: page.items.map((e) => ({ item: view(e.item, caller, today), cursor: e.cursor })),
      hasNextPage: page.hasNextPage,
    };
  }

  return {
    caseJourney,
    familyList,
    setFamilyChoices,
    recordDraftPlanSent,
    startConsultation,
    consultation,
    consultations,
    withdrawConsultation,
    answerConsultation,
    recordPlacementDecision,
    decisionViews,
  };
}

export type JourneyService = ReturnType<typeof createJourneyService>;

/**
 * Setting writes moving the open counts of these consultations' provisions (pendingConsultationsInOpenPlace),
 * each setting on its revision, through the register's one door (settingWriteItems): for a journey
 * change, and for an erasure that removes open consultations.
 */
export async function openCountWrites(
  register: Pick<RegisterStore, 'getSetting' | 'settingWriteItems'>,
  consultations: readonly Consultation[],
  delta: number,
): Promise<TransactItem[]> {
  const bySetting = new Map<string, Consultation[]>();
  for (const c of consultations) {
    if (!c.open || !c.countedProvisionId) continue;
    bySetting.set(c.setting.id, [...(bySetting.get(c.setting.id) ?? []), c]);
  }
  const writes = await Promise.all(
    [...bySetting].map(async ([settingId, ofSetting]) => {
      const current = await register.getSetting(settingId);
      // A setting deleted from the register has no count to keep.
      if (!current) return [];
      let setting: Setting = current.setting;
      for (const c of ofSetting) setting = withOpenCount(setting, c.countedProvisionId as string, delta);
      return register.settingWriteItems(setting, {
        expectedRevision: current.revision,
        previous: current.setting,
      });
    }),
  );
  return writes.flat();
}
