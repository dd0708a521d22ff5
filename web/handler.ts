import { randomBytes } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { WebConfig } from '../functions/config.js';
import { createServicesFromConfig } from '../functions/graphql/services.js';
import type { CaseKeys } from '../functions/store/case-keys.js';
import type { DocumentClient } from '../functions/store/client.js';
import { type Assets, loadAssets } from './assets.js';
import { loadMapAreas } from './boundaries.js';
import { parseFormBody } from './core/forms.js';
import { assetHeaders, pageHeaders } from './core/headers.js';
import { matchRoute, routeName } from './core/routes.js';
import { familyForm, familyPage } from './pages/family.js';
import { homePage } from './pages/home.js';
import { htmlResponse, type PageContext } from './pages/page.js';
import { rightsPage } from './pages/rights.js';
import { type WebPaths, webPaths } from './paths.js';
import { createRenderer } from './render.js';

export type WebHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export interface WebDeps {
  logger?: Logger;
  client?: DocumentClient;
  caseKeys?: CaseKeys;
  paths?: WebPaths;
  /** Test seam (the local runtime's): the clock. */
  now?: () => Date;
}

/**
 * The pages' handler: services, templates, assets and map outlines are made once per container;
 * each request gets its own CSP nonce. Pages call the services, as the API's resolvers do.
 */
export function createWebHandler(config: WebConfig, deps: WebDeps = {}): WebHandler {
  const now = deps.now ?? (() => new Date());
  const logger = deps.logger ?? new Logger({ serviceName: 'openplace-web' });
  const services = createServicesFromConfig(config, {
    now,
    ...(deps.client ? { client: deps.client } : {}),
    ...(deps.caseKeys ? { caseKeys: deps.caseKeys } : {}),
  });
  const paths = deps.paths ?? webPaths();
  const renderer = createRenderer(paths.views, paths.govukFrontend);
  const assets: Assets = loadAssets(paths.govukFrontend, paths.static);
  const areas = loadMapAreas(paths.boundaries);
  const family = { services, areas, now };

  return async (event) => {
    const method = event.requestContext?.http?.method ?? 'GET';
    const route = matchRoute(method, event.rawPath ?? '/');
    const correlationId = event.requestContext?.requestId ?? 'local';
    const ctx: PageContext = { renderer, nonce: randomBytes(16).toString('base64'), assets: assets.base };
    const source = event.requestContext?.http?.sourceIp ?? 'unknown';
    const started = Date.now();
    try {
      const result = await (async (): Promise<APIGatewayProxyStructuredResultV2> => {
        switch (route.page) {
          case 'home':
            return homePage(ctx);
          case 'rights':
            return rightsPage(services, ctx, route.laCode);
          case 'family':
            return familyPage(family, ctx, route.token, source, event.queryStringParameters ?? {});
          case 'family-form':
            return familyForm(
              family,
              ctx,
              route.token,
              route.form,
              parseFormBody(event.body, event.isBase64Encoded),
              source,
            );
          case 'asset': {
            const asset = route.fingerprint === assets.fingerprint ? assets.get(route.file) : undefined;
            if (!asset) return notFound(ctx);
            return {
              statusCode: 200,
              headers: assetHeaders(asset.contentType),
              body: asset.body.toString('base64'),
              isBase64Encoded: true,
            };
          }
          case 'method-not-allowed':
            return {
              statusCode: 405,
              headers: { ...pageHeaders(ctx.nonce, false), allow: route.allow },
              body: 'Method not allowed',
            };
          case 'not-found':
            return notFound(ctx);
          default: {
            const unreachable: never = route;
            return unreachable;
          }
        }
      })();
      // The route's name only: a family page's path holds its token, and never reaches a log.
      logger.info('page', {
        correlationId,
        route: routeName(route),
        status: result.statusCode,
        ms: Date.now() - started,
      });
      return result;
    } catch (error) {
      logger.error('unexpected error', { correlationId, route: routeName(route), error });
      return htmlResponse(
        ctx,
        'error.njk',
        {
          title: 'Sorry, there is a problem',
          heading: 'Sorry, there is a problem with the service',
          paragraphs: [`Try again later. If you contact the council, give this reference: ${correlationId}.`],
        },
        { status: 500, privatePage: route.page === 'family' || route.page === 'family-form' },
      );
    }
  };
}

function notFound(ctx: PageContext): APIGatewayProxyStructuredResultV2 {
  return htmlResponse(
    ctx,
    'error.njk',
    {
      title: 'Page not found',
      heading: 'Page not found',
      paragraphs: ['If you typed the web address, check it is correct.'],
    },
    { status: 404 },
  );
}
