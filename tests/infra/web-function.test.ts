import { existsSync, readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { WEB_GET_ROUTES } from '../../infra/constructs/http-api.js';
import { WEB_BUNDLE_FILES, WEB_WRITABLE_KEYS } from '../../infra/constructs/web-function.js';
import { OpenPlaceStack, publicBaseUrlFromContext } from '../../infra/openplace-stack.js';

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
  ([, f]) => f.Properties.Description === 'OpenPlace web pages (the family page, /your-rights)',
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

  it('writes to the table only under a case record, the outbox or a throttle counter', () => {
    const statements = statementsOf(roleOf(web));
    const writes = statements.filter((s) =>
      actionsOf(s).some((a) => /^dynamodb:(Put|Update|Delete|BatchWrite)/.test(a)),
    );
    expect(writes).toHaveLength(1);
    expect(actionsOf(writes[0] as Record<string, any>).sort()).toEqual([
      'dynamodb:ConditionCheckItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
    ]);
    expect(writes[0]?.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...WEB_WRITABLE_KEYS] },
    });
    // Never a setting (SETTING#…), a list version or anything else.
    expect(WEB_WRITABLE_KEYS).not.toContain('SETTING#*');
    expect(statements.some((s) => actionsOf(s).includes('dynamodb:DeleteItem'))).toBe(false);
  });

  it('reads the case keyring secret and nothing else of Secrets Manager', () => {
    const secrets = statementsOf(roleOf(web)).filter((s) =>
      actionsOf(s).some((a) => a.startsWith('secretsmanager:')),
    );
    expect(secrets).toHaveLength(1);
    expect(actionsOf(secrets[0] as Record<string, any>).sort()).toEqual([
      'secretsmanager:DescribeSecret',
      'secretsmanager:GetSecretValue',
    ]);
    expect(web.Properties.Environment.Variables.CASE_KEYS_SECRET_ARN).toBeDefined();
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
    expect(WEB_BUNDLE_FILES.map((f) => f.to)).toEqual(['views', 'static', 'map-areas.json']);
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
      'OpenPlace web pages (the family page, /your-rights)',
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
