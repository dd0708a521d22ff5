import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS,
  assertCanManageSetting,
  assertCanReadCapacityHistory,
  assertCanReadRegister,
  assertCanUpdateCapacity,
  assertOfficerOf,
  assertOfficerOfGivenLa,
  callerFromGroups,
  rolesOf,
} from '../../functions/core/access.js';
import { ForbiddenError, UnauthenticatedError } from '../../functions/core/errors.js';

const officer938 = callerFromGroups('o', ['la-officer-938']);
const staffOak = callerFromGroups('s', ['setting-staff-oak']);
const oak = { id: 'oak', laCode: '938' };
const elm = { id: 'elm', laCode: '938' };

describe('callerFromGroups', () => {
  it('reads LA codes and setting ids from group names and ignores anything else', () => {
    expect(callerFromGroups('x', ['la-officer-938', 'la-officer-93', 'setting-staff-oak', 'admins'])).toEqual(
      {
        subject: 'x',
        laCodes: ['938'],
        settingIds: ['oak'],
      },
    );
    expect(rolesOf(callerFromGroups('x', ['admins']))).toEqual(['ANONYMOUS']);
  });
});

describe('access rules', () => {
  it('lets a school change only its own capacity', () => {
    expect(() => assertCanUpdateCapacity(staffOak, oak)).not.toThrow();
    expect(() => assertCanUpdateCapacity(staffOak, elm)).toThrow(ForbiddenError);
  });

  it('lets an officer change capacity and the register in their own LA only', () => {
    expect(() => assertCanUpdateCapacity(officer938, elm)).not.toThrow();
    expect(() => assertCanUpdateCapacity(officer938, { id: 'x', laCode: '846' })).toThrow(ForbiddenError);
    expect(() => assertCanManageSetting(officer938, ['938'])).not.toThrow();
    expect(() => assertCanManageSetting(officer938, ['938', '846'])).toThrow(ForbiddenError);
    expect(() => assertCanManageSetting(staffOak, ['938'])).toThrow(ForbiddenError);
  });

  it('keeps capacity history to the setting and its LA', () => {
    expect(() => assertCanReadCapacityHistory(staffOak, oak)).not.toThrow();
    expect(() => assertCanReadCapacityHistory(staffOak, elm)).toThrow(ForbiddenError);
    expect(() => assertCanReadCapacityHistory(callerFromGroups('o', ['la-officer-846']), oak)).toThrow(
      ForbiddenError,
    );
  });

  it('asks anonymous callers to sign in rather than calling them forbidden', () => {
    for (const check of [
      () => assertCanReadRegister(ANONYMOUS),
      () => assertCanUpdateCapacity(ANONYMOUS, oak),
      () => assertCanManageSetting(ANONYMOUS, ['938']),
    ]) {
      expect(check).toThrow(UnauthenticatedError);
    }
  });
});

describe('officers of one LA', () => {
  it('lets an officer act for their own LA only, naming what was refused', () => {
    expect(() => assertOfficerOf(officer938, '938', 'erase its children’s cases')).not.toThrow();
    expect(() => assertOfficerOf(officer938, '939', 'erase its children’s cases')).toThrow(
      new ForbiddenError('Only placement officers of LA 939 may erase its children’s cases.'),
    );
    expect(() => assertOfficerOf(staffOak, '938', 'x')).toThrow(ForbiddenError);
  });

  it('checks the LA of raw input first when it reads as an LA code, and leaves anything else to validation', () => {
    expect(() => assertOfficerOfGivenLa(officer938, ' 939 ', 'x')).toThrow(ForbiddenError);
    expect(() => assertOfficerOfGivenLa(officer938, '938', 'x')).not.toThrow();
    for (const unreadable of [undefined, null, 939, '93', 'abc', '']) {
      expect(() => assertOfficerOfGivenLa(officer938, unreadable, 'x')).not.toThrow();
    }
  });
});
