/**
 * What a town's administrator does on the machine with network access before
 * carrying a site into the isolated network, done here without a network:
 * pack the engine, and give the site the lockfile `npm install` would write.
 * That lockfile is the engine's tested dependency tree (this repository's
 * package-lock.json, the engine's production packages only), so `npm ci
 * --offline` needs nothing but the tarballs in an npm cache.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { ENGINE, REPO } from './paths.ts';

const NPM = 'npm';

/** `npm pack` of the engine (or of a copy of it at `from`) into `outDir`; returns the tarball's path. */
export function packEngine(outDir: string, from: string = ENGINE): string {
  mkdirSync(outDir, { recursive: true });
  const output = execFileSync(NPM, ['pack', '--pack-destination', outDir, '--json'], { cwd: from, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [packed] = JSON.parse(output) as Array<{ filename: string }>;
  if (!packed) throw new Error(`npm pack wrote nothing:\n${output}`);
  return path.join(outDir, packed.filename);
}

/** A copy of the engine with another version (a "next release" to upgrade to); returns its tarball. */
export function packEngineVersion(version: string, outDir: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'engine-next-'));
  try {
    const pkg = JSON.parse(readFileSync(path.join(ENGINE, 'package.json'), 'utf8')) as { files: string[]; version: string };
    for (const entry of [...pkg.files, 'package.json']) cpSync(path.join(ENGINE, entry), path.join(copy, entry), { recursive: true });
    writeFileSync(path.join(copy, 'package.json'), `${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
    return packEngine(outDir, copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

interface LockPackage {
  version?: string;
  resolved?: string;
  integrity?: string;
  dev?: boolean;
  link?: boolean;
  [key: string]: unknown;
}

/**
 * The lockfile for a site whose package.json depends on the engine by `spec`
 * (e.g. "file:vendor/mission-handbook-0.2.0.tgz"), the tarball at `tarball`.
 */
export function siteLockfile(site: { name: string; version: string }, spec: string, tarball: string): string {
  const root = JSON.parse(readFileSync(path.join(REPO, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };
  const engine = root.packages['packages/engine'] as LockPackage & { dependencies: Record<string, string>; bin?: unknown; engines?: unknown; peerDependencies?: unknown };
  const packages: Record<string, LockPackage> = {
    '': { name: site.name, version: site.version, dependencies: { 'mission-handbook': spec } },
    'node_modules/mission-handbook': {
      version: engine.version,
      resolved: spec,
      integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
      license: engine.license,
      dependencies: engine.dependencies,
      ...(engine.peerDependencies ? { peerDependencies: engine.peerDependencies } : {}),
      ...(engine.bin ? { bin: engine.bin } : {}),
      ...(engine.engines ? { engines: engine.engines } : {}),
    },
  };
  for (const [key, entry] of Object.entries(root.packages)) {
    // Installed packages of the repository that a production install has (not the workspaces' links, not dev tools).
    if (entry.link || entry.dev || key === 'node_modules/mission-handbook') continue;
    if (key.startsWith('node_modules/')) packages[key] = entry;
    // A version the engine needs that differs from the hoisted one is nested under the engine's folder:
    // in the repository packages/engine/node_modules/, in a site node_modules/mission-handbook/node_modules/.
    else if (key.startsWith('packages/engine/node_modules/')) packages[`node_modules/mission-handbook/${key.slice('packages/engine/'.length)}`] = entry;
  }
  return `${JSON.stringify({ name: site.name, version: site.version, lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;
}

/**
 * An npm cache for the offline install: the tarballs the repository's own
 * install fetched (hard links to the machine's npm cache, so nothing is
 * copied or changed there).
 */
export function offlineCache(into: string): string {
  // npm's own default (~/.npm), unless npm was told another (npm run passes it on).
  const machineCache = process.env.npm_config_cache ?? path.join(homedir(), '.npm');
  mkdirSync(into, { recursive: true });
  execFileSync('cp', ['-al', path.join(machineCache, '_cacache'), path.join(into, '_cacache')]);
  return into;
}
