import * as z from 'zod';

// The DfE's LA code (e.g. "938" for West Sussex), stated once: the API's inputs, the pages, the
// command-line tools and the officer's permission checks all read it through here.

const LA_CODE = /^\d{3}$/;

/** A 3-digit DfE LA code. */
export function isLaCode(value: unknown): value is string {
  return typeof value === 'string' && LA_CODE.test(value);
}

/** A 3-digit DfE LA code, wherever an input takes one (trimmed). */
export const laCodeField = z.string().trim().regex(LA_CODE, 'must be a 3-digit DfE LA code, e.g. "938"');
