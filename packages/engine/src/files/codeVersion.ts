/**
 * A version for code whose output is cached across builds: a hash of the
 * source of some modules and of every local module they import (followed
 * through static imports, read from disk at run time), plus name@version of
 * every package they import and of those packages' dependencies, plus Node's
 * version. A cache keyed by it can never hand back what older code produced.
 * Used by the output check's cache (src/build/outputScanCache.ts) and by the
 * plain-post renderer's store (src/model/loaders/strictGlob.ts).
 *
 * import.meta.url is a module's own source URL under Node, Vitest and the
 * Vite module runner that loads astro.config.mjs, so roots can be given as
 * `new URL('./x.ts', import.meta.url)`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Static import specifiers of a module's source (`import … from '…'`, `export … from '…'`, `import '…'`). */
function importsOf(source: string): string[] {
  return [...source.matchAll(/^\s*(?:(?:import|export)\b[^'";]*?\bfrom|import)\s*['"]([^'"]+)['"]/gmu)].map((match) => match[1]!);
}

/** The package a bare specifier names: 'css-tree' → css-tree, '@scope/x/y' → @scope/x. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** A package's folder, found the way Node resolves a bare import: node_modules folders upwards from `from`. */
function packageFolder(name: string, from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const folder = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(folder, 'package.json'))) return folder;
    if (path.dirname(dir) === dir) throw new Error(`${name} is not installed`);
  }
}

/**
 * Record `name@version` of a package and of every package it depends on
 * (parse5 reads character references with `entities`, css-tree its grammar
 * from `mdn-data`): an update below a library changes what it produces too.
 */
function addPackage(packages: Map<string, string>, name: string, from: string) {
  const folder = packageFolder(name, from);
  const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { version?: unknown; dependencies?: Record<string, string> };
  if (packages.has(folder)) return;
  packages.set(folder, `${name}@${String(manifest.version)}`);
  for (const dependency of Object.keys(manifest.dependencies ?? {})) addPackage(packages, dependency, folder);
}

export interface CodeInputs {
  /** Absolute path → source text of every local module reached. */
  sources: Map<string, string>;
  /** Installed folder → "name@version" of every package those modules import (node:* aside) and of their dependencies. */
  packages: Map<string, string>;
}

/** Every local module reachable from `roots` by static imports, and the packages they use. Throws when one is missing. */
export function codeInputs(roots: readonly URL[], extraPackages: readonly string[] = []): CodeInputs {
  const sources = new Map<string, string>();
  const packages = new Map<string, string>();
  const queue = roots.map((url) => fileURLToPath(url));
  for (const name of extraPackages) addPackage(packages, name, path.dirname(queue[0] ?? process.cwd()));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (sources.has(file)) continue;
    const source = readFileSync(file, 'utf8');
    sources.set(file, source);
    for (const specifier of importsOf(source)) {
      if (specifier.startsWith('.')) queue.push(path.resolve(path.dirname(file), specifier));
      else if (!specifier.startsWith('node:')) addPackage(packages, packageName(specifier), path.dirname(file));
    }
  }
  return { sources, packages };
}

/** SHA-256 (hex) of a label, Node's version and codeInputs(roots, extraPackages). */
export function codeVersion(label: string, roots: readonly URL[], extraPackages: readonly string[] = []): string {
  const { sources, packages } = codeInputs(roots, extraPackages);
  const hash = createHash('sha256').update(`${label}\0node ${process.versions.node}\0`);
  const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [file, source] of sorted(sources)) hash.update(`${path.basename(file)}\0${source}\0`);
  for (const id of [...packages.values()].sort()) hash.update(`${id}\0`);
  return hash.digest('hex');
}

/**
 * sha256 of every stylesheet and `.astro` file (their <style> blocks) under
 * `folder`. The site is built with one stylesheet (cssCodeSplit off), so a
 * change in any of them renames the file every page links to; Astro's
 * incremental build does not see that for pages whose own modules did not
 * change and restores them linking the old name (withastro/astro#17974), which
 * the link check then refuses. Folded into every page's cache key.
 */
export function stylesDigest(folder: URL): string {
  const root = fileURLToPath(folder);
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:css|astro)$/u.test(file))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0${readFileSync(path.join(root, file), 'utf8')}\0`);
  return hash.digest('hex');
}
