import { cp, mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { LAMBDA_BUNDLE } from '../../infra/constructs/lambda-bundle.js';
import { GOVUK_FRONTEND_FILES, WEB_BUNDLE_FILES } from '../../infra/constructs/web-function.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Bundles a Lambda entry as the CDK stack bundles it (infra/constructs/lambda-bundle.ts). */
export async function bundleLambda(entry: URL, outfile: string): Promise<number> {
  await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    target: LAMBDA_BUNDLE.target,
    minify: LAMBDA_BUNDLE.minify,
    sourcemap: LAMBDA_BUNDLE.sourcemap,
    sourcesContent: LAMBDA_BUNDLE.sourcesContent,
    mainFields: [...LAMBDA_BUNDLE.mainFields],
    conditions: [...LAMBDA_BUNDLE.conditions],
    alias: { ...LAMBDA_BUNDLE.alias },
    banner: { js: LAMBDA_BUNDLE.banner },
    logLevel: 'error',
  });
  return (await stat(outfile)).size;
}

/**
 * Copies beside a web bundle what the stack's afterBundling hook copies (infra/constructs/
 * web-function.ts): WEB_BUNDLE_FILES, and the files of govuk-frontend's dist that
 * GOVUK_FRONTEND_FILES selects, with the same find(1) rules (a pattern with a slash matches the
 * path under ./govuk/, `*` crossing folders; one without matches the file's name). Returns the
 * bytes copied (the bundle's own index.mjs and map aside).
 */
export async function stageWebFiles(outputDir: string): Promise<number> {
  for (const { from, to } of WEB_BUNDLE_FILES) {
    await cp(join(ROOT, from), join(outputDir, to), { recursive: true });
  }
  const dist = join(ROOT, 'node_modules', 'govuk-frontend', 'dist');
  const glob = (pattern: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
  const byPath = GOVUK_FRONTEND_FILES.filter((p) => p.includes('/')).map((p) => glob(`./govuk/${p}`));
  const byName = GOVUK_FRONTEND_FILES.filter((p) => !p.includes('/')).map(glob);
  const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
  for (const file of files) {
    const path = `./${relative(dist, join(file.parentPath, file.name))}`;
    if (!byPath.some((re) => re.test(path)) && !byName.some((re) => re.test(file.name))) continue;
    const to = join(outputDir, 'govuk-frontend', path);
    await mkdir(dirname(to), { recursive: true });
    await cp(join(dist, path), to);
  }
  return sizeOf(outputDir);
}

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && !/^index\.mjs(\.map)?$/.test(relative(dir, path))) total += (await stat(path)).size;
  }
  return total;
}
