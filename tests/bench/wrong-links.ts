// Family links that open nothing, in `npm run bench`: a real list's id with a guessed secret, and
// an id no list has. Both take the same reads (the list item, then the guess count), so their
// timings should match: nothing tells a guesser that a list exists.

import type { CaseKeys } from '../../functions/store/case-keys.js';
import type { createJsonPoster } from './http-client.js';
import { line } from './report.js';
import { ms, summary } from './stats.js';

/** Times wrong links against up to 200 of the lists made, and reports both kinds. */
export async function benchWrongLinks(
  api: ReturnType<typeof createJsonPoster>,
  caseKeys: CaseKeys,
  made: readonly { listId: string }[],
) {
  const linkQuery = 'query($t: String!) { familyList(token: $t) { generatedAt } }';
  const guessTimes = { realId: [] as number[], unknownId: [] as number[] };
  const secretLike = () => 'x'.repeat(43);
  for (let i = 0; i < Math.min(200, made.length); i++) {
    const realId = (made[i] as { listId: string }).listId;
    const unknownId = caseKeys.listId('999', `BENCH/UNKNOWN/${i}`, 1);
    for (const [kind, token] of [
      ['realId', `${realId}.${secretLike()}`],
      ['unknownId', `${unknownId}.${secretLike()}`],
    ] as const) {
      const t0 = performance.now();
      await api.post(
        { 'x-forwarded-for': `10.${i % 250}.${kind.length}.1` },
        { query: linkQuery, variables: { t: token } },
      );
      guessTimes[kind].push(performance.now() - t0);
    }
  }
  const real = summary(guessTimes.realId);
  const unknown = summary(guessTimes.unknownId);
  line('Wrong family link: real list id, wrong secret', `p50 ${ms(real.p50)}  p95 ${ms(real.p95)}`);
  line('Wrong family link: unknown list id', `p50 ${ms(unknown.p50)}  p95 ${ms(unknown.p95)}`);
}
