import { describe, expect, it } from 'vitest';
import { SEN_COLUMNS } from '../../functions/core/gias/columns.js';
import { addReason, emptySummary, formatSummary, LINES_KEPT } from '../../functions/core/gias/summary.js';

const summaryOf = (
  overrides: { dryRun?: boolean; comparedWithRegister?: boolean; laCodes?: string[] | null } = {},
) =>
  emptySummary({
    extractDate: '2025-04-22',
    dryRun: overrides.dryRun ?? false,
    comparedWithRegister: overrides.comparedWithRegister ?? true,
    laCodes: overrides.laCodes ?? null,
  });

describe('import summary', () => {
  it('counts every row of a reason but keeps only the first line numbers', () => {
    const groups = {};
    for (let line = 2; line < 2 + LINES_KEPT + 30; line++) addReason(groups, 'missing URN', line);
    expect(groups).toEqual({
      'missing URN': { count: LINES_KEPT + 30, lines: Array.from({ length: LINES_KEPT }, (_, i) => i + 2) },
    });
  });

  it('prints the counts and each reason with its line numbers, most frequent first', () => {
    const summary = {
      ...summaryOf(),
      rows: 9,
      created: 3,
      updated: 1,
      unchanged: 2,
      skipped: 1,
      rejected: 2,
    };
    addReason(summary.rejectedBecause, 'missing URN', 11);
    addReason(summary.rejectedBecause, 'unknown SEN code "XYZ"', 15);
    addReason(summary.rejectedBecause, 'unknown SEN code "XYZ"', 17);
    addReason(summary.skippedBecause, 'proposed to open: not a setting yet', 10);
    summary.changedFields = { capacity: 1, name: 1 };
    const text = formatSummary(summary);
    expect(text).toContain('GIAS import of the extract of 2025-04-22');
    expect(text).toMatch(/created\s+3/);
    expect(text).toMatch(/updated\s+1/);
    expect(text).toMatch(/unchanged\s+2/);
    expect(text).toMatch(/skipped\s+1/);
    expect(text).toMatch(/rejected\s+2/);
    expect(text).toContain('capacity 1, name 1');
    const rejected = text.slice(text.indexOf('Rejected'));
    expect(rejected.indexOf('unknown SEN code "XYZ" — lines 15, 17')).toBeGreaterThan(0);
    expect(rejected.indexOf('missing URN — line 11')).toBeGreaterThan(rejected.indexOf('XYZ'));
    expect(text).toContain('proposed to open: not a setting yet — line 10');
  });

  it('truncates long lists of lines and of reasons', () => {
    const summary = summaryOf();
    for (let line = 2; line < 40; line++) addReason(summary.rejectedBecause, 'no coordinates', line);
    for (let code = 0; code < 5; code++)
      addReason(summary.rejectedBecause, `unknown SEN code "X${code}"`, 100 + code);
    const text = formatSummary(summary, { linesShown: 3, reasonsShown: 2 });
    expect(text).toContain('no coordinates — lines 2, 3, 4 … and 35 more');
    expect(text).toContain('… and 4 more reasons (4 rows)');
  });

  it('says when nothing was written and what a dry run could not compare', () => {
    const text = formatSummary({
      ...summaryOf({ dryRun: true, comparedWithRegister: false, laCodes: ['938'] }),
      outsideLas: 7,
    });
    expect(text).toContain('dry run: nothing written');
    expect(text).toMatch(/would be created\s+0/);
    expect(text).toContain('every valid row is counted as new');
    expect(text).toMatch(/other LAs\s+7 {2}\(outside --la 938/);
  });

  it('lists the optional columns the file lacked with what the import did without them', () => {
    const summary = {
      ...summaryOf(),
      missingColumns: ['Locality', 'Address3', 'Boarders (name)', ...SEN_COLUMNS],
    };
    const text = formatSummary(summary);
    expect(text).toContain('Columns not in the file (optional: the import did without them):');
    expect(text).toContain('  Locality, Address3 — address lines are read from the other address columns');
    expect(text).toContain('  Boarders (name) — a new setting is recorded as day only;');
    expect(text).toContain('  SEN1 (name) … SEN13 (name) — needs are read from the SEN columns there are;');
  });

  it('says nothing of columns when the file has them all', () => {
    expect(formatSummary(summaryOf())).not.toContain('Columns not in the file');
  });
});
