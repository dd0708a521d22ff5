import { type Caller, callerFromGroups } from '../../functions/core/access.js';

// A staff session as the pages keep it, sealed in a cookie (web/auth/session.ts). It holds who
// signed in and their groups as the provider stated them at sign-in, never a token: the caller
// is built from the groups by the same function the API uses, so every rule is the API's.

export interface StaffSession {
  /** The session's own id: signing out records it, so a copy of the cookie opens nothing after. */
  sid: string;
  /** The provider's subject for the person. */
  sub: string;
  /** Their groups at sign-in (`cognito:groups`), e.g. la-officer-938, setting-staff-demo-oakfield. */
  groups: string[];
  /** What to call them on the pages (their email or name), if the provider gave one. */
  name: string | null;
  /** The form token every form of this session must carry (the synchronizer-token pattern). */
  csrf: string;
  /** When the session ends, in seconds since the epoch. */
  exp: number;
}

/** While a sign-in is under way: what the callback must find again (kept sealed in its own cookie). */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Where to go once signed in: a path on this site only (see safeReturnPath). */
  returnTo: string;
  exp: number;
}

export function callerOf(session: StaffSession): Caller {
  return callerFromGroups(session.sub, session.groups);
}

/** Whether a form's token is this session's, compared in constant time. */
export function csrfMatches(session: StaffSession, sent: string | undefined): boolean {
  if (!sent) return false;
  return sameInConstantTime(session.csrf, sent);
}

/** String equality whose time does not depend on where the strings first differ. */
export function sameInConstantTime(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i % Math.max(b.length, 1));
  return difference === 0;
}

/**
 * A return path after signing in: only a path on this site (one leading slash, not two, no
 * backslash), so a crafted sign-in link cannot send someone to another site afterwards.
 */
export function safeReturnPath(raw: string | undefined | null): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return '/staff';
  if ([...raw].some((c) => c.charCodeAt(0) < 0x20)) return '/staff';
  return raw.length > 512 ? '/staff' : raw;
}
