import { clearCookie, setCookie } from './cookies.js';

// What a staff page shows once after a form: a family link's token, which is kept nowhere else
// (only its hash is stored). The form's answer is a redirect (Post/Redirect/Get), so the token
// travels to the page that shows it in a sealed cookie of the session's, never in an address; the
// page that shows it clears the cookie, so a reload or a copy of the address shows it no more.

export const SHOWN_ONCE_COOKIE = '__Host-openplace-shown-once';

/** Long enough to follow the redirect, however slowly; the link itself is never shown again. */
export const SHOWN_ONCE_SECONDS = 600;

/** A family link just made for a list, for the list's page to show once. */
export interface NewLinkOnce {
  listId: string;
  token: string;
  expiresAt: string;
}

/** As sealed: the session it belongs to, and when it expires (seconds since the epoch). */
export interface ShownOnce extends NewLinkOnce {
  sid: string;
  exp: number;
}

/** The sealed value for this session, from now. */
export function shownOnce(link: NewLinkOnce, sid: string, now: Date): ShownOnce {
  return { ...link, sid, exp: Math.floor(now.getTime() / 1000) + SHOWN_ONCE_SECONDS };
}

/** The Set-Cookie header carrying a sealed value to the next page. */
export const shownOnceCookie = (sealed: string): string =>
  setCookie(SHOWN_ONCE_COOKIE, sealed, SHOWN_ONCE_SECONDS);

/** The Set-Cookie header that forgets it, once shown. */
export const shownOnceCleared = (): string => clearCookie(SHOWN_ONCE_COOKIE);
