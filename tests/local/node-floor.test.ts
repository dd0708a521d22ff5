import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// Node 20.19+ is the local floor (these machines have Node 20; Lambda runs Node 22). The AWS SDK's
// versions published after the first week of January 2027 need Node 22: an update that brought one
// in would break `npm start` and `npm test` on a developer's machine, so the lock is held to it.

type Lock = { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as Lock;
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
};

const sdkPackages = Object.entries(lock.packages).filter(([path]) =>
  /(^|\/)node_modules\/@(aws-sdk|smithy|aws-crypto)\//.test(path),
);

describe('the AWS SDK in the lock', () => {
  it('holds AWS SDK packages (the check below reads something)', () => {
    expect(sdkPackages.length).toBeGreaterThan(20);
  });

  it('holds no AWS SDK package whose engines exclude the Node running these tests', () => {
    const excluded = sdkPackages.flatMap(([path, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return range && !semver.satisfies(process.version, range)
        ? [`${path}@${entry.version} (${range})`]
        : [];
    });
    expect(excluded, `on Node ${process.version}`).toEqual([]);
  });

  it('is pinned in package.json, not a range an install could move past the floor', () => {
    const sdk = Object.entries(manifest.dependencies).filter(([name]) => name.startsWith('@aws-sdk/'));
    expect(sdk.length).toBeGreaterThan(0);
    for (const [name, version] of sdk) expect(semver.valid(version), name).toBe(version);
  });

  it('runs on the floor the project states', () => {
    expect(semver.satisfies(process.version, manifest.engines.node)).toBe(true);
  });
});
