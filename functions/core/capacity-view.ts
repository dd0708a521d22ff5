import type { CapacityView, Provision } from './model.js';

// A provision's capacity as people read it (the API's Capacity and the staff pages alike): the
// figures a person stated, beside the open consultations OpenPlace counts itself.

/** The capacity as read: the stated figures with OpenPlace's own count of open consultations; null with no figures. */
export function capacityViewOf(
  provision: Pick<Provision, 'capacity' | 'openConsultations'>,
): CapacityView | null {
  return provision.capacity ? { ...provision.capacity, inOpenPlace: provision.openConsultations ?? 0 } : null;
}

/** Requests from councils under way: as stated (outside OpenPlace), as counted in OpenPlace, and both. */
export function pendingConsultationsOf(capacity: CapacityView): {
  outside: number;
  inOpenPlace: number;
  total: number;
} {
  const inOpenPlace = capacity.inOpenPlace ?? 0;
  return {
    outside: capacity.pendingConsultations,
    inOpenPlace,
    total: capacity.pendingConsultations + inOpenPlace,
  };
}
