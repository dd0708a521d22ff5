import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The layer fences in biome.json, shown to bite: one import each rule forbids is planted in a
// throwaway copy of the config and `biome lint` must refuse every one, while an import the layer
// may make passes. A folder under functions/ or web/ with TypeScript in it and no fence fails.

const ROOT = join(import.meta.dirname, '..', '..');
const BIOME = join(ROOT, 'node_modules', '.bin', 'biome');
const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8')) as {
  overrides: { includes: string[]; linter?: unknown }[];
};

/** Per folder: imports it must never make (each names a rule), and one it may. */
const PLANTS: Record<string, { refused: string[]; allowed: string }> = {
  'functions/core': {
    refused: [
      'node:fs',
      '@aws-sdk/client-dynamodb',
      'graphql',
      '../store/keys.js',
      '../services/lists-service.js',
      '../graphql/errors.js',
      '../local/runtime.js',
      '../importer/gias-cli.js',
      '../reference/load-england.js',
      '../config.js',
      '../events/resend.js',
      '../reminders/handler.js',
      '../metrics/powertools-metrics.js',
      '../../web/view/format.js',
      '../../infra/preflight.js',
    ],
    allowed: './needs.js',
  },
  'functions/store': {
    refused: [
      'graphql',
      '../graphql/errors.js',
      '../services/lists-service.js',
      '../local/runtime.js',
      '../../web/view/format.js',
      '../events/resend.js',
      '../reminders/handler.js',
      '../metrics/powertools-metrics.js',
      '../importer/gias-cli.js',
      '../reference/load-england.js',
      '../../infra/preflight.js',
    ],
    allowed: '../core/needs.js',
  },
  'functions/services': {
    refused: [
      'graphql',
      '@apollo/server',
      '../graphql/errors.js',
      '../local/runtime.js',
      '../../web/view/format.js',
      '../events/resend.js',
      '../metrics/powertools-metrics.js',
      '../importer/gias-cli.js',
      '../reference/load-england.js',
      '../reminders/ses-mailer.js',
      '../../infra/preflight.js',
    ],
    allowed: '../store/keys.js',
  },
  'functions/graphql': {
    refused: [
      '../local/runtime.js',
      '../../web/pages/family.js',
      '../events/resend.js',
      '../reminders/handler.js',
      '../importer/gias-cli.js',
      '../reference/load-england.js',
      '../../infra/preflight.js',
    ],
    allowed: '../services/lists-service.js',
  },
  'functions/events': {
    refused: [
      'graphql',
      '../graphql/errors.js',
      '../local/runtime.js',
      '../../web/view/format.js',
      '../reminders/handler.js',
      '../importer/gias-cli.js',
      '../reference/load-england.js',
      '../../infra/preflight.js',
    ],
    allowed: '../store/outbox-store.js',
  },
  'functions/reminders': {
    refused: [
      'graphql',
      '../graphql/errors.js',
      '../local/runtime.js',
      '../../web/view/format.js',
      '../events/resend.js',
      '../importer/gias-cli.js',
      '../reference/load-england.js',
      '../../infra/preflight.js',
    ],
    allowed: '../services/capacity-reminder-job.js',
  },
  'functions/register': {
    refused: [
      'graphql',
      '../graphql/errors.js',
      '../local/runtime.js',
      '../../web/view/format.js',
      '../events/resend.js',
      '../reminders/handler.js',
      '../importer/gias-cli.js',
      '../reference/load-england.js',
      '../../infra/preflight.js',
    ],
    allowed: '../compose-jobs.js',
  },
  'functions/metrics': {
    refused: [
      'graphql',
      '../graphql/errors.js',
      '../local/runtime.js',
      '../../web/view/format.js',
      '../store/keys.js',
      '../events/resend.js',
      '../reminders/handler.js',
      '../importer/gias-cli.js',
      '../reference/load-england.js',
      '../../infra/preflight.js',
    ],
    allowed: '../services/metrics.js',
  },
  'functions/importer': {
    refused: [
      'graphql',
      '../graphql/errors.js',
      '../services/lists-service.js',
      '../../web/view/format.js',
      '../events/resend.js',
      '../reminders/handler.js',
      '../metrics/powertools-metrics.js',
      '../../infra/preflight.js',
    ],
    allowed: '../store/import-store.js',
  },
  'functions/reference': {
    refused: [
      'graphql',
      '../graphql/errors.js',
      '../services/lists-service.js',
      '../local/runtime.js',
      '../../web/view/format.js',
      '../events/resend.js',
      '../reminders/handler.js',
      '../metrics/powertools-metrics.js',
      '../importer/gias-cli.js',
      '../../infra/preflight.js',
    ],
    allowed: '../store/reference-store.js',
  },
  'functions/local': {
    refused: ['../../infra/preflight.js', 'aws-cdk-lib', 'constructs'],
    allowed: '../graphql/handler.js',
  },
  'web/view': {
    refused: [
      'node:fs',
      'nunjucks',
      '@aws-sdk/client-dynamodb',
      'graphql',
      '../../functions/store/keys.js',
      '../../functions/services/lists-service.js',
      '../../functions/graphql/errors.js',
      '../../functions/local/runtime.js',
      '../pages/family.js',
      '../auth/session.js',
      '../handler.js',
      '../render.js',
      '../../functions/events/resend.js',
      '../../infra/preflight.js',
    ],
    allowed: '../../functions/core/needs.js',
  },
  'web/pages': {
    refused: [
      '../../functions/store/keys.js',
      '@aws-sdk/client-dynamodb',
      '../../functions/local/runtime.js',
      '../../functions/events/resend.js',
      '../../functions/reminders/handler.js',
      '../../functions/importer/gias-cli.js',
      '../../functions/graphql/errors.js',
      '../../infra/preflight.js',
    ],
    allowed: '../../functions/compose.js',
  },
  'web/auth': {
    refused: [
      'graphql',
      '../../functions/graphql/errors.js',
      '../../functions/services/lists-service.js',
      '../pages/family.js',
      '../view/format.js',
      '../../functions/local/runtime.js',
      '../../infra/preflight.js',
    ],
    allowed: '../../functions/store/session-store.js',
  },
  infra: {
    refused: ['../functions/graphql/errors.js', '../functions/local/runtime.js', '../web/pages/family.js'],
    allowed: '../functions/config.js',
  },
};

const work = mkdtempSync(join(tmpdir(), 'openplace-layers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Plants each import in a file of its own in the folder, and returns the files biome refused. */
function lintPlanted(): {
  refused: Set<string>;
  planted: { folder: string; specifier: string; file: string; bad: boolean }[];
} {
  const fenced = { ...config, vcs: { enabled: false }, $schema: undefined };
  writeFileSync(join(work, 'biome.json'), JSON.stringify(fenced));
  const planted = Object.entries(PLANTS).flatMap(([folder, { refused, allowed }]) =>
    [...refused.map((s) => ({ s, bad: true })), { s: allowed, bad: false }].map(({ s, bad }, i) => {
      const file = join(folder, `planted-${i}.ts`);
      mkdirSync(join(work, dirname(file)), { recursive: true });
      writeFileSync(join(work, file), `import * as planted from '${s}';\nexport const used = planted;\n`);
      return { folder, specifier: s, file, bad };
    }),
  );
  let output = '';
  try {
    output = execFileSync(BIOME, ['lint', '--max-diagnostics=none', '.'], {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
  const refused = new Set(
    [...output.matchAll(/^(\S+\.ts):\d+:\d+ lint\/style\/noRestrictedImports/gm)].map((m) => m[1] as string),
  );
  return { refused, planted };
}

describe('the layer fences', () => {
  const { refused, planted } = lintPlanted();

  it.each(planted.filter((p) => p.bad).map((p) => [p.folder, p.specifier, p.file] as const))(
    '%s may not import %s',
    (_folder, _specifier, file) => {
      expect(refused.has(file)).toBe(true);
    },
  );

  it.each(planted.filter((p) => !p.bad).map((p) => [p.folder, p.specifier, p.file] as const))(
    '%s may import %s',
    (_folder, _specifier, file) => {
      expect(refused.has(file)).toBe(false);
    },
  );

  it('fences every folder of functions/ and web/ that holds TypeScript, and infra/', () => {
    const folders = ['functions', 'web'].flatMap((top) =>
      readdirSync(join(ROOT, top))
        .filter((name) => name !== '__generated__' && statSync(join(ROOT, top, name)).isDirectory())
        .filter((name) => holdsTypeScript(join(ROOT, top, name)))
        .map((name) => `${top}/${name}`),
    );
    const fenced = new Set(
      config.overrides
        .filter((o) => o.linter !== undefined)
        .flatMap((o) => o.includes.map((i) => i.replace(/\/\*\*$/, ''))),
    );
    const unfenced = [...folders, 'infra'].filter((f) => !fenced.has(f));
    expect(unfenced).toEqual([]);
    // Each fenced folder is also planted above, so its rules are shown to bite.
    expect([...folders, 'infra'].filter((f) => !(f in PLANTS))).toEqual([]);
  });
});

function holdsTypeScript(dir: string): boolean {
  return readdirSync(dir, { withFileTypes: true }).some((entry) =>
    entry.isDirectory() ? holdsTypeScript(join(dir, entry.name)) : entry.name.endsWith('.ts'),
  );
}

describe('the one composition root', () => {
  // Only functions/compose.ts builds the stores the services and jobs run over; the store builds
  // its own parts, and the bulk loaders (GIAS import, the reference register, the local seed) build
  // the register store they write with.
  const BUILDERS = new Set([
    'functions/compose.ts',
    'functions/importer/gias-cli.ts',
    'functions/reference/load-england.ts',
    'functions/local/seed.ts',
  ]);
  const tsFiles = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );

  it('builds every store the services, jobs, pages and Lambda entries use', () => {
    const builders = [...tsFiles('functions'), ...tsFiles('web')]
      .filter((file) => !file.startsWith('functions/store/') && !file.includes('__generated__'))
      .filter((file) => /\bcreate[A-Z]\w*Store\(/.test(readFileSync(join(ROOT, file), 'utf8')))
      .filter((file) => !BUILDERS.has(file));
    expect(builders).toEqual([]);
  });
});
