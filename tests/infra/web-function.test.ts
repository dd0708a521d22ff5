import { existsSync, readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { WEB_GET_ROUTES, webSignInAndStaffRoutes } from '../../infra/constructs/http-api.js';
import { WEB_BUNDLE_FILES, WEB_WRITABLE_KEYS } from '../../infra/constructs/web-function.js';
import {
  OpenPlaceStack,
  PLACEHOLDER_DOMAIN_PREFIX,
  pagesSignInFromContext,
  publicBaseUrlFromContext,
} from '../../infra/openplace-stack.js';

type Resource = { Type: string; Properties: Record<string, any> };

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

function synth(props: ConstructorParameters<typeof OpenPlaceStack>[2] = {}) {
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  return Template.fromStack(new OpenPlaceStack(app, 'WebTest', props));
}

const template = synth();
const functions = template.findResources('AWS::Lambda::Function') as Record<string, Resource>;
const [webId, web] = Object.entries(functions).find(
  ([, f]) => f.Properties.Description === 'OpenPlace web pages (the family page, staff pages, /your-rights)',
) as [string, Resource];
const [apiId, api] = Object.entries(functions).find(
  ([, f]) => f.Properties.Description === 'OpenPlace GraphQL API (Apollo Server)',
) as [string, Resource];
const roleOf = (f: Resource) => f.Properties.Role['Fn::GetAtt'][0] as string;
const policies = template.findResources('AWS::IAM::Policy') as Record<string, Resource>;
const statementsOf = (roleId: string) =>
  Object.values(policies)
    .filter((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === roleId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as Record<string, any>[]);
const actionsOf = (s: Record<string, any>): string[] => [s.Action].flat();

describe('the web pages’ function', () => {
  it('has a role of its own, not the API’s', () => {
    expect(roleOf(web)).not.toBe(roleOf(api));
  });

  it('writes to the table only under the keys of what families and staff change through the pages', () => {
    const statements = statementsOf(roleOf(web));
    const writes = statements.filter((s) =>
      actionsOf(s).some((a) => /^dynamodb:(Put|Update|Delete|BatchWrite)/.test(a)),
    );
    expect(writes).toHaveLength(2);
    expect(actionsOf(writes[0] as Record<string, any>).sort()).toEqual([
      'dynamodb:DeleteItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
    ]);
    expect(writes[0]?.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...WEB_WRITABLE_KEYS] },
      // A request naming no partition key (a Scan) is refused: ForAllValues alone would allow it.
      Null: { 'dynamodb:LeadingKeys': 'false' },
    });
    // Exactly the prefixes the pages' use cases write (tests/web/pages-role.test.ts records them):
    // URN claims for an officer's new or changed setting; never an LA's rights information, the
    // table's metadata or the register index.
    expect([...WEB_WRITABLE_KEYS].sort()).toEqual(
      [
        'CAPACITY#*',
        'CONSULTATION#*',
        'LIST#*',
        'OUTBOX',
        'SESSION#*',
        'SETTING#*',
        'THROTTLE#*',
        'URN#*',
      ].sort(),
    );
    for (const key of WEB_WRITABLE_KEYS) expect(key).not.toMatch(/^(LA|META|\*)/);
    // A setting added or changed appends its register change item in its own transaction: a put
    // under REGCHANGE#<day>, and nothing else of those items (nor of the snapshot, REGSNAP…).
    expect(writes[1]).toEqual({
      Effect: 'Allow',
      Action: 'dynamodb:PutItem',
      Resource: { 'Fn::GetAtt': [expect.stringMatching(/^RegisterTable/), 'Arn'] },
      Condition: {
        'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['REGCHANGE#*'] },
        Null: { 'dynamodb:LeadingKeys': 'false' },
      },
    });
  });

  it('reads the case keyring and its session keys, and nothing else of Secrets Manager', () => {
    const secrets = statementsOf(roleOf(web)).filter((s) =>
      actionsOf(s).some((a) => a.startsWith('secretsmanager:')),
    );
    const vars = web.Properties.Environment.Variables;
    expect(secrets.flatMap((s) => [s.Resource].flat()).sort()).toEqual(
      [vars.CASE_KEYS_SECRET_ARN, vars.SESSION_KEYS_SECRET_ARN].sort(),
    );
    for (const statement of secrets) {
      expect(actionsOf(statement).sort()).toEqual([
        'secretsmanager:DescribeSecret',
        'secretsmanager:GetSecretValue',
      ]);
    }
    expect(vars.CASE_KEYS_SECRET_ARN).toBeDefined();
    expect(vars.SESSION_KEYS_SECRET_ARN).toBeDefined();
    expect(vars.SESSION_KEYS).toBeUndefined();
  });

  it('serves the pages’ routes, and /graphql stays the API’s', () => {
    const routes = Object.values(
      template.findResources('AWS::ApiGatewayV2::Route') as Record<string, Resource>,
    );
    const integrations = template.findResources('AWS::ApiGatewayV2::Integration') as Record<string, Resource>;
    const target = (route: Resource) => {
      const id = (route.Properties.Target['Fn::Join'][1] as unknown[])[1] as { Ref: string };
      return integrations[id.Ref]?.Properties.IntegrationUri['Fn::GetAtt'][0];
    };
    for (const path of WEB_GET_ROUTES) {
      const route = routes.find((r) => r.Properties.RouteKey === `GET ${path}`) as Resource;
      expect(target(route), path).toBe(webId);
    }
    for (const { path, methods } of webSignInAndStaffRoutes()) {
      for (const method of methods) {
        const route = routes.find((r) => r.Properties.RouteKey === `${method} ${path}`) as Resource;
        expect(target(route), `${method} ${path}`).toBe(webId);
      }
    }
    expect(webSignInAndStaffRoutes().map((r) => r.path)).toEqual(
      expect.arrayContaining([
        '/sign-in',
        '/auth/callback',
        '/sign-out',
        '/staff',
        '/settings/{settingId}',
        '/case/{action}',
      ]),
    );
    // The development sign-in page is never routed in AWS.
    expect(routes.some((r) => String(r.Properties.RouteKey).includes('/dev/'))).toBe(false);
    const graphql = routes.find((r) => r.Properties.RouteKey === 'POST /graphql') as Resource;
    expect(target(graphql)).toBe(apiId);
  });

  it('logs the route of each request, never its path (a family page’s path holds its token)', () => {
    const stage = Object.values(
      template.findResources('AWS::ApiGatewayV2::Stage') as Record<string, Resource>,
    )[0];
    const format = JSON.parse(stage?.Properties.AccessLogSettings.Format as string) as Record<string, string>;
    expect(Object.values(format)).toContain('$context.routeKey');
    expect(Object.values(format).join(' ')).not.toMatch(/\$context\.path|rawPath|resourcePath/);
  });

  it('carries its templates, static files and boundaries, all present in the repository', () => {
    expect(WEB_BUNDLE_FILES.map((f) => f.to)).toEqual([
      'views',
      'static',
      'map-areas.json',
      'district-areas.json',
    ]);
    for (const { from } of WEB_BUNDLE_FILES) expect(existsSync(from), from).toBe(true);
  });
});

describe('the public base URL of family links', () => {
  it('comes from context when given, on the API and the pages', () => {
    const withBase = synth({ publicBaseUrl: 'https://openplace.example.gov.uk' });
    const fns = Object.values(withBase.findResources('AWS::Lambda::Function') as Record<string, Resource>);
    const withUrl = fns.filter((f) => f.Properties.Environment?.Variables?.PUBLIC_BASE_URL);
    expect(withUrl.map((f) => f.Properties.Description).sort()).toEqual([
      'OpenPlace GraphQL API (Apollo Server)',
      'OpenPlace web pages (the family page, staff pages, /your-rights)',
      // The capacity reminders link to each school's page there (and to the API's address without it).
      'OpenPlace: emails settings whose capacity figures are stale (capacity reminders)',
    ]);
    // Without it, the request's own address is used: no variable at all.
    expect(web.Properties.Environment.Variables.PUBLIC_BASE_URL).toBeUndefined();
  });

  it('must be an https origin', () => {
    expect(publicBaseUrlFromContext(undefined)).toEqual({});
    expect(publicBaseUrlFromContext('https://openplace.example.gov.uk')).toEqual({
      publicBaseUrl: 'https://openplace.example.gov.uk',
    });
    expect(() => publicBaseUrlFromContext('http://insecure.example')).toThrow(/https/);
    expect(() => publicBaseUrlFromContext('https://x.example/path')).toThrow(/no path/);
  });
});

describe('staff sign-in to the pages (Cognito managed login)', () => {
  const clients = Object.values(
    template.findResources('AWS::Cognito::UserPoolClient') as Record<string, Resource>,
  );
  const pagesClient = clients.find((c) => c.Properties.ClientName === 'openplace-pages') as Resource;
  const vars = () => web.Properties.Environment.Variables as Record<string, any>;

  it('has its own app client: authorization code only, no secret, Cognito users only', () => {
    expect(clients).toHaveLength(2);
    expect(pagesClient.Properties).toMatchObject({
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: expect.arrayContaining(['openid', 'email', 'profile']),
      GenerateSecret: false,
      SupportedIdentityProviders: ['COGNITO'],
      EnableTokenRevocation: true,
      PreventUserExistenceErrors: 'ENABLED',
    });
    expect(pagesClient.Properties.AllowedOAuthFlows).not.toContain('implicit');
    // No password flows through this client: people sign in on the managed login pages.
    expect(pagesClient.Properties.ExplicitAuthFlows ?? []).not.toContain('ALLOW_USER_PASSWORD_AUTH');
    // The API's SRP client stays as it was: no OAuth.
    const apiClient = clients.find((c) => c !== pagesClient) as Resource;
    expect(apiClient.Properties.AllowedOAuthFlowsUserPoolClient).toBe(false);
    expect(apiClient.Properties.ExplicitAuthFlows).toContain('ALLOW_USER_SRP_AUTH');
  });

  it('sends people back to the pages’ callback and home by default, on the API’s address', () => {
    expect(JSON.stringify(pagesClient.Properties.CallbackURLs)).toContain('/auth/callback');
    expect(JSON.stringify(pagesClient.Properties.LogoutURLs)).toContain('/"]]}');
  });

  it('uses managed login on a domain whose prefix is a clear placeholder without context', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: PLACEHOLDER_DOMAIN_PREFIX,
      ManagedLoginVersion: 2,
    });
    template.resourceCountIs('AWS::Cognito::ManagedLoginBranding', 1);
  });

  it('gives the pages the issuer, their client, callback and Cognito’s sign-out endpoint', () => {
    expect(vars().AUTH_MODE).toBe('cognito');
    expect(JSON.stringify(vars().OIDC_ISSUER)).toContain('cognito-idp.');
    expect(vars().OIDC_CLIENT_ID).toEqual({ Ref: expect.stringMatching(/PagesClient/) });
    expect(JSON.stringify(vars().OIDC_LOGOUT_URL)).toContain('/logout');
    expect(JSON.stringify(vars().OIDC_REDIRECT_URI)).toContain('/auth/callback');
  });

  it('takes the domain prefix, callback and sign-out addresses from context', () => {
    const configured = synth({
      publicBaseUrl: 'https://places.example.gov.uk',
      ...pagesSignInFromContext({ webDomainPrefix: 'westsussex-openplace' }),
    });
    configured.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'westsussex-openplace' });
    configured.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'openplace-pages',
      CallbackURLs: ['https://places.example.gov.uk/auth/callback'],
      LogoutURLs: ['https://places.example.gov.uk/'],
    });
    const explicit = synth(
      pagesSignInFromContext({
        webDomainPrefix: 'la-places',
        webCallbackUrl: 'https://staff.example.gov.uk/auth/callback',
        webSignOutUrl: 'https://staff.example.gov.uk/',
      }),
    );
    explicit.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'openplace-pages',
      CallbackURLs: ['https://staff.example.gov.uk/auth/callback'],
      LogoutURLs: ['https://staff.example.gov.uk/'],
    });
  });

  it('refuses context values Cognito would refuse', () => {
    expect(() => pagesSignInFromContext({ webDomainPrefix: 'My_Prefix' })).toThrow(/webDomainPrefix/);
    expect(() => pagesSignInFromContext({ webDomainPrefix: 'openplace-cognito' })).toThrow(/cognito/);
    expect(() => pagesSignInFromContext({ webCallbackUrl: 'http://insecure.example/auth/callback' })).toThrow(
      /webCallbackUrl/,
    );
    expect(pagesSignInFromContext({})).toEqual({ pagesSignIn: {} });
  });
});
