import { CapacityConflictError, NotFoundError } from './errors.js';
import type { ActorRole, Capacity, CapacityChange, Provision, Setting } from './model.js';

/** Who changes the figures, acting in which role, and when (an ISO instant). */
export interface CapacityActor {
  subject: string;
  role: ActorRole;
  at: string;
}

/** What one accepted capacity change makes: the setting to write, its history entry, the provision. */
export interface CapacityChangeDecision {
  setting: Setting;
  change: CapacityChange;
  provision: Provision;
}

/**
 * The decision of a capacity change, pure: the provision must still be at `expectedVersion`
 * (CONFLICT otherwise, naming the figures it moved to), and moves to the next version with the
 * figures `figuresFor` gives (a statement, or a confirmation of the same figures), recorded in its
 * history. Only this provision changes: a change to another provision or to the setting's details
 * made meanwhile is kept, because the store re-reads the setting before deciding again.
 */
export function decideCapacityChange(args: {
  setting: Setting | null;
  provisionId: string;
  expectedVersion: number;
  kind: CapacityChange['kind'];
  by: CapacityActor;
  figuresFor: (provision: Provision) => Capacity;
}): CapacityChangeDecision {
  const { setting, provisionId, expectedVersion, kind, by } = args;
  const provision = setting?.provisions.find((p) => p.id === provisionId);
  if (!setting || !provision) throw new NotFoundError('Provision', provisionId);
  if (provision.capacityVersion !== expectedVersion) {
    throw new CapacityConflictError(
      provision.id,
      expectedVersion,
      provision.capacityVersion,
      provision.capacity,
    );
  }
  const after = args.figuresFor(provision);
  const change: CapacityChange = {
    provisionId: provision.id,
    settingId: setting.id,
    version: provision.capacityVersion + 1,
    before: provision.capacity,
    after,
    changedAt: by.at,
    changedBy: by.subject,
    changedByRole: by.role,
    kind,
  };
  const updated: Provision = { ...provision, capacity: after, capacityVersion: change.version };
  return {
    setting: { ...setting, provisions: setting.provisions.map((p) => (p.id === provision.id ? updated : p)) },
    change,
    provision: updated,
  };
}
