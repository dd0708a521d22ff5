import * as z from 'zod';
import { laCodeField } from './la-code.js';
import { coded } from './refusal-codes.js';
import type { LocalRightsInfo } from './rights-statement.js';
import { isPhoneNumber, parseOrThrow, requiredText } from './validation.js';

// A form sends '' for a box left empty: that means "not given".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullish());

const localRightsInput = z.object({
  laCode: laCodeField,
  sendiass: z
    .object({
      name: requiredText(120),
      phone: optional(
        z
          .string()
          .trim()
          .max(40, 'must be at most 40 characters')
          .refine(
            isPhoneNumber,
            coded('BAD_FORMAT', 'must be a phone number: digits, spaces and + ( ) -, with 10 to 13 digits', {
              format: 'phone',
            }),
          ),
      ),
      email: optional(z.email('must be an email address').max(120, 'must be at most 120 characters')),
      website: optional(
        z
          .url({ protocol: /^https$/, message: 'must be an https:// address' })
          .max(200, 'must be at most 200 characters'),
      ),
    })
    .nullish(),
  notes: z.array(requiredText(300)).max(5, 'must have at most 5 notes').nullish(),
});

/** Validates what an LA adds under the statement. Throws InvalidInputError naming each field at fault. */
export function parseLocalRightsInfo(input: unknown): LocalRightsInfo {
  const r = parseOrThrow(localRightsInput, input, 'input');
  return {
    laCode: r.laCode,
    sendiass: r.sendiass
      ? {
          name: r.sendiass.name,
          phone: r.sendiass.phone ?? null,
          email: r.sendiass.email ?? null,
          website: r.sendiass.website ?? null,
        }
      : null,
    notes: r.notes ?? [],
  };
}
