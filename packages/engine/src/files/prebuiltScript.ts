/**
 * A browser script bundled once and reused by every later build until one of
 * its inputs changes: the /admin/ editor's script (./editorScript.ts), 1.1 MB
 * of Decap's Markdown widget, Slate and remark, which the site's own Vite
 * build used to bundle and minify again on every build (about 1.5 CPU s of a
 * clean 1,000-post build; bench/README.md).
 *
 * The cache is keyed by what the bundler actually read, not by a list kept by
 * hand: after a build, every module the bundle holds (the engine's own files,
 * the libraries' files, the chunks of dynamic imports, CSS and wasm alike) is
 * recorded with the sha256 of its content. A later build reuses the bundle
 * only when every recorded file still has that digest and the bundler, its
 * settings and this file are unchanged; otherwise it bundles again. A file
 * that newly enters the graph can only do so through an import in a recorded
 * file, whose digest then changes.
 *
 * Each bundle lives in its own folder named by the digest of its inputs, so a
 * build never sees a half-written bundle: it is written to a temporary folder
 * and renamed into place, then the manifest (also renamed into place) points
 * at it. Two builds at once may both bundle; the last rename wins, and both
 * bundles are whole.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Bump when the bundler settings below change shape (they are also hashed with this file's source). */
const FORMAT = 1;
const MANIFEST = 'manifest.json';

export interface PrebuiltScript {
  /** Folder holding the bundle's files. */
  dir: string;
  /** File name of the entry script (to load with <script type="module" src>). */
  entry: string;
  /** Every file the browser may load: the entry and the chunks of its dynamic imports, sorted. */
  files: string[];
  /** Whether this call bundled (false: reused the cached bundle). */
  built: boolean;
  /** Why it bundled: no bundle yet, or the first input found changed. */
  reason?: string;
}

interface Manifest {
  format: number;
  tool: string;
  dir: string;
  entry: string;
  files: string[];
  /** Absolute path → sha256 (base64url) of every module the bundle holds. */
  inputs: Record<string, string>;
}

export interface PrebuiltOptions {
  /** Absolute path of the entry module. */
  entry: string;
  /** Folder for the cached bundles (one sub-folder per input digest). */
  cacheDir: string;
  /** Entry file name stem, e.g. "cms-editor". */
  name: string;
  /**
   * The source of this module (its bundler settings), hashed into the key.
   * Given by the caller: in a site build this module runs from Astro's
   * bundle, whose import.meta.url is not its source.
   */
  settings: string;
}

function digest(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('base64url');
}

/** What besides the inputs decides the output: the bundler's version and this module's own settings. */
function toolVersion(settings: string): string {
  // The vite this module imports (resolved as the import below resolves it).
  const require = createRequire(import.meta.url);
  const vite = JSON.parse(readFileSync(require.resolve('vite/package.json'), 'utf8')) as { version: string };
  return digest(`${FORMAT}\0vite@${vite.version}\0${readFileSync(settings, 'utf8')}`);
}

function readManifest(cacheDir: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(cacheDir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** The cached bundle when every input is unchanged, else why not (for the log and the tests). */
function cached(options: PrebuiltOptions, tool: string): Omit<PrebuiltScript, 'built'> | string {
  const manifest = readManifest(options.cacheDir);
  if (!manifest) return 'no bundle yet';
  if (manifest.format !== FORMAT || manifest.tool !== tool) return 'the bundler or its settings changed';
  const dir = path.join(options.cacheDir, manifest.dir);
  if (!manifest.files.every((file) => existsSync(path.join(dir, file)))) return 'a bundled file is missing';
  if (!Object.hasOwn(manifest.inputs, options.entry)) return 'another entry';
  for (const [file, expected] of Object.entries(manifest.inputs)) {
    let actual: string;
    try {
      actual = digest(readFileSync(file));
    } catch {
      return `${file} is gone`;
    }
    if (actual !== expected) return `${file} changed`;
  }
  return { dir, entry: manifest.entry, files: manifest.files };
}

/** Modules the bundler read that are files on disk (not virtual modules such as Vite's preload helper). */
function fileInputs(moduleIds: Iterable<string>): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const id of moduleIds) {
    const file = id.replace(/[?#].*$/u, '');
    if (!path.isAbsolute(file) || !existsSync(file) || !statSync(file).isFile()) continue;
    inputs[file] = digest(readFileSync(file));
  }
  return inputs;
}

async function bundle(options: PrebuiltOptions, tool: string): Promise<Omit<PrebuiltScript, 'built'>> {
  const { build } = await import('vite');
  mkdirSync(options.cacheDir, { recursive: true });
  const temporary = path.join(options.cacheDir, `.tmp-${process.pid}-${Date.now()}`);
  const result = await build({
    configFile: false,
    envFile: false,
    root: path.dirname(options.entry),
    // Chunks of dynamic imports are found next to the entry, wherever the site serves it.
    base: './',
    publicDir: false,
    logLevel: 'silent',
    mode: 'production',
    build: {
      outDir: temporary,
      emptyOutDir: true,
      copyPublicDir: false,
      sourcemap: false,
      reportCompressedSize: false,
      modulePreload: { polyfill: false },
      rolldownOptions: {
        input: { [options.name]: options.entry },
        output: { entryFileNames: '[name].[hash].js', chunkFileNames: '[name].[hash].js', assetFileNames: '[name].[hash][extname]' },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Array<{ output: Array<{ type: string; fileName: string; isEntry?: boolean; moduleIds?: string[] }> }>;
  const chunks = outputs.flatMap((out) => out.output);
  const entry = chunks.find((chunk) => chunk.type === 'chunk' && chunk.isEntry)?.fileName;
  if (!entry) throw new Error(`bundling ${options.entry} produced no entry script`);
  const inputs = fileInputs(chunks.flatMap((chunk) => chunk.moduleIds ?? []));
  if (!Object.hasOwn(inputs, options.entry)) throw new Error(`bundling ${options.entry}: the entry is not among the bundled modules`);
  const files = readdirSync(temporary, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => path.relative(temporary, path.join(item.parentPath, item.name)).split(path.sep).join('/'))
    .sort();
  const id = digest(JSON.stringify([tool, entry, Object.entries(inputs).sort()])).slice(0, 16);
  const dir = path.join(options.cacheDir, id);
  // Same inputs as a folder already there: that one was found wanting (a file missing), so it is replaced.
  rmSync(dir, { recursive: true, force: true });
  renameSync(temporary, dir);
  const manifest: Manifest = { format: FORMAT, tool, dir: id, entry, files, inputs };
  const manifestTemporary = `${temporary}.json`;
  writeFileSync(manifestTemporary, `${JSON.stringify(manifest, null, 1)}\n`);
  renameSync(manifestTemporary, path.join(options.cacheDir, MANIFEST));
  // Older bundles of this cache: no build needs them any more.
  for (const old of readdirSync(options.cacheDir)) {
    if (old !== id && old !== MANIFEST && !old.startsWith('.tmp-')) rmSync(path.join(options.cacheDir, old), { recursive: true, force: true });
  }
  return { dir, entry, files };
}

/**
 * The bundle of `options.entry`: the cached one when none of its inputs
 * changed, else a fresh one (written to the cache for the next build).
 */
export async function prebuiltScript(options: PrebuiltOptions): Promise<PrebuiltScript> {
  const tool = toolVersion(options.settings);
  const hit = cached(options, tool);
  if (typeof hit !== 'string') return { ...hit, built: false };
  return { ...(await bundle(options, tool)), built: true, reason: hit };
}
