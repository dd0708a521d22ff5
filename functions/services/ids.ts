import { randomBytes } from 'node:crypto';
import type { Ids } from '../core/register.js';
import { provisionId } from '../store/keys.js';

const ALPHABET = 'abcdefghjkmnpqrstvwxyz0123456789';

function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/** Short, URL-safe random ids: 12 characters from 32 gives 60 bits, ample for a register. */
export const randomIds: Ids = {
  setting: () => `s_${randomToken(12)}`,
  provision: (settingId) => provisionId(settingId, `p_${randomToken(6)}`),
};

const newId = (prefix: string) => () => `${prefix}_${randomBytes(9).toString('base64url')}`;

/** The journey's ids: events, family choices, consultations and decisions. */
export const journeyIds = {
  eventId: newId('ev'),
  choiceId: newId('fc'),
  consultationId: newId('cn'),
  decisionId: newId('pd'),
};
