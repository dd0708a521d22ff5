// Writing CSV for people to open in a spreadsheet (the reference builder's csvCell writes data
// files for machines, with no formula guard). RFC 4180: fields quoted when they hold a comma, a
// quote or a line break, quotes doubled, records ended by CRLF. A spreadsheet runs a cell that
// starts with = + - @ (or a tab or carriage return before one) as a formula, so such a cell gets a
// leading apostrophe (numbers are written as they are): a school or district name typed as "=HYPERLINK(…)" stays text (OWASP, "CSV
// injection").

export type CsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, neutralised and quoted as needed; null is an empty field. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Records as CSV text, each ended by CRLF; an empty record is a blank line. No byte-order mark:
 * an edge serving it as a download should prefix one ("\uFEFF"), or Excel reads UTF-8 as ANSI.
 */
export function csvText(records: readonly (readonly CsvValue[])[]): string {
  return records.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
