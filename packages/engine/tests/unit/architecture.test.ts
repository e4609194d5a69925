/**
 * The folder tree is the architecture: each folder of src/ says in its
 * README.md what it holds and what it may import, and this test holds every
 * import to that. A wrong direction (a rule reading files, browser code
 * pulling in node:fs, a page reading astro:content past the model) fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

type Layer = 'rules' | 'files' | 'model' | 'site' | 'build' | 'client' | 'cli' | 'verify' | 'components' | 'layouts' | 'pages';

/** Which src/ folders each layer may import from (itself included). */
export const ALLOWED: Record<Layer, Layer[]> = {
  rules: ['rules'],
  files: ['files', 'rules'],
  site: ['site', 'rules'],
  model: ['model', 'rules', 'files', 'site'],
  build: ['build', 'rules', 'files', 'site'],
  client: ['client', 'site', 'rules'],
  cli: ['cli', 'rules', 'files', 'site', 'build', 'verify'],
  // The browser and the server come from the command: verify never imports the CLI.
  verify: ['verify', 'rules', 'files', 'site', 'build'],
  components: ['components', 'layouts', 'model', 'site', 'rules', 'client'],
  layouts: ['layouts', 'components', 'model', 'site', 'rules', 'client'],
  pages: ['pages', 'layouts', 'components', 'model', 'site', 'rules'],
};

/** Bare specifiers a layer may not use (prefix match). */
const FORBIDDEN: Partial<Record<Layer, string[]>> = {
  rules: ['node:', 'astro:', 'astro/loaders', 'fs', 'path', 'child_process'],
  site: ['node:', 'astro:'],
  files: ['astro:'],
  build: ['astro:'],
  cli: ['astro:'],
  verify: ['astro:'],
  client: ['node:', 'astro:'],
  components: ['astro:content', 'node:'],
  layouts: ['astro:content', 'node:'],
  pages: ['astro:content', 'node:'],
};

/**
 * The Node modules a layer may use at all (others are refused), where the
 * layer is allowed some: the model's loaders read content files and its cache
 * keys hash (src/model/README.md); git and processes stay in src/files/.
 */
const NODE_ALLOWED: Partial<Record<Layer, string[]>> = {
  model: ['node:fs', 'node:fs/promises', 'node:path', 'node:crypto'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|astro)$/u.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Import specifiers of a file; for .astro files, of its frontmatter and scripts. */
function importsOf(file: string): string[] {
  let text = readFileSync(file, 'utf8');
  if (file.endsWith('.astro')) {
    const frontmatter = /^---\n([\s\S]*?)\n---/u.exec(text)?.[1] ?? '';
    const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1]);
    text = [frontmatter, ...scripts].join('\n');
  }
  return ts.preProcessFile(text, true, true).importedFiles.map((ref) => ref.fileName);
}

function layerOf(file: string): Layer | undefined {
  const top = path.relative(SRC, file).split(path.sep)[0] ?? '';
  return top in ALLOWED ? (top as Layer) : undefined;
}

const files = sourceFiles(SRC).filter((file) => layerOf(file));

describe('import directions between the folders of src/', () => {
  it('finds the layers', () => {
    for (const layer of Object.keys(ALLOWED)) {
      expect(files.some((file) => layerOf(file) === layer), layer).toBe(true);
    }
  });

  it('every relative import points into an allowed folder', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const layer = layerOf(file)!;
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = path.resolve(path.dirname(file), spec);
        if (!target.startsWith(SRC + path.sep)) continue; // e.g. ../../package.json
        const targetLayer = path.relative(SRC, target).split(path.sep)[0] as Layer;
        if (!(targetLayer in ALLOWED)) continue; // styles, content.config.ts
        if (!ALLOWED[layer].includes(targetLayer)) {
          wrong.push(`${path.relative(SRC, file)} → ${spec}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('no layer uses a package it must not (Node I/O in rules, astro:content outside the model)', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const layer = layerOf(file)!;
      for (const spec of importsOf(file)) {
        if ((FORBIDDEN[layer] ?? []).some((prefix) => spec === prefix || spec.startsWith(prefix))) {
          wrong.push(`${path.relative(SRC, file)} → ${spec}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a layer with a list of Node modules uses no other (the model: files, paths and hashes; no git, no processes)', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const allowed = NODE_ALLOWED[layerOf(file)!];
      if (!allowed) continue;
      for (const spec of importsOf(file)) {
        const node = spec.startsWith('node:') || ['fs', 'path', 'child_process', 'os', 'crypto'].includes(spec.split('/')[0]!);
        if (node && !allowed.includes(spec)) wrong.push(`${path.relative(SRC, file)} → ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('browser code reaches no Node module, even through what it imports', () => {
    const seen = new Set<string>();
    const offending: string[] = [];
    const visit = (file: string, chain: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of importsOf(file)) {
        if (spec.startsWith('node:') || spec === 'astro:content') offending.push([...chain, spec].join(' → '));
        if (!spec.startsWith('.')) continue;
        visit(path.resolve(path.dirname(file), spec), [...chain, path.relative(SRC, path.resolve(path.dirname(file), spec))]);
      }
    };
    for (const file of files.filter((f) => layerOf(f) === 'client')) visit(file, [path.relative(SRC, file)]);
    expect(offending).toEqual([]);
  });

  it('each folder says in its first lines what it holds and what it may import', () => {
    for (const layer of ['rules', 'files', 'model', 'site', 'build', 'client', 'cli', 'verify'] as const) {
      const readme = readFileSync(path.join(SRC, layer, 'README.md'), 'utf8');
      expect(readme, layer).toMatch(/Holds:/u);
      expect(readme, layer).toMatch(/May import:/u);
    }
  });
});
