import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { htmlResponse, type PageContext } from './page.js';

/** /: what OpenPlace is, for someone who lands on it. */
export function homePage(ctx: PageContext): APIGatewayProxyStructuredResultV2 {
  return htmlResponse(ctx, 'home.njk', { title: 'What OpenPlace is' });
}
