import type { Capacity } from '../model.js';
import type { CapacityStatus, EntryCapacity } from './model.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How a provision's capacity reads for a list. Figures not confirmed by the setting or the LA
 * (census imports, synthetic data) or older than `freshDays` are UNCONFIRMED, whatever they say.
 */
export function capacityStatus(
  capacity: Capacity | null,
  now: Date,
  freshDays: number,
  ncYear: number | null = null,
  /** Open consultations in OpenPlace (Provision.openConsultations), added to the stated figure. */
  openConsultations = 0,
): EntryCapacity {
  if (!capacity) {
    return {
      status: 'UNCONFIRMED',
      places: null,
      onRoll: null,
      vacancies: null,
      vacanciesInYear: null,
      pendingConsultations: null,
      lastConfirmedAt: null,
      source: null,
    };
  }
  const yearFigure =
    ncYear === null || capacity.vacanciesByYear.length === 0
      ? null
      : (capacity.vacanciesByYear.find((y) => y.year === ncYear)?.vacancies ?? 0);
  const live = capacity.source === 'SETTING' || capacity.source === 'LA';
  const lastConfirmedAt = lastConfirmedAtOf(capacity);
  const fresh = now.getTime() <= Date.parse(freshUntil(capacity, freshDays));
  const free = yearFigure ?? capacity.vacancies;
  // Requests under way: those stated (from councils outside OpenPlace) and those OpenPlace counts.
  const pending = capacity.pendingConsultations + openConsultations;
  let status: CapacityStatus;
  if (!live || !fresh) status = 'UNCONFIRMED';
  else if (free === 0) status = 'FULL';
  // Few places, or more LAs already consulting than places free: a place is not to be counted on.
  else if (free <= 1 || pending >= free) status = 'LIMITED';
  else status = 'AVAILABLE';
  return {
    status,
    places: capacity.places,
    onRoll: capacity.onRoll,
    vacancies: capacity.vacancies,
    vacanciesInYear: yearFigure,
    pendingConsultations: pending,
    lastConfirmedAt,
    source: capacity.source,
  };
}

/** When figures were last stated or confirmed as still correct: the later of the two. */
export function lastConfirmedAtOf(capacity: Pick<Capacity, 'updatedAt' | 'confirmedAt'>): string {
  return capacity.confirmedAt && capacity.confirmedAt > capacity.updatedAt
    ? capacity.confirmedAt
    : capacity.updatedAt;
}

/** The last instant figures count as fresh on a list: `freshDays` after they were last stated or confirmed. */
export function freshUntil(capacity: Pick<Capacity, 'updatedAt' | 'confirmedAt'>, freshDays: number): string {
  return new Date(Date.parse(lastConfirmedAtOf(capacity)) + freshDays * DAY_MS).toISOString();
}
