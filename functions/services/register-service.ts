import {
  actingRoleFor,
  assertCanKeepCapacityContacts,
  assertCanManageSetting,
  assertCanReadCapacityHistory,
  assertCanReadRegister,
  assertCanUpdateCapacity,
  assertIsOfficer,
  type Caller,
} from '../core/access.js';
import { type CapacityActor, decideCapacityChange } from '../core/capacity-change.js';
import {
  capacityContactsOf,
  parseCapacityContacts,
  sameContacts,
  withCapacityContacts,
} from '../core/capacity-contacts.js';
import {
  confirmCapacity as confirmFigures,
  parseCapacityInput,
  stateCapacity,
} from '../core/capacity-input.js';
import { DuplicateError, InvalidInputError, NotFoundError, StaleRevisionError } from '../core/errors.js';
import type { Capacity, CapacityChange, Page, Provision, Setting, SettingStatus } from '../core/model.js';
import { applySettingDraft, type Ids, withStatus } from '../core/register.js';
import type { SettingFilter } from '../core/setting-filter.js';
import { assertFilterLaCode } from '../core/setting-filter.js';
import { parseSettingInput } from '../core/setting-input.js';
import { assertWholeNumber, isPlausibleId, requirePlausibleId } from '../core/validation.js';
import { settingIdOfProvision } from '../store/keys.js';
import type { PageRequest, RegisterStore } from '../store/register-store.js';
import { type Metrics, noMetrics } from './metrics.js';
import { OUTCODES } from './outcodes.js';

export interface RegisterServiceDeps {
  store: RegisterStore;
  ids: Ids;
  now: () => Date;
  /** Capacity statements and confirmations, by who made them. @default noMetrics */
  metrics?: Metrics;
}

const MAX_PAGE = 100;

/** The register's use cases: authorise, decide in the core, persist through the store. */
export function createRegisterService({ store, ids, now, metrics = noMetrics }: RegisterServiceDeps) {
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
    assertFilterLaCode(filter);
    return store.listSettings(filter, { first: pageSize(page.first), after: page.after });
  }

  /**
   * Creates or updates a setting. `onlyNew` (the "Add a setting" page) refuses to update one: a
   * URN already on the register is a DuplicateError, never a change to that setting.
   */
  async function upsertSetting(
    caller: Caller,
    input: unknown,
    options: { onlyNew?: boolean } = {},
  ): Promise<Setting> {
    // Authenticate, authorise the role, then validate: a caller who may not write learns nothing
    // about the input or whether a setting exists.
    assertIsOfficer(caller, 'create or change settings');
    const draft = parseSettingInput(input, undefined, OUTCODES);
    if (options.onlyNew) {
      if (draft.id !== null) {
        throw new InvalidInputError([
          { field: 'input.id', code: 'NOT_ALLOWED_HERE', message: 'must be left out to add a setting' },
        ]);
      }
      assertCanManageSetting(caller, [draft.details.laCode]);
    }
    const id = await existingId(draft.id, draft.details.urn);
    if (options.onlyNew && id !== null) {
      throw new DuplicateError('input.urn', `URN ${draft.details.urn} is already on another setting.`);
    }
    const target = id ?? ids.setting();
    // Through the one door: a capacity update landing meanwhile is re-read and kept, since the
    // draft never touches capacity.
    return store.modifySetting(target, (current) => {
      if (id !== null && !current) throw new NotFoundError('Setting', id);
      if (current && draft.expectedRevision != null && current.revision !== draft.expectedRevision) {
        throw new StaleRevisionError(current.setting.id, draft.expectedRevision, current.revision);
      }
      const laCodes = current ? [current.setting.laCode, draft.details.laCode] : [draft.details.laCode];
      assertCanManageSetting(caller, laCodes);
      const setting = applySettingDraft({
        draft,
        existing: current?.setting ?? null,
        // A new setting takes the id the door was opened with.
        ids: { ...ids, setting: () => target },
        now: timestamp(),
      });
      return { write: true, setting, result: { ...setting, revision: (current?.revision ?? 0) + 1 } };
    });
  }

  /** The setting an upsert changes: by id, else by URN; null for a new one. */
  async function existingId(id: string | null, urn: string | null): Promise<string | null> {
    if (id !== null) return id;
    return urn === null ? null : store.findSettingIdByUrn(urn);
  }

  async function setSettingStatus(caller: Caller, id: string, status: SettingStatus): Promise<Setting> {
    assertIsOfficer(caller, 'change the status of settings');
    requirePlausibleId(id, 'id');
    return store.modifySetting(id, (current) => {
      if (!current) throw new NotFoundError('Setting', id);
      assertCanManageSetting(caller, [current.setting.laCode]);
      if (current.setting.status === status) return { write: false, result: current.setting };
      const setting = withStatus(current.setting, status, timestamp());
      return { write: true, setting, result: { ...setting, revision: current.revision + 1 } };
    });
  }

  async function updateCapacity(caller: Caller, input: unknown): Promise<Provision> {
    assertCanReadRegister(caller);
    const update = parseCapacityInput(input);
    const provision = await changeCapacity(
      caller,
      update.provisionId,
      update.expectedVersion,
      'input.provisionId',
      'STATEMENT',
      (_provision, by) => stateCapacity(update.figures, by, by.at),
    );
    metrics.count('CapacityStatements', 1, { Source: provision.capacity?.source ?? 'UNKNOWN' });
    return provision;
  }

  /**
   * "These figures are still correct": the provision moves to its next version with the same
   * figures, stamped confirmed, and a CONFIRMATION entry in its history. Lists then count the
   * figures fresh from now. Refused for GIAS or synthetic figures, and where there are none.
   */
  async function confirmCapacity(
    caller: Caller,
    provisionId: string,
    expectedVersion: number,
  ): Promise<Provision> {
    assertCanReadRegister(caller);
    if (!Number.isInteger(expectedVersion) || expectedVersion < 0) {
      throw new InvalidInputError([
        {
          field: 'expectedVersion',
          code: 'TOO_SMALL',
          params: { min: 0 },
          message: 'must be a whole number, 0 or more',
        },
      ]);
    }
    const confirmed = await changeCapacity(
      caller,
      provisionId,
      expectedVersion,
      'provisionId',
      'CONFIRMATION',
      (provision, by) => confirmFigures(provision.id, provision.capacity, by, by.at),
    );
    metrics.count('CapacityConfirmations', 1, { Source: confirmed.capacity?.source ?? 'UNKNOWN' });
    return confirmed;
  }

  /**
   * The one way a provision's capacity changes, through the one door: CONFLICT only when this
   * provision's own version moved; a change to another provision or to the setting's details
   * meanwhile is re-read and kept. The decision is the core's (decideCapacityChange); `figuresFor`
   * says what the figures become.
   */
  async function changeCapacity(
    caller: Caller,
    provisionId: string,
    expectedVersion: number,
    field: string,
    kind: CapacityChange['kind'],
    figuresFor: (provision: Provision, by: CapacityActor) => Capacity,
  ): Promise<Provision> {
    requirePlausibleId(provisionId, field);
    const settingId = settingIdOfProvision(provisionId);
    if (!settingId)
      throw new InvalidInputError([
        { field, code: 'NOT_AN_ID', params: { max: 100 }, message: 'is not a provision id' },
      ]);
    return store.modifySetting(settingId, (current) => {
      if (!current) throw new NotFoundError('Provision', provisionId);
      assertCanUpdateCapacity(caller, current.setting);
      const by = {
        subject: caller.subject ?? '',
        role: actingRoleFor(caller, current.setting),
        at: timestamp(),
      };
      const decided = decideCapacityChange({
        setting: current.setting,
        provisionId,
        expectedVersion,
        kind,
        by,
        figuresFor: (provision) => figuresFor(provision, by),
      });
      return { write: true, setting: decided.setting, history: [decided.change], result: decided.provision };
    });
  }

  /**
   * Replaces who keeps a setting's figures (staff of the setting, officers of its LA), through the
   * one door: a capacity change or an upsert landing meanwhile is re-read and kept.
   */
  async function setCapacityContacts(caller: Caller, settingId: string, input: unknown): Promise<Setting> {
    assertCanReadRegister(caller);
    requirePlausibleId(settingId, 'settingId');
    const contacts = parseCapacityContacts(input);
    return store.modifySetting(settingId, (current) => {
      if (!current) throw new NotFoundError('Setting', settingId);
      assertCanKeepCapacityContacts(caller, current.setting);
      if (sameContacts(capacityContactsOf(current.setting), contacts)) {
        return { write: false, result: { ...current.setting, revision: current.revision } };
      }
      const setting = withCapacityContacts(current.setting, contacts, timestamp());
      return { write: true, setting, result: { ...setting, revision: current.revision + 1 } };
    });
  }

  /** Setting.capacityContacts: refused (FORBIDDEN, for that field alone) to anyone but its staff and LA. */
  function readCapacityContacts(caller: Caller, setting: Setting) {
    assertCanKeepCapacityContacts(caller, setting);
    return capacityContactsOf(setting);
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
    if (!settingId)
      throw new InvalidInputError([
        { field, code: 'NOT_AN_ID', params: { max: 100 }, message: 'is not a provision id' },
      ]);
    const found = await store.getSetting(settingId);
    const provision = found?.setting.provisions.find((p) => p.id === provisionId);
    if (!found || !provision) throw new NotFoundError('Provision', provisionId);
    return { setting: found.setting, provision, versioned: found };
  }

  return {
    getSetting,
    listSettings,
    upsertSetting,
    setSettingStatus,
    updateCapacity,
    confirmCapacity,
    capacityHistory,
    setCapacityContacts,
    readCapacityContacts,
  };
}

export type RegisterService = ReturnType<typeof createRegisterService>;

function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  assertWholeNumber('first', size, MAX_PAGE);
  return size;
}
