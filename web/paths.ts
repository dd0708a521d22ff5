import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Where the pages' files are at run time. Beside this module when bundled (the web Lambda carries
// views/, static/, govuk-frontend/, map-areas.json and district-areas.json next to its index.mjs);
// in the repo, web/ and node_modules/. An environment variable overrides each.

const here = dirname(fileURLToPath(import.meta.url));

export interface WebPaths {
  /** Our Nunjucks templates (web/views). */
  views: string;
  /** govuk-frontend's dist/ folder: its templates, CSS, JS, fonts and images. */
  govukFrontend: string;
  /** Our own CSS and JS (web/static). */
  static: string;
  /** The council outlines the map is drawn from, prepared at build time (web/build-map-areas.ts). */
  boundaries: string;
  /** The districts of two-tier counties, grouped by county, prepared the same way. */
  districts: string;
}

type Env = Record<string, string | undefined>;

function first(name: string, override: string | undefined, candidates: string[]): string {
  if (override?.trim()) return resolve(override.trim());
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`Cannot find ${name}: looked in ${candidates.join(', ')}.`);
  return found;
}

export function webPaths(env: Env = process.env): WebPaths {
  return {
    views: first('the page templates', env.WEB_VIEWS_DIR, [join(here, 'views')]),
    govukFrontend: first('govuk-frontend', env.GOVUK_FRONTEND_DIR, [
      join(here, 'govuk-frontend'),
      join(here, '..', 'node_modules', 'govuk-frontend', 'dist'),
    ]),
    static: first('the pages’ static files', env.WEB_STATIC_DIR, [join(here, 'static')]),
    boundaries: first('the map areas', env.WEB_MAP_AREAS_FILE, [join(here, 'map-areas.json')]),
    districts: first('the district areas', env.WEB_DISTRICT_AREAS_FILE, [join(here, 'district-areas.json')]),
  };
}
