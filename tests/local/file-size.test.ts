import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// House rule (STYLE.md): small files named after what they hold, none hand-written over 400 lines.
// A file that grows past it is split by job; one that is one job by nature would be listed here,
// with its reason, and a listed file that shrinks below the limit must leave the list.

const LIMIT = 400;
const ROOTS = ['functions', 'web', 'infra', 'tests', 'schema'];
const KINDS = /\.(ts|js|mjs|graphql|njk|css)$/;
const GENERATED = /(^|\/)(__generated__|node_modules|cdk\.out)(\/|$)/;

/** Files over the limit on purpose, and why: none today. A file listed here needs its reason. */
const EXCEPTIONS: Record<string, string> = {};

function handWritten(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (GENERATED.test(path)) return [];
    if (entry.isDirectory()) return handWritten(path);
    return KINDS.test(entry.name) ? [path] : [];
  });
}

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').length - 1;
const files = [...ROOTS.flatMap(handWritten), ...readdirSync('.').filter((f) => /\.(ts|mjs)$/.test(f))];

describe('file size', () => {
  it(`holds every hand-written file to ${LIMIT} lines, except those listed with a reason`, () => {
    const over = files.filter((f) => lines(f) > LIMIT && !(f in EXCEPTIONS));
    expect(over.map((f) => `${f}: ${lines(f)} lines`)).toEqual([]);
  });

  it('lists only files that are still over the limit', () => {
    expect(Object.keys(EXCEPTIONS).filter((f) => lines(f) <= LIMIT)).toEqual([]);
  });

  it('finds the files it checks (a wrong root would pass silently)', () => {
    expect(files).toContain('functions/core/lists/matching.ts');
    expect(files).toContain('web/views/layout.njk');
    expect(files).toContain('schema/lists.graphql');
    expect(files.some((f) => f.includes('__generated__'))).toBe(false);
  });
});
