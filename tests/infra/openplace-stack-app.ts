import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { expect } from 'vitest';
import { OpenPlaceStack, type OpenPlaceStackProps } from '../../infra/openplace-stack.js';

// The stack as the tests of openplace-stack*.test.ts build it: as `cdk synth` would (cdk.json's
// feature flags), without bundling the functions; and how they find its resources.

export type Resource = { Type: string; Properties: Record<string, unknown>; [key: string]: unknown };

const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

/** A fresh app with the feature flags `cdk synth` uses, and no esbuild bundling. */
export function newApp(): App {
  return new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
}

export function build(props?: OpenPlaceStackProps) {
  const app = newApp();
  const stack = new OpenPlaceStack(app, 'OpenPlaceTest', props);
  return { app, stack, template: Template.fromStack(stack) };
}

export function resources(template: Template, type: string): Record<string, Resource> {
  return template.findResources(type) as Record<string, Resource>;
}

/** The one resource of a type, with its logical id. */
export function only(template: Template, type: string): { id: string; resource: Resource } {
  const found = Object.entries(resources(template, type));
  expect(found, `exactly one ${type}`).toHaveLength(1);
  const [id, resource] = found[0] as [string, Resource];
  return { id, resource };
}
