import { createHash, randomBytes } from 'node:crypto';
import type { FamilyLinkRecord } from '../core/lists/model.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A family link's token: the list's id, so the link opens it in one read, and 32 random bytes,
 * so it cannot be guessed. Only the token's hash is stored.
 */
export const FAMILY_TOKEN = /^([^.]{1,80})\.[A-Za-z0-9_-]{43}$/;

export function newLink(listId: string, at: Date, days: number): { token: string; link: FamilyLinkRecord } {
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

export function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
