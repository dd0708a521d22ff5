import { describe, expect, it } from 'vitest';
import { webSignInAndStaffRoutes } from '../../infra/constructs/http-api.js';
import { corsOriginsFromContext } from '../../infra/openplace-stack.js';
import { build, only, resources } from './openplace-stack-app.js';
import { fn, template } from './openplace-stack-template.js';

// The stack's HTTP API: its routes, throttling, access logs and CORS (corsOriginsFromContext).

describe('HTTP API', () => {
  it('routes POST and GET /graphql to the function, the pages to the web function, and nothing else', () => {
    const routes = Object.values(resources(template, 'AWS::ApiGatewayV2::Route'));
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(
      [
        'GET /graphql',
        'POST /graphql',
        'POST /f/{token}/choices/{form}',
        ...['/', '/your-rights', '/your-rights/{laCode}', '/f/{token}', '/assets/{proxy+}'].flatMap(
          (path) => [`GET ${path}`, `HEAD ${path}`],
        ),
        // Signing in and out, and the staff pages (web/view/routes.ts).
        ...webSignInAndStaffRoutes().flatMap(({ path, methods }) => methods.map((m) => `${m} ${path}`)),
      ].sort(),
    );
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: { 'Fn::GetAtt': [fn.id, 'Arn'] },
      PayloadFormatVersion: '2.0',
    });
  });

  it('throttles the default stage', () => {
    const stage = only(template, 'AWS::ApiGatewayV2::Stage').resource.Properties;
    expect(stage).toMatchObject({ StageName: '$default', AutoDeploy: true });
    const settings = stage.DefaultRouteSettings as {
      ThrottlingRateLimit: number;
      ThrottlingBurstLimit: number;
    };
    expect(settings.ThrottlingRateLimit).toBeGreaterThan(0);
    expect(settings.ThrottlingBurstLimit).toBeGreaterThanOrEqual(settings.ThrottlingRateLimit);
  });

  it('writes JSON access logs, with the request id, to a log group with a retention period', () => {
    const stage = only(template, 'AWS::ApiGatewayV2::Stage').resource.Properties;
    const access = stage.AccessLogSettings as {
      DestinationArn: { 'Fn::GetAtt': [string, string] };
      Format: string;
    };
    const logGroup = resources(template, 'AWS::Logs::LogGroup')[access.DestinationArn['Fn::GetAtt'][0]];
    expect(logGroup?.Properties.RetentionInDays).toBeGreaterThan(0);
    expect(JSON.parse(access.Format)).toMatchObject({
      requestId: '$context.requestId',
      status: '$context.status',
    });
  });

  it('answers CORS preflight for the headers Apollo clients send; every origin by default', () => {
    const api = only(template, 'AWS::ApiGatewayV2::Api').resource.Properties;
    expect(api.CorsConfiguration).toMatchObject({
      AllowOrigins: ['*'],
      AllowMethods: expect.arrayContaining(['GET', 'POST', 'OPTIONS']),
      AllowHeaders: expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight']),
    });
  });

  it('restricts CORS to the configured origins', () => {
    const origins = ['https://openplace.example', 'https://staff.openplace.example'];
    const api = only(build({ corsOrigins: origins }).template, 'AWS::ApiGatewayV2::Api').resource.Properties;
    expect(api.CorsConfiguration).toMatchObject({ AllowOrigins: origins });
  });
});

describe('corsOriginsFromContext', () => {
  it('defaults to every origin', () => {
    expect(corsOriginsFromContext(undefined)).toEqual(['*']);
    expect(corsOriginsFromContext('')).toEqual(['*']);
  });

  it('reads a comma-separated string or an array', () => {
    expect(corsOriginsFromContext('https://a.example, https://b.example')).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(corsOriginsFromContext(['https://a.example'])).toEqual(['https://a.example']);
  });

  it('refuses anything else', () => {
    expect(() => corsOriginsFromContext(42)).toThrow(/corsOrigins/);
  });
});
