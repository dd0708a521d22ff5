import { parse, serialize } from 'cookie';

// The pages' cookies. `__Host-` names: Secure, Path=/ and no Domain, so no other host (not even a
// subdomain) can set or read them. HttpOnly, and SameSite=Lax: sent when someone follows a link
// here (the provider's redirect back included), never on another site's form posts.

export const SESSION_COOKIE = '__Host-openplace-session';
export const SIGN_IN_COOKIE = '__Host-openplace-sign-in';
/**
 * Set by signing out, so the page the person lands on (the home page, after the provider's own
 * sign-out) can say they signed out; it holds nothing else, and the page clears it.
 */
export const SIGNED_OUT_COOKIE = '__Host-openplace-signed-out';
export const SIGNED_OUT_SECONDS = 300;

export function readCookies(
  header: string | undefined,
  cookies: readonly string[] | undefined,
): Record<string, string> {
  // API Gateway (payload 2.0) moves Cookie headers into `cookies`; the local adapter keeps the header.
  const joined = [...(cookies ?? []), ...(header ? [header] : [])].join('; ');
  const parsed = parse(joined);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) if (value !== undefined) out[name] = value;
  return out;
}

export function setCookie(name: string, value: string, maxAgeSeconds: number): string {
  return serialize(name, value, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export function clearCookie(name: string): string {
  return serialize(name, '', { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 0 });
}
