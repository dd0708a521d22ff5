import { describe, expect, it } from 'vitest';
import { decideCapacityChange } from '../../functions/core/capacity-change.js';
import { CapacityConflictError, NotFoundError } from '../../functions/core/errors.js';
import type { Capacity } from '../../functions/core/model.js';
import { aSetting } from '../helpers/settings.js';

const by = { subject: 'senco-1', role: 'SETTING_STAFF' as const, at: '2026-12-01T09:00:00.000Z' };
const stated: Capacity = {
  places: 12,
  onRoll: 10,
  vacancies: 2,
  vacanciesByYear: [],
  pendingConsultations: 0,
  note: null,
  source: 'SETTING',
  updatedAt: by.at,
  updatedBy: by.subject,
};

describe('a capacity change, decided in the core', () => {
  it('moves only the named provision to its next version, with a history entry of before and after', () => {
    const setting = aSetting();
    const [main, base] = setting.provisions;
    const decided = decideCapacityChange({
      setting,
      provisionId: base?.id ?? '',
      expectedVersion: 0,
      kind: 'STATEMENT',
      by,
      figuresFor: () => stated,
    });
    expect(decided.provision).toMatchObject({ id: base?.id, capacity: stated, capacityVersion: 1 });
    expect(decided.setting.provisions[0]).toEqual(main);
    expect(decided.setting.provisions[1]).toEqual(decided.provision);
    expect(decided.change).toEqual({
      provisionId: base?.id,
      settingId: setting.id,
      version: 1,
      before: base?.capacity ?? null,
      after: stated,
      changedAt: by.at,
      changedBy: 'senco-1',
      changedByRole: 'SETTING_STAFF',
      kind: 'STATEMENT',
    });
  });

  it('is a conflict naming the figures now held when the provision moved on since it was read', () => {
    const setting = aSetting();
    const base = setting.provisions[1];
    const error = (() => {
      try {
        return decideCapacityChange({
          setting,
          provisionId: base?.id ?? '',
          expectedVersion: 3,
          kind: 'STATEMENT',
          by,
          figuresFor: () => stated,
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CapacityConflictError);
    expect(error).toMatchObject({ expectedVersion: 3, currentVersion: 0 });
  });

  it('is not found for a provision the setting does not have, or no setting', () => {
    const setting = aSetting();
    const args = { expectedVersion: 0, kind: 'STATEMENT' as const, by, figuresFor: () => stated };
    expect(() => decideCapacityChange({ ...args, setting, provisionId: 'nope' })).toThrow(NotFoundError);
    expect(() => decideCapacityChange({ ...args, setting: null, provisionId: 'nope' })).toThrow(
      NotFoundError,
    );
  });
});
