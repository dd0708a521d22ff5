import { dateInWords, londonDate } from '../../functions/core/journey/dates.js';
import type { CapacityStatus, EntryCapacity } from '../../functions/core/lists/model.js';

// Words and small formats the pages show. Pure: the clock is passed in.

/** Capacity status in words, with the GOV.UK tag colour that goes with it. */
export const CAPACITY_WORDS: Readonly<Record<CapacityStatus, { text: string; tagClass: string }>> = {
  AVAILABLE: { text: 'Places free', tagClass: 'govuk-tag--green' },
  LIMITED: { text: 'Few places free', tagClass: 'govuk-tag--yellow' },
  FULL: { text: 'Full: you can still ask for it', tagClass: 'govuk-tag--red' },
  UNCONFIRMED: { text: 'Places not confirmed', tagClass: 'govuk-tag--grey' },
};

/** "3.4 km in a straight line" (one decimal; under 0.1 km reads as 0.1). */
export function distanceWords(km: number): string {
  const rounded = Math.max(0.1, Math.round(km * 10) / 10);
  return `${rounded.toFixed(1)} km in a straight line`;
}

/** The same distance, short, for a card: "3.4 km (straight line)". */
export function distanceShortWords(km: number): string {
  return distanceWords(km).replace(/ in a straight line$/, ' (straight line)');
}

/** A UTC instant as a London date in words: "22 November 2026". */
export function instantInWords(iso: string): string {
  return dateInWords(londonDate(new Date(iso)));
}

/** How fresh an entry's capacity figures are, in words. */
export function freshnessWords(capacity: EntryCapacity, now: Date): string {
  if (!capacity.lastConfirmedAt || capacity.source === null) {
    return 'The school or college has not told us its places yet.';
  }
  const when = instantInWords(capacity.lastConfirmedAt);
  if (capacity.source === 'SETTING' || capacity.source === 'LA') {
    const days = Math.floor((now.getTime() - Date.parse(capacity.lastConfirmedAt)) / 86_400_000);
    const who = capacity.source === 'SETTING' ? 'the school or college' : 'the council';
    const age = days <= 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`;
    return `Last confirmed by ${who} on ${when} (${age}).`;
  }
  return `These figures are estimates from ${when}, not confirmed by the setting.`;
}

/** Free places in words, when the figures are known. */
export function placesWords(capacity: EntryCapacity): string | null {
  const free = capacity.vacanciesInYear ?? capacity.vacancies;
  if (free === null) return null;
  const places = free === 1 ? '1 place free' : `${free} places free`;
  const pending = capacity.pendingConsultations ?? 0;
  if (pending === 0) return `${places}.`;
  return `${places}, with ${pending === 1 ? '1 request' : `${pending} requests`} from councils under way.`;
}
