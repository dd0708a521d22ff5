import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { clearCookie, SIGNED_OUT_COOKIE } from '../view/cookies.js';
import { htmlResponse, type PageContext } from './page.js';

/**
 * /: what OpenPlace is, for someone who lands on it. Just after signing out it says so, once (the
 * sign-out's cookie, cleared here): that answer is private, as it is about one person.
 */
export function homePage(
  ctx: PageContext,
  cookies: Readonly<Record<string, string>> = {},
): APIGatewayProxyStructuredResultV2 {
  const signedOut = cookies[SIGNED_OUT_COOKIE] === '1';
  const page = htmlResponse(
    ctx,
    'home.njk',
    { title: signedOut ? 'You have signed out - OpenPlace' : 'What OpenPlace is', signedOut },
    { privatePage: signedOut },
  );
  return signedOut ? { ...page, cookies: [clearCookie(SIGNED_OUT_COOKIE)] } : page;
}
