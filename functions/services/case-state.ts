import { isExpired } from '../core/journey/retention.js';
import type { GoneCase, VersionedCase } from '../store/journey-store.js';

/**
 * A case as every read sees it: live, gone (its tombstone is there — it is being erased or removed
 * — or its expiry has passed and the sweeper has not yet reached it), or never made (null).
 */
export function caseState(found: VersionedCase | GoneCase | null, now: Date): VersionedCase | 'gone' | null {
  if (!found) return null;
  if ('tombstone' in found || isExpired(found.expiresAt, now)) return 'gone';
  return found;
}
