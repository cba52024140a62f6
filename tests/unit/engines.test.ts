/**
 * The Node versions package.json declares are ones every installed package supports, so
 * `npm ci` on any of them installs without an EBADENGINE warning and the tools run.
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const declared: string = read('package.json').engines.node;
const lock: { packages: Record<string, { version?: string; engines?: { node?: string } }> } =
  read('package-lock.json');

describe('engines', () => {
  it('declares a valid Node range that includes Node 20', () => {
    expect(semver.validRange(declared)).not.toBeNull();
    expect(semver.intersects(declared, '20.x')).toBe(true);
  });

  it('declares only Node versions that every locked package supports', () => {
    const unsupported = Object.entries(lock.packages)
      .filter(([path, pkg]) => path !== '' && pkg.engines?.node)
      .filter(([, pkg]) => !semver.subset(declared, pkg.engines?.node ?? '*'))
      .map(([path, pkg]) => `${path}@${pkg.version} wants node ${pkg.engines?.node}`);
    expect(unsupported).toEqual([]);
  });
});
