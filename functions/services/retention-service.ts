import { randomBytes } from 'node:crypto';
import { assertIsOfficer, assertOfficerOf, assertOfficerOfGivenLa, type Caller } from '../core/access.js';
import { NotFoundError } from '../core/errors.js';
import { parseCaseRef, parseReason } from '../core/journey/input.js';
import { isExpired } from '../core/journey/retention.js';
import type { CaseTombstone, GoneCase, JourneyStore, VersionedCase } from '../store/journey-store.js';
import type { ListsStore } from '../store/lists-store.js';
import { nextRevision, optimisticWrite, StaleWriteError } from '../store/optimistic.js';
import type { RegisterStore } from '../store/register-store.js';
import { type ErasureRecord, isCaseRecordKey, type RetentionStore } from '../store/retention-store.js';
import { DEFAULT_RETRY } from '../store/retry-budget.js';
import { openCountWrites } from './open-counts.js';

export interface RetentionServiceDeps {
  journey: JourneyStore;
  lists: Pick<ListsStore, 'latestCaseVersion'>;
  register: Pick<RegisterStore, 'getSetting' | 'settingWriteItems'>;
  retention: RetentionStore;
  now: () => Date;
}

/** What eraseCase answers: the audit record, and what erasure cannot reach. */
export interface ErasureReceipt extends ErasureRecord {
  notice: string;
}

export const ERASURE_NOTICE =
  'The case is erased from OpenPlace: its lists, family links, choices, consultations and journey record. ' +
  'Journey events already published to the event bus cannot be recalled (ask the systems subscribed to it); ' +
  'point-in-time backups of the table keep it for up to 35 days; logs hold no case details.';

const ERASE = "erase its children's cases";
const erasureId = () => `er_${randomBytes(9).toString('base64url')}`;

/**
 * Erasure on an officer's request, and removal when a case's retention runs out (the sweeper).
 * Both replace the case record with a tombstone first, then delete the case's items, then the
 * tombstone (an erasure leaving its audit record in its place).
 */
export function createRetentionService({ journey, lists, register, retention, now }: RetentionServiceDeps) {
  /**
   * Erases a case (officers of its LA). Erasing a case already erased answers the receipt of its
   * last erasure; a case that never existed (or was removed by retention) is NOT_FOUND.
   */
  async function eraseCase(
    caller: Caller,
    caseReference: unknown,
    laCode: unknown,
    reason: unknown,
  ): Promise<ErasureReceipt> {
    assertIsOfficer(caller, 'erase cases');
    // The LA first, when it can be read: a caller who may not erase learns nothing about the input.
    assertOfficerOfGivenLa(caller, laCode, ERASE);
    const ref = parseCaseRef(caseReference, laCode);
    assertOfficerOf(caller, ref.laCode, ERASE);
    const why = parseReason(reason);
    // The tombstone replaces the record read, through the one optimistic-write loop: if the
    // record moves meanwhile (a list, a family's change), read it again and tombstone that.
    const tombstone = await optimisticWrite(`case ${ref.caseReference}`, DEFAULT_RETRY, async () => {
      const found = await journey.getCase(ref.laCode, ref.caseReference);
      // Cut short before: finish it.
      if (found && 'tombstone' in found) return { write: null, result: found.tombstone };
      if (!found && (await lists.latestCaseVersion(ref.laCode, ref.caseReference)) === null) {
        return { write: null, result: null };
      }
      return tombstoneWrite(found, ref.laCode, ref.caseReference, {
        kind: 'ERASURE',
        by: caller.subject ?? '',
        reason: why,
      });
    });
    const receipt = tombstone ? await removeCase(tombstone) : null;
    if (receipt) return receipt;
    const last = await retention.latestErasure(ref.laCode, ref.caseReference);
    if (last) return { ...last, notice: ERASURE_NOTICE };
    throw new NotFoundError('Case', ref.caseReference);
  }

  /** The tombstone that replaces the record read (on its revision), and its write. */
  function tombstoneWrite(
    found: VersionedCase | null,
    laCode: string,
    caseReference: string,
    why: { kind: CaseTombstone['kind']; by: string | null; reason: string | null },
  ): { write: () => Promise<void>; result: CaseTombstone } {
    const tombstone: Omit<CaseTombstone, 'revision'> = {
      partition: found?.partition ?? journey.newCasePartition(laCode, caseReference),
      kind: why.kind,
      erasureId: erasureId(),
      at: now().toISOString(),
      by: why.by,
      reason: why.reason,
      laCode,
      caseReference,
      consultationIds: found?.record.consultationIds ?? [],
    };
    const expected = found?.revision ?? null;
    return {
      write: () => retention.putTombstone(tombstone, expected),
      result: { ...tombstone, revision: nextRevision(expected) },
    };
  }

  /**
   * Deletes everything of a tombstoned case: its lists (with their family links) in every partition
   * of the ring, its consultations (giving back their places in settings' open counts, through the
   * register's door), its events not yet published, then the tombstone itself. For an erasure, the
   * audit record is its receipt; null for a removal on expiry, or when the tombstone was another
   * run's to finish.
   */
  async function removeCase(tombstone: CaseTombstone): Promise<ErasureReceipt | null> {
    let removed = 0;
    const partitions = new Set([
      tombstone.partition,
      ...retention.partitionsOf(tombstone.laCode, tombstone.caseReference),
    ]);
    for (const partition of partitions) {
      const itemKeys = await retention.itemKeysIn(partition);
      // The tombstone stays until the end; a stray record under another key goes with the lists.
      removed += await retention.deleteItems(
        itemKeys.filter((k) => !(k.pk === tombstone.partition && isCaseRecordKey(k))),
      );
    }
    for (const id of tombstone.consultationIds) {
      const deleted = await journey.change(`consultation ${id}`, async () => {
        const found = await journey.getConsultation(id);
        if (!found) return { writes: null, result: false };
        return {
          writes: {
            settings: await openCountWrites(register, [found.consultation], -1),
            also: [retention.consultationDelete(id, found.revision)],
          },
          result: true,
        };
      });
      if (deleted) removed++;
    }
    removed += await retention.deleteItems(
      await retention.unpublishedEventKeys(tombstone.laCode, tombstone.caseReference),
    );
    const audit: ErasureRecord | null =
      tombstone.kind === 'ERASURE'
        ? {
            erasureId: tombstone.erasureId,
            caseHash: retention.caseHashOf(tombstone.laCode, tombstone.caseReference),
            laCode: tombstone.laCode,
            erasedAt: tombstone.at,
            erasedBy: tombstone.by ?? '',
            reason: tombstone.reason ?? '',
            // The record itself, and everything above.
            itemsRemoved: removed + 1,
          }
        : null;
    const finished = await retention.finish(tombstone, audit);
    if (!finished || !audit) return null;
    return { ...audit, notice: ERASURE_NOTICE };
  }

  /**
   * Removes a case that reads as gone — left half-erased, or past its expiry — so a new list can
   * start the case afresh. Nothing for a live case.
   */
  async function clearGoneCase(laCode: string, caseReference: string): Promise<void> {
    const found = await journey.getCase(laCode, caseReference);
    await removeIfGone(found, laCode, caseReference);
  }

  async function removeIfGone(
    found: VersionedCase | GoneCase | null,
    laCode: string,
    caseReference: string,
  ): Promise<boolean> {
    if (!found) return false;
    if ('tombstone' in found) {
      await removeCase(found.tombstone);
      return true;
    }
    if (!isExpired(found.expiresAt, now())) return false;
    const { write, result: tombstone } = tombstoneWrite(found, laCode, caseReference, {
      kind: 'RETENTION',
      by: null,
      reason: null,
    });
    try {
      await write();
    } catch (error) {
      // The record moved: it was refreshed, or another run took it. Nothing to do on this pass.
      if (error instanceof StaleWriteError) return false;
      throw error;
    }
    await removeCase(tombstone);
    return true;
  }

  /**
   * One pass of the retention sweeper: the cases on the expiry index whose time has come, each
   * re-read (the index lags) and removed if it is still expired — or finished, if a removal was cut
   * short. Safe to run twice, or two at once: each step is conditional or idempotent.
   */
  async function sweep(limit: number): Promise<{ removed: number; seen: number; failed: string[] }> {
    const due = await retention.dueCases(now().toISOString(), limit);
    let removed = 0;
    const failed: string[] = [];
    for (const partition of due) {
      try {
        const found = await journey.getCaseAt(partition);
        if (!found) continue;
        const { laCode, caseReference } = 'tombstone' in found ? found.tombstone : found.record;
        if (await removeIfGone(found, laCode, caseReference)) removed++;
      } catch (error) {
        // One case that cannot be removed now must not hold up the others: the next run tries again.
        failed.push(`${partition}: ${(error as Error).name}`);
      }
    }
    return { removed, seen: due.length, failed };
  }

  return { eraseCase, clearGoneCase, sweep };
}

export type RetentionService = ReturnType<typeof createRetentionService>;
