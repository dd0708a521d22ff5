import { expect } from 'vitest';
import { build, only, type Resource, resources } from './openplace-stack-app.js';

// The stack's template, synthesized once in each test file that imports it, and the resources of it
// that the tests of openplace-stack*.test.ts look at.

export const { template } = build();
export const table = only(template, 'AWS::DynamoDB::Table');
/** The GraphQL API's function (the stack's others carry the journey's events). */
export const fn = (() => {
  const found = Object.entries(resources(template, 'AWS::Lambda::Function')).filter(
    ([, r]) => r.Properties.Description === 'OpenPlace GraphQL API (Apollo Server)',
  );
  expect(found, 'exactly one GraphQL function').toHaveLength(1);
  const [id, resource] = found[0] as [string, Resource];
  return { id, resource };
})();
export const userPool = only(template, 'AWS::Cognito::UserPool');
/** The API's app client (SRP); the pages' own (managed login) is tested in web-function.test.ts. */
export const client = (() => {
  const found = Object.entries(resources(template, 'AWS::Cognito::UserPoolClient')).filter(
    ([, r]) => r.Properties.ClientName !== 'openplace-pages',
  );
  expect(found, 'exactly one API client').toHaveLength(1);
  const [id, resource] = found[0] as [string, Resource];
  return { id, resource };
})();
export const fnVariables = (fn.resource.Properties.Environment as { Variables: Record<string, unknown> })
  .Variables;
export const fnRoleId = (fn.resource.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
