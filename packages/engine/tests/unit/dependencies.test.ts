/**
 * A site installs the engine without its devDependencies (npm never installs
 * a dependency's dev tools), so every package the build's code imports is in
 * the engine's `dependencies`. The Node runtime is the machine's (a town
 * installs Node.js itself); this repository's root brings Node 24 for its
 * own scripts, in `dependencies` so that `npm ci --omit=dev` keeps it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REPO = path.resolve(ROOT, '../..');
const repoPkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });

/** Modules a site's build and commands load: the integration, routes, components, layouts, collections, middleware, the command and what they import. */
function buildModules(): Set<string> {
  const src = path.join(ROOT, 'src');
  const roots = [
    path.join(ROOT, 'index.ts'),
    path.join(ROOT, 'bin', 'mission-handbook.mjs'),
    path.join(src, 'collections.ts'),
    path.join(src, 'middleware.ts'),
    ...['pages', 'components', 'layouts', 'cli', 'verify'].flatMap((dir) => files(path.join(src, dir))),
  ];
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file) || !/\.(?:[cm]?[jt]s|astro)$/u.test(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) queue.push(path.resolve(path.dirname(file), specifier));
    }
  }
  return seen;
}

const PATTERNS = [
  /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"\n]+)['"]/gmu, // import … from '…' (also multi-line)
  /^\s*import\s*['"]([^'"\n]+)['"]/gmu, // import '…'
  /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/gu, // import('…')
  /\brequire(?:\.resolve)?\(\s*['"]([^'"\n]+)['"]\s*\)/gu, // require.resolve('…/package.json')
];

/** What a module imports or resolves. */
function specifiersOf(source: string): string[] {
  return PATTERNS.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!));
}

const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

describe('what the build needs is in dependencies', () => {
  it('every package the build’s modules import', () => {
    const packages = new Set<string>();
    for (const file of buildModules()) {
      for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('.') || /^(?:node|astro|virtual):/u.test(specifier) || specifier.startsWith('/')) continue;
        packages.add(packageOf(specifier));
      }
    }
    expect(packages.size).toBeGreaterThan(5);
    // The editor's bundle (/admin/) is copied from decap-cms at build time.
    expect(packages).toContain('decap-cms');
    const missing = [...packages].filter((name) => !(name in pkg.dependencies)).sort();
    expect(missing, 'move these to "dependencies" in package.json').toEqual([]);
  });

  it('the engine installs no Node runtime (its install script would fetch outside the lockfile); this repository keeps one for its own scripts', () => {
    expect(pkg.dependencies).not.toHaveProperty('node');
    expect(repoPkg.dependencies).toHaveProperty('node');
    expect(repoPkg.devDependencies ?? {}).not.toHaveProperty('node');
  });
});
