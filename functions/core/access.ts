import { ForbiddenError, UnauthenticatedError } from './errors.js';
import { isLaCode } from './la-code.js';
import type { ActorRole } from './model.js';

/** Who is calling, as established from a verified token. Never holds the token itself. */
export interface Caller {
  subject: string | null;
  laCodes: string[];
  settingIds: string[];
}

export const ANONYMOUS: Caller = { subject: null, laCodes: [], settingIds: [] };

export type Role = 'ANONYMOUS' | ActorRole;

const OFFICER_GROUP = /^la-officer-(\d{3})$/;
const STAFF_GROUP = /^setting-staff-(.+)$/;

/** Group names as they appear in a token's `cognito:groups`. */
export const groups = {
  officer: (laCode: string) => `la-officer-${laCode}`,
  staff: (settingId: string) => `setting-staff-${settingId}`,
};

/** Reads roles and scopes from Cognito group names; unknown groups are ignored. */
export function callerFromGroups(subject: string, groupNames: readonly string[]): Caller {
  const laCodes = new Set<string>();
  const settingIds = new Set<string>();
  for (const group of groupNames) {
    const officer = OFFICER_GROUP.exec(group);
    if (officer?.[1]) laCodes.add(officer[1]);
    const staff = STAFF_GROUP.exec(group);
    if (staff?.[1]) settingIds.add(staff[1]);
  }
  return { subject, laCodes: [...laCodes].sort(), settingIds: [...settingIds].sort() };
}

export function rolesOf(caller: Caller): Role[] {
  const roles: Role[] = [];
  if (caller.laCodes.length > 0) roles.push('LA_OFFICER');
  if (caller.settingIds.length > 0) roles.push('SETTING_STAFF');
  return roles.length > 0 ? roles : ['ANONYMOUS'];
}

/** The single role recorded against a capacity change: an officer acting for the LA, else staff. */
export function actingRoleFor(caller: Caller, setting: { id: string; laCode: string }): ActorRole {
  return caller.settingIds.includes(setting.id) ? 'SETTING_STAFF' : 'LA_OFFICER';
}

/** Plain-English summary for `me`. */
export function describePermissions(caller: Caller): string[] {
  const lines: string[] = [];
  for (const la of caller.laCodes) {
    lines.push(`Manage the register and capacity of settings in LA ${la}.`);
  }
  for (const id of caller.settingIds) {
    lines.push(`Update the capacity of setting ${id}.`);
  }
  if (lines.length > 0) lines.unshift('Read the register of settings in every LA.');
  else lines.push('Sign in to read or change the register.');
  return lines;
}

export function requireSignedIn(caller: Caller): asserts caller is Caller & { subject: string } {
  if (caller.subject === null) throw new UnauthenticatedError();
}

export function isOfficerFor(caller: Caller, laCode: string): boolean {
  return caller.laCodes.includes(laCode);
}

/**
 * Only officers of this LA: `doing` finishes "Only placement officers of LA 938 may …", e.g. "erase
 * its children's cases".
 */
export function assertOfficerOf(caller: Caller, laCode: string, doing: string): void {
  if (!isOfficerFor(caller, laCode)) {
    throw new ForbiddenError(`Only placement officers of LA ${laCode} may ${doing}.`);
  }
}

/**
 * The LA first, when the raw input names a readable one: a caller who may not act for it learns
 * nothing about the rest of the input (authorise, then validate). The parsed LA is checked again.
 */
export function assertOfficerOfGivenLa(caller: Caller, laCode: unknown, doing: string): void {
  const given = typeof laCode === 'string' ? laCode.trim() : null;
  if (isLaCode(given)) assertOfficerOf(caller, given, doing);
}

/**
 * Reading the register: officers and setting staff. An account signed in but in no group (not
 * yet given a role) may use `me` and what anyone may, nothing more.
 */
export function assertCanReadRegister(caller: Caller): void {
  requireSignedIn(caller);
  if (caller.laCodes.length === 0 && caller.settingIds.length === 0) {
    throw new ForbiddenError(
      'Your account has no role yet: ask your council to add you to its placement officers or your setting’s staff.',
    );
  }
}

/** Operations only placement officers may use (of whichever LA; the LA is checked once it is known). */
export function assertIsOfficer(
  caller: Caller,
  what: string,
): asserts caller is Caller & { subject: string } {
  requireSignedIn(caller);
  if (caller.laCodes.length === 0) throw new ForbiddenError(`Only LA placement officers may ${what}.`);
}

/** Creating or changing a setting's details: officers of its LA (of both LAs, if it moves). */
export function assertCanManageSetting(caller: Caller, laCodes: readonly string[]): void {
  requireSignedIn(caller);
  const refused = laCodes.find((la) => !isOfficerFor(caller, la));
  if (refused !== undefined) {
    throw new ForbiddenError(
      `Only placement officers of LA ${refused} may change settings in LA ${refused}.`,
    );
  }
}

/** Capacity: the setting's own staff, or officers of its LA. Never another school. */
export function assertCanUpdateCapacity(caller: Caller, setting: { id: string; laCode: string }): void {
  requireSignedIn(caller);
  if (caller.settingIds.includes(setting.id) || isOfficerFor(caller, setting.laCode)) return;
  throw new ForbiddenError(
    `Only staff of setting ${setting.id} or placement officers of LA ${setting.laCode} may change its capacity.`,
  );
}

/** The change log names who made each change, so it is kept to the setting and its LA. */
export function assertCanReadCapacityHistory(caller: Caller, setting: { id: string; laCode: string }): void {
  requireSignedIn(caller);
  if (caller.settingIds.includes(setting.id) || isOfficerFor(caller, setting.laCode)) return;
  throw new ForbiddenError(
    `Only staff of setting ${setting.id} or placement officers of LA ${setting.laCode} may read its capacity history.`,
  );
}

/** Whether the caller may change (or confirm) this setting's capacity: the same rule, for showing a button. */
export function canUpdateCapacity(caller: Caller, setting: { id: string; laCode: string }): boolean {
  return allows(() => assertCanUpdateCapacity(caller, setting));
}

/** Whether the caller may change this setting's details: the same rule, for showing a link. */
export function canManageSetting(caller: Caller, setting: { laCode: string }): boolean {
  return allows(() => assertCanManageSetting(caller, [setting.laCode]));
}

/**
 * Who keeps a setting's figures (its capacity contacts): seen and changed by those who may change its
 * capacity — its own staff and officers of its LA — and nobody else, since they name people.
 */
export function assertCanKeepCapacityContacts(caller: Caller, setting: { id: string; laCode: string }): void {
  requireSignedIn(caller);
  if (canUpdateCapacity(caller, setting)) return;
  throw new ForbiddenError(
    `Only staff of setting ${setting.id} or placement officers of LA ${setting.laCode} may see or change who keeps its figures.`,
  );
}

/** Which settings of an LA have stale figures, and whether they were reminded: officers of that LA. */
export function assertCanReadStaleCapacity(caller: Caller, laCode: string): void {
  requireSignedIn(caller);
  if (!isOfficerFor(caller, laCode)) {
    throw new ForbiddenError(
      `Only placement officers of LA ${laCode} may see which of its settings have stale figures.`,
    );
  }
}

/** Whether the caller may read this setting's capacity history: the same rule, for showing a link. */
export function canReadCapacityHistory(caller: Caller, setting: { id: string; laCode: string }): boolean {
  return allows(() => assertCanReadCapacityHistory(caller, setting));
}

/** Answering a consultation: staff of the consulted setting only (an officer reads it, never answers for it). */
export function assertCanAnswerConsultation(caller: Caller, consulted: { setting: { id: string } }): void {
  requireSignedIn(caller);
  if (!caller.settingIds.includes(consulted.setting.id)) {
    throw new ForbiddenError('Only staff of the consulted setting may answer a consultation.');
  }
}

/** Whether the caller may answer this consultation: the same rule, for showing the form. */
export function canAnswerConsultation(caller: Caller, consulted: { setting: { id: string } }): boolean {
  return allows(() => assertCanAnswerConsultation(caller, consulted));
}

function allows(check: () => void): boolean {
  try {
    check();
    return true;
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof UnauthenticatedError) return false;
    throw error;
  }
}
