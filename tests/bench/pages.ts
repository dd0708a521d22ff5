// The pages' share of `npm run bench`: the family page's server time against the GraphQL call it
// needs, and what a page costs to download.

import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { print } from 'graphql';
import { familyPagePath } from '../../functions/core/lists/family-link.js';
import { FamilyListDocument } from '../../schema/operations/__generated__/graphql.js';
import type { createGetter, createJsonPoster } from './http-client.js';

type Poster = ReturnType<typeof createJsonPoster>;
type Getter = ReturnType<typeof createGetter>;

/** The parent app's query for the same list (schema/operations/family.graphql): all the page shows. */
const FAMILY_LIST = print(FamilyListDocument);

/**
 * GET /f/{token} and the `familyList` query for the same token, one after the other for each link
 * (which goes first alternates), so both run under the same conditions on a shared machine. The
 * first `warmUp` links are not counted. Also returns each page's HTML size, to pick a typical page.
 */
export async function timeFamilyPages(api: Poster, pages: Getter, tokens: readonly string[], warmUp: number) {
  const page: number[] = [];
  const query: number[] = [];
  const sizes: { token: string; bytes: number }[] = [];
  const getPage = async (token: string) => {
    const t0 = performance.now();
    const res = await pages.get(familyPagePath(token));
    const elapsed = performance.now() - t0;
    if (res.status !== 200) throw new Error(`The family page answered ${res.status}`);
    sizes.push({ token, bytes: res.body.length });
    return elapsed;
  };
  const getQuery = async (token: string) => {
    const t0 = performance.now();
    const body = (await api.post({}, { query: FAMILY_LIST, variables: { token } })) as {
      data?: { familyList?: unknown };
      errors?: unknown;
    };
    const elapsed = performance.now() - t0;
    if (!body.data?.familyList) throw new Error(`familyList failed: ${JSON.stringify(body.errors)}`);
    return elapsed;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    let pageMs: number;
    let queryMs: number;
    if (i % 2 === 0) {
      pageMs = await getPage(token);
      queryMs = await getQuery(token);
    } else {
      queryMs = await getQuery(token);
      pageMs = await getPage(token);
    }
    if (i < warmUp) continue;
    page.push(pageMs);
    query.push(queryMs);
  }
  const bySize = [...sizes].sort((a, b) => a.bytes - b.bytes);
  const typical = bySize[Math.floor(bySize.length / 2)]?.token ?? (tokens[0] as string);
  return { page, query, typical };
}

/** Types a compressing CDN would gzip; others (PNG, fonts) are sent as they are. */
const COMPRESSIBLE = /^(text\/|image\/svg\+xml|application\/(json|manifest\+json|javascript)|image\/x-icon)/;

export interface Transfer {
  /** What a gzip-compressing client and CDN would move, a cold cache, fonts aside. */
  gzipBytes: number;
  rawBytes: number;
  htmlGzipBytes: number;
  /** The files it references (CSS, JS, images), fonts aside. */
  files: number;
}

/**
 * A page's transfer on a cold cache: the HTML, the stylesheets, scripts and images it references
 * (link rel=stylesheet, script src, img src, and what those import: url(…) in CSS, import in JS
 * modules), each fetched from the server once. Fonts are left aside (OpenPlace's CSS falls back to
 * Arial: the browser loads none), icons too (the layout declares none). Text is counted gzipped
 * (zlib level 6, what a gzip-compressing CDN or client would send: neither the server nor API
 * Gateway compresses); already compressed images as they are. Every url(…) of the CSS is counted,
 * whether or not a rule using it applies: an upper bound.
 */
export async function pageTransfer(pages: Getter, path: string, label = path): Promise<Transfer> {
  const origin = 'http://page.invalid';
  const html = await pages.get(path);
  if (html.status !== 200) throw new Error(`${label} answered ${html.status}`);
  const seen = new Set<string>();
  const queue = references(html.body.toString('utf8'), 'text/html').map((ref) => new URL(ref, origin + path));
  const total = { gzipBytes: gzipped(html.body), rawBytes: html.body.length, files: 0 };
  const htmlGzipBytes = total.gzipBytes;
  while (queue.length > 0) {
    const url = queue.shift() as URL;
    const target = url.pathname + url.search;
    if (url.origin !== origin || seen.has(target)) continue;
    seen.add(target);
    if (['.woff', '.woff2', '.ttf', '.otf'].includes(extname(url.pathname))) continue;
    const file = await pages.get(target);
    if (file.status !== 200) throw new Error(`${url.pathname} (from ${label}) answered ${file.status}`);
    total.files++;
    total.rawBytes += file.body.length;
    total.gzipBytes += COMPRESSIBLE.test(file.contentType) ? gzipped(file.body) : file.body.length;
    for (const ref of references(file.body.toString('utf8'), file.contentType)) queue.push(new URL(ref, url));
  }
  return { ...total, htmlGzipBytes };
}

const gzipped = (body: Buffer) => gzipSync(body, { level: 6 }).length;

/** What a file makes a browser fetch next: by HTML tags, CSS url(…) and @import, JS module imports. */
function references(text: string, contentType: string): string[] {
  const found: string[] = [];
  const all = (re: RegExp) => {
    for (const match of text.matchAll(re)) if (match[1]) found.push(decodeEntities(match[1]));
  };
  if (contentType.startsWith('text/html')) {
    for (const tag of text.match(/<(link|script|img)\b[^>]*>/gi) ?? []) {
      const name = /^<(\w+)/.exec(tag)?.[1]?.toLowerCase();
      const attr = (a: string) =>
        new RegExp(`\\s${a}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
      const value = (a: string) => {
        const m = attr(a);
        return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
      };
      const ref =
        name === 'link'
          ? /(^|\s)stylesheet(\s|$)/i.test(value('rel') ?? '')
            ? value('href')
            : null
          : value('src');
      if (ref) found.push(decodeEntities(ref));
    }
  } else if (contentType.startsWith('text/css')) {
    all(/url\(\s*["']?([^"')]+)["']?\s*\)/g);
    all(/@import\s+["']([^"']+)["']/g);
  } else if (contentType.includes('javascript')) {
    all(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*["']([^"']+)["']/g);
    all(/\bimport\s*["']([^"']+)["']/g);
    all(/\bimport\(\s*["']([^"']+)["']\s*\)/g);
  }
  return found.filter((ref) => !ref.startsWith('data:') && !ref.startsWith('#'));
}

function decodeEntities(value: string): string {
  return value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}
