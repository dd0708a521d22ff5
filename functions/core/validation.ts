import type * as z from 'zod';
import { type FieldIssue, InvalidInputError } from './errors.js';

/** Parses with a zod schema, turning its issues into field-named InvalidInputError. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, root: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    field: [root, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw new InvalidInputError(issues);
}

/** Trims, and treats an empty string as absent: what a form sends for an untouched box. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
