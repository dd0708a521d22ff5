import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { InvalidInputError } from '../../functions/core/errors.js';
import { coded, REFUSAL_CODES } from '../../functions/core/refusal-codes.js';
import { parseOrThrow, requiredText } from '../../functions/core/validation.js';

// Every refusal the core makes names its rule with a code and the values it needs, so the edges
// word it without reading the core's English (issue 20).

const issuesOf = (schema: z.ZodType, input: unknown) => {
  try {
    parseOrThrow(schema, input, 'input');
  } catch (error) {
    return (error as InvalidInputError).issues;
  }
  throw new Error('expected a refusal');
};

describe("zod's own checks, read as refusal codes", () => {
  const schema = z.object({
    name: requiredText(5),
    places: z.number().int('whole').min(0, 'x').max(9, 'y'),
    kind: z.enum(['A', 'B']),
    tags: z.array(z.string()).max(1, 'z'),
  });

  it('names each with its code and values', () => {
    expect(issuesOf(schema, { name: 'toolong', places: 10, kind: 'C', tags: ['a', 'b'] })).toEqual([
      expect.objectContaining({ field: 'input.name', code: 'TOO_LONG', params: { max: 5 } }),
      expect.objectContaining({ field: 'input.places', code: 'TOO_LARGE', params: { max: 9 } }),
      expect.objectContaining({ field: 'input.kind', code: 'NOT_ONE_OF', params: { values: ['A', 'B'] } }),
      expect.objectContaining({ field: 'input.tags', code: 'TOO_MANY', params: { max: 1 } }),
    ]);
    expect(issuesOf(schema, { name: ' ', places: 1.5, kind: 'A', tags: [] })).toEqual([
      expect.objectContaining({ field: 'input.name', code: 'REQUIRED' }),
      expect.objectContaining({ field: 'input.places', code: 'NOT_WHOLE_NUMBER' }),
    ]);
    expect(issuesOf(schema, { name: 'a\u0007', places: -1, tags: [] })).toEqual([
      expect.objectContaining({ field: 'input.name', code: 'NOT_CLEAN_TEXT' }),
      expect.objectContaining({ field: 'input.places', code: 'TOO_SMALL', params: { min: 0 } }),
      expect.objectContaining({ field: 'input.kind', code: 'REQUIRED' }),
    ]);
  });

  it("carries a rule's own code and values, and keeps its words as the message", () => {
    const rule = z
      .number()
      .refine((n) => n < 3, coded('VACANCIES_OVER_PLACES', 'must not be above places (3)', { places: 3 }));
    expect(issuesOf(z.object({ vacancies: rule }), { vacancies: 4 })).toEqual([
      {
        field: 'input.vacancies',
        code: 'VACANCIES_OVER_PLACES',
        params: { places: 3 },
        message: 'must not be above places (3)',
      },
    ]);
  });

  it('holds no code twice', () => {
    expect(new Set(REFUSAL_CODES).size).toBe(REFUSAL_CODES.length);
  });
});

describe('the rules of the core', () => {
  const CORE = join(import.meta.dirname, '..', '..', 'functions', 'core');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );
  /** The text of each call to `name(` in `source`, to its closing parenthesis. */
  const calls = (source: string, name: string): string[] => {
    const found: string[] = [];
    for (let at = source.indexOf(name); at >= 0; at = source.indexOf(name, at + 1)) {
      let depth = 0;
      let end = at + name.length - 1;
      do {
        const c = source[end];
        if (c === '(') depth++;
        if (c === ')') depth--;
        end++;
      } while (depth > 0 && end < source.length);
      found.push(source.slice(at, end));
    }
    return found;
  };

  it('give every refinement a code: an uncoded one would reach a client as an internal error', () => {
    const found = files(CORE).flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return [...calls(source, '.refine('), ...calls(source, '.addIssue(')].map((call) => ({
        call,
        where: `${file.slice(CORE.length + 1)}: ${call.slice(0, 80)}`,
      }));
    });
    // The scan sees the rules (a broken scan would find none and pass).
    expect(found.length).toBeGreaterThan(30);
    expect(found.filter(({ call }) => !call.includes('coded(')).map(({ where }) => where)).toEqual([]);
  });
});
