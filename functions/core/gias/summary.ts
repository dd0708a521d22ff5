import { OPTIONAL_COLUMNS, SEN_COLUMNS } from './columns.js';

// The import's summary: counts, the optional columns the file lacked, and the reasons rows were
// skipped, rejected or imported with a warning, grouped, with the CSV line numbers of the rows
// (the first few of each group).

/** Line numbers kept per reason: enough to find the rows, bounded for a 50,000-row file. */
export const LINES_KEPT = 20;

export interface ReasonGroup {
  count: number;
  lines: number[];
}

export type ReasonGroups = Record<string, ReasonGroup>;

export interface ImportSummary {
  extractDate: string;
  dryRun: boolean;
  /** False when a dry run had no table to compare with: every valid row counts as new. */
  comparedWithRegister: boolean;
  laCodes: string[] | null;
  /** Optional columns the file lacked (see OPTIONAL_COLUMNS): their defaults were used. */
  missingColumns: string[];
  rows: number;
  outsideLas: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  rejected: number;
  skippedBecause: ReasonGroups;
  rejectedBecause: ReasonGroups;
  warnings: ReasonGroups;
  /** How many updated settings changed in each field. */
  changedFields: Record<string, number>;
}

export function emptySummary(args: {
  extractDate: string;
  dryRun: boolean;
  comparedWithRegister: boolean;
  laCodes: readonly string[] | null;
}): ImportSummary {
  return {
    extractDate: args.extractDate,
    dryRun: args.dryRun,
    comparedWithRegister: args.comparedWithRegister,
    laCodes: args.laCodes ? [...args.laCodes] : null,
    missingColumns: [],
    rows: 0,
    outsideLas: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    rejected: 0,
    skippedBecause: {},
    rejectedBecause: {},
    warnings: {},
    changedFields: {},
  };
}

/** Adds one row's line under a reason. */
export function addReason(groups: ReasonGroups, reason: string, line: number): void {
  const group = groups[reason] ?? { count: 0, lines: [] };
  group.count += 1;
  if (group.lines.length < LINES_KEPT) group.lines.push(line);
  groups[reason] = group;
}

export interface FormatOptions {
  /** Line numbers shown per reason. */
  linesShown?: number;
  /** Reasons shown per section; the rest are counted in one line. */
  reasonsShown?: number;
}

/** The summary as the CLI prints it. */
export function formatSummary(summary: ImportSummary, options: FormatOptions = {}): string {
  const linesShown = options.linesShown ?? 10;
  const reasonsShown = options.reasonsShown ?? 25;
  const would = summary.dryRun ? 'would be ' : '';
  const out: string[] = [];
  out.push(
    `GIAS import of the extract of ${summary.extractDate}${summary.dryRun ? ' (dry run: nothing written)' : ''}`,
  );
  out.push(`  ${pad('rows read')} ${summary.rows}`);
  if (summary.laCodes) {
    out.push(
      `  ${pad('other LAs')} ${summary.outsideLas}  (outside --la ${summary.laCodes.join(', ')}: not looked at)`,
    );
  }
  out.push(`  ${pad(`${would}created`)} ${summary.created}`);
  out.push(`  ${pad(`${would}updated`)} ${summary.updated}`);
  out.push(`  ${pad('unchanged')} ${summary.unchanged}`);
  out.push(`  ${pad('skipped')} ${summary.skipped}  (not imported by design)`);
  out.push(`  ${pad('rejected')} ${summary.rejected}  (invalid rows: nothing written for them)`);
  if (!summary.comparedWithRegister) {
    out.push('  No table to compare with: every valid row is counted as new.');
  }
  if (summary.missingColumns.length > 0) {
    out.push('\nColumns not in the file (optional: the import did without them):');
    for (const [effect, columns] of groupedByEffect(summary.missingColumns)) {
      out.push(`  ${columns} — ${effect}`);
    }
  }
  const changed = Object.entries(summary.changedFields).sort((a, b) => b[1] - a[1]);
  if (changed.length > 0) {
    out.push(`\nWhat changed in the ${would}updated settings:`);
    out.push(`  ${changed.map(([field, count]) => `${field} ${count}`).join(', ')}`);
  }
  section(
    out,
    'Rejected (fix in GIAS or by hand; CSV line numbers)',
    summary.rejectedBecause,
    linesShown,
    reasonsShown,
  );
  section(out, 'Skipped', summary.skippedBecause, linesShown, reasonsShown);
  section(out, 'Imported with warnings', summary.warnings, linesShown, reasonsShown);
  return out.join('\n');
}

/** Missing columns that have the same effect, on one line; all thirteen SEN columns as a range. */
function groupedByEffect(columns: readonly string[]): [effect: string, columns: string][] {
  const groups = new Map<string, string[]>();
  for (const column of columns) {
    const effect = OPTIONAL_COLUMNS[column] ?? 'not read';
    groups.set(effect, [...(groups.get(effect) ?? []), column]);
  }
  return [...groups].map(([effect, names]) => [
    effect,
    names.length === SEN_COLUMNS.length && SEN_COLUMNS.every((c) => names.includes(c))
      ? `${SEN_COLUMNS[0]} … ${SEN_COLUMNS.at(-1)}`
      : names.join(', '),
  ]);
}

function section(
  out: string[],
  title: string,
  groups: ReasonGroups,
  linesShown: number,
  reasonsShown: number,
) {
  const entries = Object.entries(groups).sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
  if (entries.length === 0) return;
  out.push(`\n${title}:`);
  for (const [reason, group] of entries.slice(0, reasonsShown)) {
    out.push(`  ${String(group.count).padStart(6)}  ${reason} — ${lineList(group, linesShown)}`);
  }
  const rest = entries.slice(reasonsShown);
  if (rest.length > 0) {
    const rows = rest.reduce((total, [, group]) => total + group.count, 0);
    out.push(`  … and ${rest.length} more reasons (${rows} rows)`);
  }
}

function lineList(group: ReasonGroup, shown: number): string {
  const lines = group.lines.slice(0, shown);
  const more = group.count - lines.length;
  const word = group.count === 1 ? 'line' : 'lines';
  return `${word} ${lines.join(', ')}${more > 0 ? ` … and ${more} more` : ''}`;
}

function pad(label: string): string {
  return label.padEnd(18);
}
