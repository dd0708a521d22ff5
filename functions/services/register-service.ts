import {
  actingRoleFor,
  assertCanManageSetting,
  assertCanReadCapacityHistory,
  assertCanReadRegister,
  assertCanUpdateCapacity,
  assertIsOfficer,
  type Caller,
} from '../core/access.js';
import { parseCapacityInput, stateCapacity } from '../core/capacity-input.js';
import { CapacityConflictError, InvalidInputError, NotFoundError } from '../core/errors.js';
import type { CapacityChange, Page, Provision, Setting, SettingStatus } from '../core/model.js';
import { applySettingDraft, type Ids, withStatus } from '../core/register.js';
import type { SettingFilter } from '../core/setting-filter.js';
import { parseSettingInput } from '../core/setting-input.js';
import { isPlausibleId, requirePlausibleId } from '../core/validation.js';
import { settingIdOfProvision } from '../store/keys.js';
import {
  type PageRequest,
  type RegisterStore,
  StaleSettingError,
  type VersionedSetting,
} from '../store/register-store.js';
import { OUTCODES } from './outcodes.js';

export interface RegisterServiceDeps {
  store: RegisterStore;
  ids: Ids;
  now: () => Date;
}

const MAX_PAGE = 100;
const SAVE_ATTEMPTS = 5;

/** The register's use cases: authorise, decide in the core, persist through the store. */
export function createRegisterService({ store, ids, now }: RegisterServiceDeps) {
  const timestamp = () => now().toISOString();

  async function getSetting(caller: Caller, id: string): Promise<Setting | null> {
    assertCanReadRegister(caller);
    // No setting has an id like that: the answer the schema promises for an unknown id.
    if (!isPlausibleId(id)) return null;
    return (await store.getSetting(id))?.setting ?? null;
  }

  async function listSettings(
    caller: Caller,
    filter: SettingFilter,
    page: PageRequest,
  ): Promise<Page<Setting>> {
    assertCanReadRegister(caller);
    if (filter.laCode != null && !/^\d{3}$/.test(filter.laCode)) {
      throw new InvalidInputError([
        { field: 'filter.laCode', message: 'must be a 3-digit DfE LA code, e.g. "938"' },
      ]);
    }
    return store.listSettings(filter, { first: pageSize(page.first), after: page.after });
  }

  async function upsertSetting(caller: Caller, input: unknown): Promise<Setting> {
    // Authenticate, authorise the role, then validate: a caller who may not write learns nothing
    // about the input or whether a setting exists.
    assertIsOfficer(caller, 'create or change settings');
    const draft = parseSettingInput(input, undefined, OUTCODES);
    // Whole-item writes are optimistic: if a capacity update lands between our read and
    // our write, read again and re-apply the draft (which never touches capacity).
    for (let attempt = 1; ; attempt++) {
      const existing = await findExisting(draft.id, draft.details.urn);
      const laCodes = existing ? [existing.setting.laCode, draft.details.laCode] : [draft.details.laCode];
      assertCanManageSetting(caller, laCodes);
      const setting = applySettingDraft({
        draft,
        existing: existing?.setting ?? null,
        ids,
        now: timestamp(),
      });
      try {
        await store.saveSetting(setting, {
          expectedRevision: existing?.revision ?? null,
          previous: existing?.setting ?? null,
        });
        return setting;
      } catch (error) {
        if (error instanceof StaleSettingError && attempt < SAVE_ATTEMPTS) continue;
        throw error;
      }
    }
  }

  async function findExisting(id: string | null, urn: string | null): Promise<VersionedSetting | null> {
    if (id !== null) {
      const found = await store.getSetting(id);
      if (!found) throw new NotFoundError('Setting', id);
      return found;
    }
    if (urn === null) return null;
    const byUrn = await store.findSettingIdByUrn(urn);
    return byUrn ? store.getSetting(byUrn) : null;
  }

  async function setSettingStatus(caller: Caller, id: string, status: SettingStatus): Promise<Setting> {
    assertIsOfficer(caller, 'change the status of settings');
    requirePlausibleId(id, 'id');
    for (let attempt = 1; ; attempt++) {
      const existing = await store.getSetting(id);
      if (!existing) {
        assertCanReadRegister(caller);
        throw new NotFoundError('Setting', id);
      }
      assertCanManageSetting(caller, [existing.setting.laCode]);
      if (existing.setting.status === status) return existing.setting;
      const setting = withStatus(existing.setting, status, timestamp());
      try {
        await store.saveSetting(setting, {
          expectedRevision: existing.revision,
          previous: existing.setting,
        });
        return setting;
      } catch (error) {
        if (error instanceof StaleSettingError && attempt < SAVE_ATTEMPTS) continue;
        throw error;
      }
    }
  }

  async function updateCapacity(caller: Caller, input: unknown): Promise<Provision> {
    assertCanReadRegister(caller);
    const update = parseCapacityInput(input);
    const { setting, provision, versioned } = await loadProvision(
      caller,
      update.provisionId,
      'input.provisionId',
    );
    assertCanUpdateCapacity(caller, setting);
    if (provision.capacityVersion !== update.expectedVersion) {
      throw new CapacityConflictError(
        provision.id,
        update.expectedVersion,
        provision.capacityVersion,
        provision.capacity,
      );
    }
    const role = actingRoleFor(caller, setting);
    const changedAt = timestamp();
    const after = stateCapacity(update.figures, { subject: caller.subject ?? '', role }, changedAt);
    const change: CapacityChange = {
      provisionId: provision.id,
      settingId: setting.id,
      version: provision.capacityVersion + 1,
      before: provision.capacity,
      after,
      changedAt,
      changedBy: after.updatedBy,
      changedByRole: role,
    };
    await store.recordCapacityChange(change, update.expectedVersion, versioned);
    return { ...provision, capacity: after, capacityVersion: change.version };
  }

  async function capacityHistory(
    caller: Caller,
    provisionId: string,
    page: PageRequest,
  ): Promise<Page<CapacityChange>> {
    const { setting } = await loadProvision(caller, provisionId, 'provisionId');
    assertCanReadCapacityHistory(caller, setting);
    return store.listCapacityHistory(provisionId, { first: pageSize(page.first), after: page.after });
  }

  async function loadProvision(caller: Caller, provisionId: string, field: string) {
    assertCanReadRegister(caller);
    requirePlausibleId(provisionId, field);
    const settingId = settingIdOfProvision(provisionId);
    if (!settingId) throw new InvalidInputError([{ field, message: 'is not a provision id' }]);
    const found = await store.getSetting(settingId);
    const provision = found?.setting.provisions.find((p) => p.id === provisionId);
    if (!found || !provision) throw new NotFoundError('Provision', provisionId);
    return { setting: found.setting, provision, versioned: found };
  }

  return { getSetting, listSettings, upsertSetting, setSettingStatus, updateCapacity, capacityHistory };
}

export type RegisterService = ReturnType<typeof createRegisterService>;

function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw new InvalidInputError([
      { field: 'first', message: `must be a whole number from 1 to ${MAX_PAGE}` },
    ]);
  }
  return size;
}
