import * as z from 'zod';
import { InvalidInputError } from './errors.js';

// The DfE's LA code (e.g. "938" for West Sussex), stated once: the API's inputs, the pages, the
// command-line tools and the officer's permission checks all read it through here.

const LA_CODE = /^\d{3}$/;
const LA_CODE_RULE = 'must be a 3-digit DfE LA code, e.g. "938"';

/** A 3-digit DfE LA code. */
export function isLaCode(value: unknown): value is string {
  return typeof value === 'string' && LA_CODE.test(value);
}

/** A 3-digit DfE LA code, wherever an input takes one (trimmed). */
export const laCodeField = z.string().trim().regex(LA_CODE, LA_CODE_RULE);

/** Refuses (BAD_FORMAT on `field`) anything but a 3-digit DfE LA code: an operation that names an LA. */
export function assertLaCode(value: unknown, field = 'laCode'): asserts value is string {
  if (isLaCode(value)) return;
  throw new InvalidInputError([
    { field, code: 'BAD_FORMAT', params: { format: 'laCode' }, message: LA_CODE_RULE },
  ]);
}
