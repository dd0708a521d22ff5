import type { Page } from '../../core/model.js';

/** A store page as a Relay connection. */
export function toConnection<T>(page: Page<T>) {
  const edges = page.items.map(({ item, cursor }) => ({ node: item, cursor }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
