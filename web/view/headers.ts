// The headers every page carries. Pure: the nonce is made by the caller, once per response.

/**
 * The Content-Security-Policy for a page: scripts only from us or with this response's nonce.
 * Forms post only here; `signOutOrigin` is the sign-in provider's, because signing out posts
 * here and is then redirected there (form-action covers the redirect too).
 */
export function contentSecurityPolicy(nonce: string, signOutOrigin: string | null = null): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    `form-action 'self'${signOutOrigin ? ` ${signOutOrigin}` : ''}`,
    "object-src 'none'",
  ].join('; ');
}

/** Headers for an HTML page; `privatePage` for the family's page and its forms' answers. */
export function pageHeaders(
  nonce: string,
  privatePage: boolean,
  signOutOrigin: string | null = null,
): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': contentSecurityPolicy(nonce, signOutOrigin),
    'referrer-policy': 'no-referrer',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    ...(privatePage
      ? { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' }
      : { 'cache-control': 'no-cache' }),
  };
}

/** Headers for a redirect after a form (Post/Redirect/Get): never cached, never followed by a referrer. */
export function redirectHeaders(location: string): Record<string, string> {
  return {
    location,
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'x-robots-tag': 'noindex',
  };
}

/** Headers for a fingerprinted asset: its address changes with its content, so it is kept a year. */
export function assetHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
  };
}

/**
 * Headers for a private file to download (a council's CSV): never cached or indexed, never run
 * as a page, saved under `filename` (letters, digits, dots and hyphens only).
 */
export function downloadHeaders(contentType: string, filename: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9.-]/g, '-')}"`,
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'referrer-policy': 'no-referrer',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'x-robots-tag': 'noindex',
  };
}
