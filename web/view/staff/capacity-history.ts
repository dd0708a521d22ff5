import type { Capacity, CapacityChange, Provision, Setting } from '../../../functions/core/model.js';
import { CHANGE_KIND_WORDS, ROLE_WORDS, SOURCE_WORDS } from '../../../functions/core/words.js';
import { countWords, instantWithTime, yearWords } from './words.js';

// A provision's capacity history, a page at a time, as plain data for its template.

/** One page of a provision's capacity history as plain data. */
export function historyModel(input: {
  setting: Pick<Setting, 'id' | 'name'>;
  provision: Pick<Provision, 'id' | 'name'>;
  changes: readonly CapacityChange[];
  nextCursor: string | null;
  isFirstPage: boolean;
}) {
  const base = `/settings/${encodeURIComponent(input.setting.id)}`;
  const path = `${base}/provisions/${encodeURIComponent(input.provision.id)}/history`;
  return {
    settingName: input.setting.name,
    settingPath: base,
    provisionName: input.provision.name,
    entries: input.changes.map((c) => ({
      version: c.version,
      when: instantWithTime(c.changedAt),
      kind: CHANGE_KIND_WORDS[c.kind],
      who: c.changedByRole
        ? `${ROLE_WORDS[c.changedByRole]} (account ${c.changedBy})`
        : 'An import, not a person',
      before: c.before ? figuresLine(c.before) : 'No figures',
      after: figuresLine(c.after),
      source: SOURCE_WORDS[c.after.source],
      note: c.after.note,
    })),
    nextPath: input.nextCursor ? `${path}?after=${encodeURIComponent(input.nextCursor)}` : null,
    firstPath: input.isFirstPage ? null : path,
  };
}

/** "12 places, 13 on roll, 0 free; Year 3: 1; 2 requests outside OpenPlace". */
export function figuresLine(c: Capacity): string {
  const parts = [
    `${countWords(c.places, 'place', 'places')}, ${c.onRoll.toLocaleString('en-GB')} on roll, ${c.vacancies.toLocaleString('en-GB')} free`,
  ];
  if (c.vacanciesByYear.length > 0) {
    parts.push(
      `free by year: ${c.vacanciesByYear.map((y) => `${yearWords(y.year)} ${y.vacancies}`).join(', ')}`,
    );
  }
  parts.push(`${countWords(c.pendingConsultations, 'request', 'requests')} from councils outside OpenPlace`);
  return parts.join('; ');
}
