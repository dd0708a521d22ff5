import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Renderer } from '../render.js';
import { pageHeaders } from '../view/headers.js';

/** What every page handler is given: the renderer, this response's nonce and the assets' base. */
export interface PageContext {
  renderer: Renderer;
  nonce: string;
  assets: string;
  /** The sign-in provider's origin, where signing out ends (null with the development sign-in). */
  signOutOrigin?: string | null;
}

/** Renders a template into an HTML response with the security headers. */
export function htmlResponse(
  ctx: PageContext,
  template: string,
  values: Record<string, unknown>,
  options: { status?: number; privatePage?: boolean; headers?: Record<string, string> } = {},
): APIGatewayProxyStructuredResultV2 {
  const privatePage = options.privatePage ?? false;
  const body = ctx.renderer.render(template, {
    ...values,
    assets: ctx.assets,
    cspNonce: ctx.nonce,
    noindex: privatePage,
  });
  return {
    statusCode: options.status ?? 200,
    headers: { ...pageHeaders(ctx.nonce, privatePage, ctx.signOutOrigin ?? null), ...options.headers },
    body,
  };
}
