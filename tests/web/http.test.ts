import { describe, expect, inject, it } from 'vitest';
import { startLocalStack } from '../../functions/local/runtime.js';
import { asOfficer, gqlAt } from '../helpers/api.js';
import { aListInput, QUIET_PLACES } from '../helpers/lists.js';
import { baseUrl, emptyCase, everyStatusCase } from './pages.js';

// The pages over plain HTTP: headers, the uniform wrong-link page, Post/Redirect/Get.

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}${path}`, { headers, redirect: 'manual' });

function expectSecurityHeaders(response: Response) {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("style-src 'self'");
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('the pages over HTTP', () => {
  it('gives every page the security headers, with a new nonce each time, used by the inline script', async () => {
    const nonces = new Set<string>();
    for (const path of ['/', '/your-rights', '/your-rights/938', '/', '/your-rights']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expectSecurityHeaders(response);
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
      const html = await response.text();
      expect(html).toContain(`<script nonce="${nonce}">`);
      expect(html).not.toMatch(/\sstyle="/);
      nonces.add(nonce ?? '');
    }
    expect(nonces.size).toBe(5);
  });

  it('serves the family page no-store and noindex, the statement first, and FamilyLink.url points at it', async () => {
    const c = await everyStatusCase();
    expect(c.url).toBe(`${baseUrl()}/f/${encodeURIComponent(c.token)}`);
    const response = await fetch(c.url);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    const html = await response.text();
    expect(html).toContain('<meta name="robots" content="noindex">');
    const main = html.slice(html.indexOf('<main'));
    // The promise, then where things are now, then the statement's summary, then the choices.
    const promise = main.indexOf('you can ask for any school or college, on this list or not');
    expect(promise).toBeGreaterThan(0);
    expect(promise).toBeLessThan(main.indexOf('class="op-now"'));
    expect(main.indexOf('class="op-now"')).toBeLessThan(main.indexOf('id="your-rights-summary"'));
    expect(main.indexOf('id="your-rights-summary"')).toBeLessThan(main.indexOf('id="your-choices"'));
    expect(html).not.toMatch(/date of birth<\/label>|name="dateOfBirth"|name="childName"/i);
    // Each of the family's pages opens with the link, carries the promise and the summary, and
    // stays private.
    for (const sub of ['suggestions', 'map', 'add', 'left-off', 'journey', 'rights', 'remove']) {
      const page = await fetch(`${c.url}/${sub}`);
      expect(page.status, sub).toBe(200);
      expect(page.headers.get('cache-control'), sub).toBe('no-store');
      const text = await page.text();
      expect(text, sub).toContain('You can ask for any school or college');
      expect(text, sub).toContain('This list is advice from the council. It does not limit your choice.');
      if (sub === 'suggestions') expect(text).toContain('in a straight line');
      if (sub === 'left-off') expect(text).toMatch(/We looked at \d+ schools and colleges/);
      if (sub === 'map') {
        const svg = /<svg[\s\S]*?<\/svg>/.exec(text.slice(text.indexOf('<main')))?.[0] ?? '';
        expect(svg.length).toBeGreaterThan(0);
        expect(svg.length).toBeLessThanOrEqual(40_000);
      }
    }
    expect((await fetch(`${c.url}/no-such-page`)).status).toBe(404);
  });

  it('answers a wrong, expired-looking or malformed link with one page that does not say which', async () => {
    const c = await emptyCase();
    const wrongSecret = `${c.token.slice(0, -4)}AAAA`;
    const pages = await Promise.all(
      [`/f/${encodeURIComponent(wrongSecret)}`, '/f/not-a-token', '/f/x.y'].map(async (path) => {
        const response = await get(path, { 'x-forwarded-for': `10.11.${Math.floor(Math.random() * 250)}.1` });
        return { status: response.status, headers: response.headers, html: await response.text() };
      }),
    );
    for (const page of pages) {
      expect(page.status).toBe(404);
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(page.html).toContain('This link does not open a list');
      expect(page.html).toContain('You can ask for any school or college');
    }
    const strip = (html: string) => html.replace(/nonce="[^"]*"/g, '');
    expect(strip(pages[1]?.html ?? '')).toBe(strip(pages[0]?.html ?? ''));
    expect(strip(pages[2]?.html ?? '')).toBe(strip(pages[0]?.html ?? ''));
  });

  it('turns away a source that keeps guessing with 429, on the same page', async () => {
    const ip = `10.12.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    let last: Response | null = null;
    for (let i = 0; i < 21; i++) last = await get(`/f/guess-${i}.xyz`, { 'x-forwarded-for': ip });
    expect(last?.status).toBe(429);
    expect(last?.headers.get('retry-after')).toMatch(/^\d+$/);
    const html = (await last?.text()) ?? '';
    expect(html).toContain('This link does not open a list');
    expect(html).toContain('You can ask for any school or college');
  });

  it('answers an unknown council on /your-rights with 404 and the statement', async () => {
    for (const code of ['999', 'abc']) {
      const response = await get(`/your-rights/${code}`);
      expect(response.status).toBe(404);
      expectSecurityHeaders(response);
      expect(await response.text()).toContain('You can ask for any school or college');
    }
    expect((await get('/no-such-page')).status).toBe(404);
  });

  it('serves fingerprinted assets for a year, and the pages point at them', async () => {
    const html = await (await get('/')).text();
    const css = /href="(\/assets\/[a-f0-9]+\/govuk-frontend\.min\.css)"/.exec(html)?.[1];
    const js = /src="(\/assets\/[a-f0-9]+\/init\.js)"/.exec(html)?.[1];
    for (const path of [css, js]) {
      const response = await get(path ?? '/missing');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    const cssText = await (await get(css ?? '')).text();
    expect(cssText).not.toContain('url(/assets/fonts');
    expect((await get('/assets/0123456789ab/govuk-frontend.min.css')).status).toBe(404);
  });

  it('redirects after a form (Post/Redirect/Get) and keeps the answer private', async () => {
    const c = await emptyCase();
    const response = await fetch(`${c.url}/choices/add-other`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'Oak Tree School', town: 'Leeds' }).toString(),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    expect(location.startsWith(`/f/${encodeURIComponent(c.token)}?done=added&choice=`), location).toBe(true);
    // The banner names the school, at the top of the overview.
    const after = await (await fetch(new URL(location, c.url))).text();
    expect(after).toContain('Oak Tree School is now your choice 1.');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const refused = await fetch(`${c.url}/choices/add-other`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'Oak Tree School', website: 'oak tree' }).toString(),
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const html = await refused.text();
    expect(html).toContain('govuk-error-summary');
    expect(html).toContain('href="#other-website"');
    expect(html).toContain('value="oak tree"');
  });

  it('uses PUBLIC_BASE_URL for FamilyLink.url when set', async () => {
    process.env.PUBLIC_BASE_URL = 'https://places.example.org/';
    const stack = await startLocalStack({
      port: 0,
      tableName: `openplace-web-base-${Date.now()}`,
      dynamodbEndpoint: inject('dynamodbEndpoint'),
      logLevel: 'SILENT',
    }).finally(() => {
      delete process.env.PUBLIC_BASE_URL;
    });
    try {
      expect(stack.baseUrl).toBe('https://places.example.org');
      const response = await gqlAt<any>(
        stack.url,
        'mutation G($input: GenerateTailoredListInput!) { generateTailoredList(input: $input) { familyLink { token url } } }',
        { input: aListInput(QUIET_PLACES.northSea, { maxTravelKm: 5 }) },
        asOfficer('938'),
      );
      const link = response.data?.generateTailoredList.familyLink;
      expect(link.url).toBe(`https://places.example.org/f/${encodeURIComponent(link.token)}`);
    } finally {
      await stack.stop();
    }
  });
});
