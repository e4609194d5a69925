/**
 * Run the real site build (or dev server) on a fixture content folder, in a
 * throw-away site made from the skeleton `init` writes (templates/site). A
 * site of its own, because Astro keeps per-project
 * state (.astro/, node_modules/.astro/ data store) that parallel builds of
 * different content would corrupt, and the fixture's files must appear as
 * content/… in messages just as an editor's would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeContent } from './contentOverlays.ts';

import { DEFAULT_SITE, ENGINE, FIXTURES, REPO, SITE_TEMPLATE } from './paths.ts';

const ENGINE_NAME = 'mission-handbook';
/** What the engine's package ships (package.json "files", and package.json itself). */
const ENGINE_FILES = ['package.json', 'index.ts', 'bin', 'src', 'templates', 'deploy'];

/** The project's pinned Node (Astro needs ≥ 22), whatever node runs the tests. */
const NODE = existsSync(path.join(REPO, 'node_modules/.bin/node'))
  ? path.join(REPO, 'node_modules/.bin/node')
  : process.execPath;

export interface Project {
  dir: string;
  dispose: () => void;
}

/**
 * A copy of the project whose content/ is the named fixture, with overlays
 * (tests/fixtures/overlays/<name>) applied over content-valid when given;
 * or, with `source`, a copy of that folder (e.g. the real content).
 */
export function projectWithFixture(fixture: string, overlays: readonly string[] = [], source?: string): Project {
  const dir = mkdtempSync(path.join(tmpdir(), `publish-${fixture}-`));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'src']) {
    cpSync(path.join(SITE_TEMPLATE, entry), path.join(dir, entry), { recursive: true });
  }
  cpSync(path.join(DEFAULT_SITE, 'public'), path.join(dir, 'public'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'fixture-site', private: true, type: 'module' }, null, 2)}\n`);
  // Link each dependency (the engine among them) rather than node_modules
  // itself, so that Astro's cache (node_modules/.astro) stays private to this copy.
  mkdirSync(path.join(dir, 'node_modules'));
  for (const name of readdirSync(path.join(REPO, 'node_modules'))) {
    if (name === '.astro' || name === ENGINE_NAME) continue;
    symlinkSync(path.join(REPO, 'node_modules', name), path.join(dir, 'node_modules', name));
  }
  // The engine itself is copied, as `npm install` of its tarball would place it:
  // a site's pages then live inside the site's root (Vite refuses to compile
  // some virtual modules of .astro files outside it, outside a workspace).
  for (const entry of ENGINE_FILES) {
    cpSync(path.join(ENGINE, entry), path.join(dir, 'node_modules', ENGINE_NAME, entry), { recursive: true });
  }
  // With its own node_modules, as npm nests them: versions that clash with another dependency's
  // (micromark 4 for the editor's body check beside Decap's micromark 2) are not hoisted.
  const nested = path.join(ENGINE, 'node_modules');
  if (existsSync(nested)) {
    mkdirSync(path.join(dir, 'node_modules', ENGINE_NAME, 'node_modules'));
    for (const name of readdirSync(nested)) {
      if (!name.startsWith('.')) symlinkSync(path.join(nested, name), path.join(dir, 'node_modules', ENGINE_NAME, 'node_modules', name));
    }
  }
  if (source) cpSync(source, path.join(dir, 'content'), { recursive: true });
  else if (overlays.length > 0) writeContent(path.join(dir, 'content'), overlays);
  else cpSync(path.join(FIXTURES, fixture), path.join(dir, 'content'), { recursive: true });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunResult {
  code: number | null;
  output: string;
}

/** At most two builds at once: the machine has two cores. */
let running = 0;
const waiting: Array<() => void> = [];
async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= 2) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/**
 * An engine script given as 'src/cli/…' runs from the engine the site in
 * `cwd` installed (its node_modules/), else from this one.
 */
function engineScript(args: string[], cwd: string): string[] {
  const [script, ...rest] = args;
  if (script === undefined || !script.startsWith('src/')) return args;
  const installed = path.join(cwd, 'node_modules', ENGINE_NAME, script);
  if (!existsSync(installed)) return [path.join(ENGINE, script), ...rest];
  // As the engine's command runs it: Node strips no types under node_modules/ without the engine's hooks.
  const hooks = pathToFileURL(path.join(cwd, 'node_modules', ENGINE_NAME, 'bin', 'tsHooks.mjs')).href;
  return ['--disable-warning=ExperimentalWarning', '--import', hooks, installed, ...rest];
}

/** Run a Node script of the engine in the site folder `cwd` with a clean build environment. */
export function run(args: string[], cwd: string, env: Record<string, string>): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(NODE, engineScript(args, cwd), { cwd, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  // Vitest exports its own Vite settings (NODE_ENV=test, BASE_URL, MODE…);
  // a real build must not inherit them, nor this shell's content settings.
  // (Astro's dev server serves nothing when it sees VITEST.)
  for (const name of Object.keys(env)) {
    if (/^(VITEST|TEST$|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/u.test(name)) delete env[name];
  }
  for (const name of ['CONTENT_DIR', 'BASE_PATH', 'SITE_URL', 'BUILD_DATE']) delete env[name];
  return { ...env, ...extra };
}

/** `astro build` of a fixture; the caller disposes of the project. */
export function buildFixture(
  fixture: string,
  env: Record<string, string> = {},
  overlays: readonly string[] = [],
): Promise<RunResult & Project> {
  return slot(async () => {
    const project = projectWithFixture(fixture, overlays);
    const result = await run(['src/cli/astro.mjs', 'build'], project.dir, env);
    return { ...result, ...project };
  });
}

/** A copy of the project whose content/ is a copy of `source` (e.g. the real content). */
export function projectWithContent(source: string, name: string): Project {
  return projectWithFixture(name, [], source);
}

/** Run a project script (e.g. src/cli/checkContent.ts) with the pinned Node, two at a time. */
export function runInProject(args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  return slot(() => run(args, cwd, env));
}

/** `astro build` in a project made by projectWithFixture, after the test changed its content. */
export function buildProject(projectDir: string, env: Record<string, string> = {}): Promise<RunResult> {
  return slot(() => run(['src/cli/astro.mjs', 'build'], projectDir, env));
}

/** Any command of the project's CLI (src/cli/*.ts) run inside such a project. */
export function runCli(projectDir: string, script: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return run([script, ...args], projectDir, env);
}

/**
 * Index a built fixture with Pagefind, as the real build does for search,
 * unless an integration already wrote the index.
 */
export async function indexWithPagefind(projectDir: string): Promise<RunResult> {
  if (existsSync(path.join(projectDir, 'dist/pagefind'))) return { code: 0, output: 'already indexed' };
  const bin = path.join(REPO, 'node_modules/pagefind/lib/runner/bin.cjs');
  return slot(() => run([bin, '--site', 'dist'], projectDir, {}));
}

/**
 * `npm run check:content` on a fixture (no build), or on a content folder
 * given by its absolute path; `cwd` decides how paths are printed.
 */
export async function checkFixture(fixture: string, cwd: string = ENGINE, env: Record<string, string> = {}): Promise<RunResult> {
  const content = path.isAbsolute(fixture) ? fixture : path.join(FIXTURES, fixture);
  return run([path.join(ENGINE, 'src/cli/checkContent.ts')], cwd, { ...env, CONTENT_DIR: content });
}

/** Start `astro dev` on a fixture; resolves once it serves pages. */
export async function devServer(
  fixture: string,
  port: number,
  env: Record<string, string> = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  const project = projectWithFixture(fixture);
  const child: ChildProcess = spawn(NODE, [path.join(ENGINE, 'src/cli/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project.dir,
    env: cleanEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('close', () => reject(new Error(`dev server exited:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('close', resolve));
      project.dispose();
    },
  };
}
