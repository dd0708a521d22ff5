import { hkdfSync } from 'node:crypto';
import type { CaseKeyring } from '../../functions/store/case-keys.js';

// Sealing the pages' cookies: JWE (dir, A256GCM) under a key derived from the session keyring
// (Secrets Manager in AWS, .openplace/ locally), so a cookie can be neither read nor forged. The
// key's id is in the header: after a rotation, cookies sealed under a previous key still open
// until they expire, and new ones are sealed under the current key.

export interface Sealer {
  seal<T extends { exp: number }>(purpose: string, value: T): Promise<string>;
  /** The value, or null if the cookie is missing, forged, sealed for another purpose, or expired. */
  open<T extends { exp: number }>(purpose: string, sealed: string | undefined, now: Date): Promise<T | null>;
}

function derive(secret: Buffer): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secret, new Uint8Array(0), 'openplace-session-cookie', 32));
}

export function createSealer(ring: CaseKeyring): Sealer {
  const keys = new Map([ring.current, ...ring.previous].map((k) => [k.id, derive(k.secret)]));
  const currentKey = keys.get(ring.current.id) as Uint8Array;
  return {
    async seal(purpose, value) {
      const { EncryptJWT } = await import('jose');
      return new EncryptJWT({ ...value, purpose })
        .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid: ring.current.id })
        .setExpirationTime(value.exp)
        .encrypt(currentKey);
    },
    async open(purpose, sealed, now) {
      if (!sealed) return null;
      // jose is loaded on the first staff request, not at cold start: most requests are families'.
      const { jwtDecrypt } = await import('jose');
      try {
        const { payload } = await jwtDecrypt(
          sealed,
          (header) => {
            const key = header.kid ? keys.get(header.kid) : undefined;
            if (!key) throw new Error('unknown key');
            return key;
          },
          { currentDate: now, keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] },
        );
        if (payload.purpose !== purpose) return null;
        const { purpose: _purpose, ...value } = payload;
        return value as never;
      } catch {
        return null;
      }
    },
  };
}
