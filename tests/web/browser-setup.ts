import sparticuz from '@sparticuz/chromium';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    browserWsEndpoint: string;
  }
}

/**
 * One Chromium per test run (from the npm registry: @sparticuz/chromium, unpacked to /tmp on first
 * use); tests connect to it and open a context each. Its Lambda-only flags are dropped: with
 * --single-process or --no-zygote, closing one context ends the whole browser.
 */
export default async function setup(project: TestProject) {
  const executablePath = await sparticuz.executablePath();
  const server = await chromium.launchServer({
    executablePath,
    args: sparticuz.args.filter((a) => a !== '--single-process' && a !== '--no-zygote'),
    headless: true,
  });
  project.provide('browserWsEndpoint', server.wsEndpoint());
  return () => server.close();
}
