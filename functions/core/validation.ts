import * as z from 'zod';
import { type FieldIssue, InvalidInputError } from './errors.js';
import { coded, type RefusalCode, type RefusalParams } from './refusal-codes.js';

/** Parses with a zod schema, turning its issues into field-named, coded InvalidInputError. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, root: string): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw new InvalidInputError(fieldIssues(result.error, root));
}

/**
 * What a schema refuses in an input, as coded field issues (none when it accepts it): for an edge
 * that shows every refusal of a form at once, beside the ones only it can see.
 */
export function issuesOf(schema: z.ZodType, input: unknown, root: string): FieldIssue[] {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? [] : fieldIssues(result.error, root);
}

function fieldIssues(error: z.ZodError, root: string): FieldIssue[] {
  return error.issues.map((issue) => ({
    // An empty root names the field alone (an argument, not an input object's field).
    field: [root, ...issue.path.map(String)].filter((part) => part !== '').join('.'),
    ...refusalOf(issue),
    message: issue.message,
  }));
}

/**
 * A zod issue as a refusal code and its values: the core's own rules carry theirs (coded()); zod's
 * built-in checks are read from the issue's kind. One place, so no edge reads a message.
 */
export function refusalOf(issue: z.core.$ZodIssue): { code: RefusalCode; params: RefusalParams } {
  switch (issue.code) {
    case 'custom': {
      const own = issue.params as { refusal?: RefusalCode; values?: RefusalParams } | undefined;
      // Every rule of the core names its code (tests/core/refusal-codes.test.ts): an uncoded one is a bug.
      if (!own?.refusal) throw new Error(`A refinement without a refusal code: "${issue.message}"`);
      return { code: own.refusal, params: own.values ?? {} };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? { code: 'REQUIRED', params: {} } : { code: 'TOO_SHORT', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'TOO_FEW', params: { min } };
      return { code: 'TOO_SMALL', params: { min } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'TOO_LONG', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'TOO_MANY', params: { max } };
      return { code: 'TOO_LARGE', params: { max } };
    }
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return { code: 'REQUIRED', params: {} };
      if (issue.expected === 'int') return { code: 'NOT_WHOLE_NUMBER', params: {} };
      return { code: 'WRONG_TYPE', params: { expected: issue.expected } };
    case 'invalid_value':
      if (issue.input === undefined || issue.input === null) return { code: 'REQUIRED', params: {} };
      return { code: 'NOT_ONE_OF', params: { values: issue.values.map(String) } };
    case 'invalid_format':
      return { code: 'BAD_FORMAT', params: { format: issue.format } };
    default:
      return { code: 'WRONG_TYPE', params: { expected: issue.code } };
  }
}

/** Trims, and treats an empty string as absent: what a form sends for an untouched box. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

// Control characters other than tab, line feed and carriage return; lone UTF-16 surrogates (text
// that is not valid Unicode, which DynamoDB and browsers treat differently). Ordinary Unicode —
// accents, Welsh, emoji — is accepted.
const ALLOWED_CONTROL = new Set([0x09, 0x0a, 0x0d]);
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && !ALLOWED_CONTROL.has(code)) || code === 0x7f) return true;
  }
  return false;
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `value` is text a person could have typed: no control characters, valid Unicode. */
export function isCleanText(value: string): boolean {
  return !hasControlCharacter(value) && !LONE_SURROGATE.test(value);
}

const CLEAN_TEXT_MESSAGE = 'must be ordinary text: no control characters or broken characters';

/**
 * The one validator for free text (names, notes, reasons, addresses), used by every input that
 * takes any: trimmed, within `max` characters, and clean text; refuses an empty value.
 */
export function requiredText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine(isCleanText, coded('NOT_CLEAN_TEXT', CLEAN_TEXT_MESSAGE));
}

/** As requiredText, but may be absent, null or empty. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine(isCleanText, coded('NOT_CLEAN_TEXT', CLEAN_TEXT_MESSAGE))
    .nullish();
}

/**
 * A phone number as people write one: digits, spaces and + ( ) - only, with 10 to 13 digits (a UK
 * number has 10 or 11; with +44 or another country's code, up to 13).
 */
export function isPhoneNumber(text: string): boolean {
  if (!/^[\d\s+()-]+$/.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 10 && digits <= 13;
}

/** An optional phone number (isPhoneNumber); blank is none. */
export const optionalPhone = z
  .string()
  .trim()
  .max(40, 'must be at most 40 characters')
  .refine(
    (s) => s === '' || isPhoneNumber(s),
    coded('BAD_FORMAT', 'must be a phone number: digits, spaces and + ( ) -, with 10 to 13 digits', {
      format: 'phone',
    }),
  )
  .nullish();

/** Longer than any id this API gives out: an id past it is refused before it reaches a key. */
export const MAX_ID_LENGTH = 100;

/** True when `id` could be one of ours: not empty, not over MAX_ID_LENGTH, clean text. */
export function isPlausibleId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_ID_LENGTH && isCleanText(id);
}

/** Refuses an id that cannot be one of ours, naming the argument it came in. */
export function requirePlausibleId(id: string, field: string): void {
  if (!isPlausibleId(id)) {
    throw new InvalidInputError([
      {
        field,
        code: 'NOT_AN_ID',
        params: { max: MAX_ID_LENGTH },
        message: `is not an id this API gave out (ids are at most ${MAX_ID_LENGTH} characters)`,
      },
    ]);
  }
}

/** The issue of a count outside 1 to `max` (OUT_OF_RANGE on `field`), or null: a page size, a number of days, weeks or places. */
export function wholeNumberIssue(field: string, value: number, max: number): FieldIssue | null {
  if (Number.isInteger(value) && value >= 1 && value <= max) return null;
  return {
    field,
    code: 'OUT_OF_RANGE',
    params: { min: 1, max },
    message: `must be a whole number from 1 to ${max}`,
  };
}

/** Refuses (OUT_OF_RANGE on `field`) a count that is not a whole number from 1 to `max`. */
export function assertWholeNumber(field: string, value: number, max: number): void {
  const issue = wholeNumberIssue(field, value, max);
  if (issue) throw new InvalidInputError([issue]);
}
