import * as z from 'zod';
import type { CapacityContact, Setting } from './model.js';
import { coded } from './refusal-codes.js';
import { isCleanText, parseOrThrow, requiredText } from './validation.js';

/** At most this many people keep one setting's figures: a reminder is one email, not a mailing list. */
export const MAX_CAPACITY_CONTACTS = 5;

const email = z
  .string()
  .trim()
  // A blank address is missing (REQUIRED), not one in the wrong format.
  .min(1, 'must not be empty')
  .max(254, 'must be at most 254 characters')
  // One address, no display name or list: local part, @, a domain with a dot.
  .regex(
    /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>".]{2,}$/,
    'must be an email address, e.g. name@school.example',
  )
  .refine(
    isCleanText,
    coded('BAD_FORMAT', 'must be an email address, e.g. name@school.example', { format: 'email' }),
  );

const contacts = z
  .array(z.object({ name: requiredText(120), email }))
  .max(MAX_CAPACITY_CONTACTS, `must be at most ${MAX_CAPACITY_CONTACTS} people`)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((contact, index) => {
      const key = contact.email.toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: [index, 'email'], ...coded('GIVEN_TWICE', 'is given twice') });
      }
      seen.add(key);
    });
  });

/** Validates the people who keep a setting's figures; names each field at fault (`contacts.1.email`). */
export function parseCapacityContacts(input: unknown): CapacityContact[] {
  return parseOrThrow(contacts, input, 'contacts').map((c) => ({ name: c.name, email: c.email }));
}

/** The setting with these contacts; nothing else changes but its updatedAt. */
export function withCapacityContacts(
  setting: Setting,
  list: readonly CapacityContact[],
  now: string,
): Setting {
  return { ...setting, capacityContacts: list.map((c) => ({ ...c })), updatedAt: now };
}

/** Whether two lists of contacts are the same (so an unchanged list writes nothing). */
export function sameContacts(a: readonly CapacityContact[], b: readonly CapacityContact[]): boolean {
  return a.length === b.length && a.every((c, i) => c.name === b[i]?.name && c.email === b[i]?.email);
}

/** A setting's contacts; none on settings stored before they existed. */
export function capacityContactsOf(setting: Pick<Setting, 'capacityContacts'>): CapacityContact[] {
  return setting.capacityContacts ?? [];
}
