// The extract's date: GIAS names its daily file edubasealldataYYYYMMDD.csv.

const FILE_NAME_DATE = /edubasealldata(\d{4})(\d{2})(\d{2})/i;

/** "…/edubasealldata20250422.csv" → "2025-04-22"; null when the name carries no real date. */
export function extractDateFromFileName(path: string): string | null {
  const match = FILE_NAME_DATE.exec(path.split(/[\\/]/).pop() ?? '');
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isCalendarDate(date) ? date : null;
}

/** True for a real YYYY-MM-DD date (not 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** The timestamp recorded for figures taken from an extract: midnight UTC of its date. */
export function extractTimestamp(date: string): string {
  return `${date}T00:00:00.000Z`;
}
