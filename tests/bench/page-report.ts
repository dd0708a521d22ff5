// The pages' part of `npm run bench`, timed and measured by pages.ts: the family page's server
// time against the familyList query it needs, and what a page costs to download.

import { familyPagePath } from '../../functions/core/lists/family-link.js';
import { BUDGET, WARM_UP } from './config.js';
import { createGetter, type createJsonPoster } from './http-client.js';
import { pageTransfer, type Transfer, timeFamilyPages } from './pages.js';
import { kb, line, verdict } from './report.js';
import { ms, summary } from './stats.js';

/**
 * The family page over the same local endpoint as the API (one server serves /graphql and the
 * pages), on up to 200 of the links made after warm-up; then the transfers of three pages.
 */
export async function benchPages(
  url: string,
  api: ReturnType<typeof createJsonPoster>,
  made: readonly { familyToken: string }[],
) {
  const pages = createGetter(url);
  const familyTokens = made.map((m) => m.familyToken).slice(0, WARM_UP + 200);
  const familyPages = await timeFamilyPages(api, pages, familyTokens, WARM_UP);
  const page = summary(familyPages.page);
  const familyList = summary(familyPages.query);
  console.log();
  line('Family page GET /f/{token}, server (HTTP)', `p50 ${ms(page.p50)}  p95 ${ms(page.p95)}  (${page.n})`);
  line(
    'familyList query it needs, end to end (HTTP)',
    `p50 ${ms(familyList.p50)}  p95 ${ms(familyList.p95)}`,
  );
  line(
    'Ratio page / familyList (p50)',
    `${(page.p50 / familyList.p50).toFixed(2)}×`,
    verdict(page.p50 / familyList.p50 <= BUDGET.pageRatioP50),
  );
  // What a page costs to download on a cold cache: the HTML and the CSS, JS and images it
  // references, gzipped as a compressing CDN or client would send them (the server and API
  // Gateway send them uncompressed), fonts aside. The family page is the sample's median by size.
  const transfers: [string, Transfer][] = [
    ['family page', await pageTransfer(pages, familyPagePath(familyPages.typical), 'the family page')],
    ['/your-rights/938', await pageTransfer(pages, '/your-rights/938')],
    ['/', await pageTransfer(pages, '/')],
  ];
  for (const [name, t] of transfers) {
    line(
      `Page transfer, gzip: ${name}`,
      `${kb(t.gzipBytes)} (HTML ${kb(t.htmlGzipBytes)} + ${t.files} files; ${kb(t.rawBytes)} raw)`,
      verdict(t.gzipBytes <= BUDGET.pageTransferBytes),
    );
  }
  pages.close();
}
