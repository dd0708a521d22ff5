import type { Setting } from '../model.js';

// A list is searched over the register's static facts held in memory (core/register-memory), and
// the live figures — capacity as stated or confirmed, and consultations under way — are read for
// the few settings that matter, once per list, and laid over them here.

/**
 * The setting with each provision's live figures taken from `live` (the same setting as just read
 * from the table), matched by provision id; a provision `live` does not have keeps none. A new
 * object, so evaluations memoised for the static setting are not reused for it.
 */
export function withLiveFigures(setting: Setting, live: Setting | undefined): Setting {
  const byId = new Map((live?.provisions ?? []).map((p) => [p.id, p]));
  return {
    ...setting,
    provisions: setting.provisions.map((p) => {
      const fresh = byId.get(p.id);
      if (!fresh) return p;
      return {
        ...p,
        capacity: fresh.capacity,
        capacityVersion: fresh.capacityVersion,
        ...(fresh.openConsultations ? { openConsultations: fresh.openConsultations } : {}),
      };
    }),
  };
}
