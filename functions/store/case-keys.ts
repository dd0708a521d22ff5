import { createHash, createHmac } from 'node:crypto';
import type { Key } from './keys.js';

// A case's lists live in one partition named by a keyed hash (HMAC-SHA256) of its LA and case
// reference, under a secret the service holds (Secrets Manager in AWS, .openplace/ locally). So
// nobody who can guess a case reference can compute its list ids or partition. The key's id is
// inside every list id, so a list made under a key that has since been rotated opens as before;
// a case is looked up under every key of the ring, newest first. Lists made before keyed ids
// (plain SHA-256, ids "l_<hash>_<version>") stay readable as the "legacy" member of the ring.

/** One key of the ring: a short id (letters and digits) and its secret. */
export interface CaseKey {
  id: string;
  secret: Buffer;
}

/** The key new lists are made under, and older ones still read. */
export interface CaseKeyring {
  current: CaseKey;
  previous: readonly CaseKey[];
}

const KEY_ID = /^[a-z0-9]{1,8}$/;
const KEYED_LIST_ID = /^l2_([a-z0-9]{1,8})_([A-Za-z0-9_-]{22})_(\d{1,10})$/;
const LEGACY_LIST_ID = /^l_([A-Za-z0-9_-]{22})_(\d{1,10})$/;

export type CaseKeys = ReturnType<typeof createCaseKeys>;

export function createCaseKeys(ring: CaseKeyring) {
  for (const key of [ring.current, ...ring.previous]) {
    if (!KEY_ID.test(key.id)) throw new Error(`A case key id must be 1 to 8 letters or digits: "${key.id}".`);
    if (key.secret.length < 32) throw new Error(`Case key ${key.id} is shorter than 32 bytes.`);
  }
  const byId = new Map([ring.current, ...ring.previous].map((k) => [k.id, k]));

  const keyed = (key: CaseKey, laCode: string, caseReference: string) =>
    createHmac('sha256', key.secret).update(`${laCode}#${caseReference}`).digest('base64url').slice(0, 22);

  return {
    /** The partition new lists of a case are written to. */
    casePartition(laCode: string, caseReference: string): string {
      return `LIST#${ring.current.id}:${keyed(ring.current, laCode, caseReference)}`;
    },

    /** Every partition a case's lists may be in: the current key's first, then older keys', then legacy. */
    casePartitions(laCode: string, caseReference: string): string[] {
      return [
        ...[ring.current, ...ring.previous].map((k) => `LIST#${k.id}:${keyed(k, laCode, caseReference)}`),
        `LIST#${legacyCaseKey(laCode, caseReference)}`,
      ];
    },

    /** A new list's id: the key's id, the case's keyed hash and the version. */
    listId(laCode: string, caseReference: string, version: number): string {
      return `l2_${ring.current.id}_${keyed(ring.current, laCode, caseReference)}_${version}`;
    },

    /** The key of the list an id names (null when it is not a list id, or its key is unknown). */
    listKeyOf(listId: string): Key | null {
      const match = KEYED_LIST_ID.exec(listId);
      if (match?.[1] && match[2] && match[3]) {
        if (!byId.has(match[1])) return null;
        return { pk: `LIST#${match[1]}:${match[2]}`, sk: listVersionKey(Number(match[3])) };
      }
      const legacy = LEGACY_LIST_ID.exec(listId);
      return legacy?.[1] && legacy[2]
        ? { pk: `LIST#${legacy[1]}`, sk: listVersionKey(Number(legacy[2])) }
        : null;
    },
  };
}

/** Every list version's sort key starts so; the case's journey record (sk CASE) does not. */
export const LIST_VERSION_PREFIX = 'V#';

export function listVersionKey(version: number): string {
  return `${LIST_VERSION_PREFIX}${String(version).padStart(10, '0')}`;
}

/** The unkeyed case hash of lists made before keyed ids: read only, never written. */
function legacyCaseKey(laCode: string, caseReference: string): string {
  return createHash('sha256').update(`${laCode}#${caseReference}`).digest('base64url').slice(0, 22);
}

/**
 * Reads a keyring from its stored form, a JSON object naming the current key and holding every
 * key by id: {"currentId":"k2","k2":"<secret>","k1":"<older secret>"}. Secrets are at least 32
 * characters (Secrets Manager generates 64).
 */
export function parseCaseKeyring(json: string): CaseKeyring {
  const parsed = JSON.parse(json) as Record<string, unknown>;
  const currentId = parsed.currentId;
  // Neutral words: the session keyring (web/auth/session.ts) is read by this function too.
  if (typeof currentId !== 'string') throw new Error('The keyring has no currentId.');
  const keys = Object.entries(parsed)
    .filter(([name]) => name !== 'currentId')
    .map(([id, secret]) => {
      if (typeof secret !== 'string') throw new Error(`Key ${id} is not a string.`);
      return { id, secret: Buffer.from(secret, 'utf8') };
    });
  const current = keys.find((k) => k.id === currentId);
  if (!current) throw new Error(`The keyring has no key "${currentId}".`);
  return { current, previous: keys.filter((k) => k !== current) };
}
