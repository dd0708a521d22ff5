import { NEEDS, type NeedCode } from '../../../functions/core/needs.js';
import { instantInWords } from '../format.js';

// Words and small formats the staff pages share: needs, year groups, counts, an instant with its
// time. (The family pages' are ../format.ts's, where their readability is checked.)

/** A need in words, with its code: "Autistic spectrum disorder (ASD)". */
export function needWords(code: NeedCode): string {
  return `${NEEDS[code].name} (${code})`;
}

/** A national-curriculum year in words: 0 is Reception. */
export function yearWords(ncYear: number): string {
  return ncYear === 0 ? 'Reception' : `Year ${ncYear}`;
}

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});

/** "22 November 2026 at 3:05pm" (London). */
export function instantWithTime(iso: string): string {
  const time = LONDON_TIME.format(new Date(iso)).replace(/\s/g, '').toLowerCase();
  return `${instantInWords(iso)} at ${time}`;
}

/** "1 place" / "3,000 places". */
export function countWords(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** A council in words, its code after its name ("West Sussex (938)"); the code alone if it has no name. */
export function councilWords(code: string, laName: (code: string) => string | null | undefined): string {
  const name = laName(code);
  return name ? `${name} (${code})` : `LA ${code}`;
}

/**
 * What a register search within a form found: "3 settings found for “oak”", or, when there were
 * more than it shows, "Showing the first 10 settings found for “oak” — add a word to narrow it".
 */
export function searchFoundWords(count: number, capped: boolean, q: string): string {
  if (capped) return `Showing the first ${count} settings found for “${q}” — add a word to narrow it`;
  return `${countWords(count, 'setting', 'settings')} found for “${q}”`;
}
