import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { OpenPlaceStack } from '../../infra/openplace-stack.js';

// Template tests synthesize the stack as `cdk synth` would (cdk.json's feature flags), without
// bundling the functions: the template is what they hold, not the code.

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

export type Resource = { Type: string; Properties: Record<string, any>; DependsOn?: unknown };

/** A new App with the project's context, bundling off. */
export const newApp = (context: Record<string, unknown> = {}) =>
  new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [], ...context } });

/** The stack's template, built with these props. */
export function synthStack(
  props: ConstructorParameters<typeof OpenPlaceStack>[2] = {},
  id = 'OpenPlace',
): { app: App; stack: OpenPlaceStack; template: Template } {
  const app = newApp();
  const stack = new OpenPlaceStack(app, id, props);
  return { app, stack, template: Template.fromStack(stack) };
}

/** Resources of one type, by logical id. */
export const resourcesOf = (template: Template, type: string) =>
  template.findResources(type) as Record<string, Resource>;
