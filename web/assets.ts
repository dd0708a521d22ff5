import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

// The static assets, read once at start and served under /assets/{fingerprint}/: the fingerprint
// is a hash of every asset's content, so an address never serves two contents and browsers may
// keep each for a year.

export interface Asset {
  body: Buffer;
  contentType: string;
}

export interface Assets {
  /** e.g. "/assets/3f2a9c0d1b7e": what pages put before each file name. */
  base: string;
  fingerprint: string;
  get(file: string): Asset | undefined;
}

const TYPES: Readonly<Record<string, string>> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * Loads govuk-frontend's CSS, JS, fonts and images and our own files. The design system's CSS
 * points at /assets/…: it is rewritten to the fingerprinted base. OpenPlace is not a service on
 * gov.uk, so it does not use the GDS Transport typeface (licensed for gov.uk only): the CSS falls
 * back to Arial, as the design system advises services elsewhere.
 */
export function loadAssets(govukFrontendDir: string, staticDir: string): Assets {
  const govuk = join(govukFrontendDir, 'govuk');
  const files = new Map<string, Buffer>();
  files.set('govuk-frontend.min.css', readFileSync(join(govuk, 'govuk-frontend.min.css')));
  files.set('govuk-frontend.min.js', readFileSync(join(govuk, 'govuk-frontend.min.js')));
  for (const folder of ['images', 'fonts']) {
    for (const name of readdirSync(join(govuk, 'assets', folder))) {
      files.set(`${folder}/${name}`, readFileSync(join(govuk, 'assets', folder, name)));
    }
  }
  files.set('manifest.json', readFileSync(join(govuk, 'assets', 'manifest.json')));
  for (const name of readdirSync(staticDir)) files.set(name, readFileSync(join(staticDir, name)));

  const hash = createHash('sha256');
  for (const [name, body] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(name).update(body);
  const fingerprint = hash.digest('hex').slice(0, 12);
  const base = `/assets/${fingerprint}`;

  const css = (files.get('govuk-frontend.min.css') as Buffer)
    .toString('utf8')
    .replaceAll('url(/assets/', `url(${base}/`)
    .replaceAll('GDS Transport,', '');
  files.set('govuk-frontend.min.css', Buffer.from(css));

  const assets = new Map<string, Asset>(
    [...files].map(([name, body]) => [
      name,
      { body, contentType: TYPES[extname(name)] ?? 'application/octet-stream' },
    ]),
  );
  return { base, fingerprint, get: (file) => assets.get(file) };
}
