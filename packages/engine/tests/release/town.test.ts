/**
 * A town adopts the engine the way docs/offline-install.md tells it to, on a
 * machine with no network: the engine is packed into a tarball, `init` makes
 * the town's site outside this repository (leader 町長, four principles named
 * 行動指針, no glossary), `npm ci --offline` installs it from the tarball and
 * an npm cache, and the town's own CI script (`npm run ci`: content check,
 * build, verify) is green. Nothing of the default organisation is in its
 * repository or its output, search index included. Then the town upgrades to
 * the next engine release by changing the version alone, and is green again.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOrganisationWords, outputTexts } from '../support/organisationWords.ts';
import { DEFAULT_CONTENT, ENGINE, REPO } from '../support/paths.ts';
import { offlineCache, packEngine, packEngineVersion, siteLockfile } from '../support/siteInstall.ts';

const NODE_BIN = path.join(REPO, 'node_modules/node/bin');
/** Nothing listens here: every request npm tried to make would go through this proxy and fail at once. */
const NO_NETWORK = 'http://127.0.0.1:9/';

let work = '';
let town = '';
let cache = '';
let engineVersion = '';

/**
 * The environment of the town's machine: Node 24 on PATH and nothing of this
 * repository's (no node_modules/.bin), npm offline and behind a proxy that
 * does not exist. (The registry itself is not changed: npm keys its cache by
 * the tarballs' registry URLs.)
 */
function townEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(VITEST|TEST$|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|npm_|CONTENT_DIR$|BASE_PATH$|SITE_URL$|SITE_DIR$|ASTRO_CACHE_DIR$)/iu.test(name)) delete env[name];
  }
  const systemPath = (process.env.PATH ?? '').split(path.delimiter).filter((dir) => !dir.includes('node_modules'));
  return {
    ...env,
    PATH: [NODE_BIN, ...systemPath].join(path.delimiter),
    npm_config_offline: 'true',
    npm_config_proxy: NO_NETWORK,
    npm_config_https_proxy: NO_NETWORK,
    npm_config_cache: cache,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    HTTP_PROXY: NO_NETWORK,
    HTTPS_PROXY: NO_NETWORK,
  };
}

function inTown(command: string, args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: town, env: { ...townEnv(), ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Point the town at an engine tarball (copied into vendor/) and give it the lockfile `npm install` would write. */
function useEngine(tarball: string): void {
  mkdirSync(path.join(town, 'vendor'), { recursive: true });
  for (const old of readdirSync(path.join(town, 'vendor'))) rmSync(path.join(town, 'vendor', old));
  const spec = `file:vendor/${path.basename(tarball)}`;
  cpSync(tarball, path.join(town, 'vendor', path.basename(tarball)));
  const pkgFile = path.join(town, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { name: string; version: string; dependencies: Record<string, string> };
  pkg.dependencies['mission-handbook'] = spec;
  writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  writeFileSync(path.join(town, 'package-lock.json'), siteLockfile(pkg, spec, tarball));
}

/** Every text file of the town's repository (node_modules, vendor and the build excluded). */
function repositoryTexts(): Array<{ file: string; text: string }> {
  return readdirSync(town, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !/[/\\](node_modules|vendor|dist|\.astro|\.git|test-results)[/\\]/u.test(file))
    .filter((file) => !file.endsWith('package-lock.json'))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

function findDefaultWords(texts: Array<{ file: string; text: string }>): string[] {
  const words = defaultOrganisationWords(DEFAULT_CONTENT);
  return texts.flatMap(({ file, text }) => {
    // Phrase breaks and zero-width spaces must not hide a word.
    const plain = text.replaceAll('<wbr>', '').replaceAll('\u200b', '');
    return words.filter((word) => plain.includes(word)).map((word) => `${path.relative(town, file)}: ${word}`);
  });
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'town-release-'));
  cache = offlineCache(path.join(work, 'npm-cache'));
  engineVersion = (JSON.parse(readFileSync(path.join(ENGINE, 'package.json'), 'utf8')) as { version: string }).version;
}, 300_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a town adopts the engine on an isolated network', () => {
  it('init makes the site outside this repository', () => {
    const result = spawnSync(
      path.join(NODE_BIN, 'node'),
      [
        path.join(ENGINE, 'bin/mission-handbook.mjs'),
        'init',
        'maruma-town',
        '--organization', '丸間町役場',
        '--title', '丸間町役場 ミッション・行動指針',
        '--leader', '町長',
        '--principles-name', '行動指針',
        '--blog-name', '町長ブログ',
        '--mission-note-label', '補足',
        '--principle', '町民の声から始める',
        '--principle', '小さく試す',
        '--principle', '学びを分かち合う',
        '--principle', '次の世代を考える',
      ],
      { cwd: work, encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
    town = path.join(work, 'maruma-town');
    expect(path.relative(REPO, town).startsWith('..')).toBe(true);
    expect(existsSync(path.join(town, 'content/glossary.yaml'))).toBe(false);
    execFileSync('git', ['init', '-q'], { cwd: town });
  });

  it('installs from the packed engine with the network cut (npm ci --offline)', () => {
    useEngine(packEngine(work));
    const install = inTown('npm', ['ci']);
    expect(install.status, install.output.slice(-3000)).toBe(0);
    expect(existsSync(path.join(town, 'node_modules/mission-handbook/index.ts'))).toBe(true);
    // A copy, not a link back into this repository.
    expect(readFileSync(path.join(town, 'node_modules/mission-handbook/package.json'), 'utf8')).toContain(`"version": "${engineVersion}"`);
  }, 600_000);

  it('its own CI script is green: content check, build, verify', () => {
    execFileSync('git', ['add', '-A'], { cwd: town });
    execFileSync('git', ['-c', 'user.name=town', '-c', 'user.email=town@example.test', 'commit', '-q', '-m', 'new site'], { cwd: town });
    const ci = inTown('npm', ['run', 'ci']);
    expect(ci.status, ci.output.slice(-5000)).toBe(0);
    expect(readFileSync(path.join(town, 'dist/index.html'), 'utf8')).toContain('丸間町役場');
    expect(readFileSync(path.join(town, 'dist/index.html'), 'utf8').replaceAll('<wbr>', '')).toContain('4つの行動指針');
  }, 600_000);

  it("gets a working /admin/ offline: the editor's script is bundled from the installed engine and served by the site", () => {
    // The editor as `npm run editor` builds it (a town with a git server builds the same page).
    const build = inTown('node', ['node_modules/mission-handbook/bin/mission-handbook.mjs', 'build', '--outDir', 'dist-editor'], { EDITOR_BACKEND: 'local' });
    try {
      expect(build.status, build.output.slice(-5000)).toBe(0);
      const page = readFileSync(path.join(town, 'dist-editor/admin/index.html'), 'utf8');
      const src = /<script type="module" src="[^"]*\/admin\/editor\/(cms-editor\.[\w-]+\.js)"/u.exec(page)?.[1];
      expect(src, page.slice(0, 2000)).toBeDefined();
      // The script the page loads is in the site's own output, and it starts Decap from the page's data.
      expect(readFileSync(path.join(town, 'dist-editor/admin/editor', src!), 'utf8')).toContain('cms-config');
      // Bundled beside the installed engine, not in the town's repository.
      expect(existsSync(path.join(town, 'node_modules/mission-handbook/node_modules/.cache/mission-handbook/editor-script/manifest.json'))).toBe(true);
    } finally {
      rmSync(path.join(town, 'dist-editor'), { recursive: true, force: true });
    }
  }, 600_000);

  it('holds none of the default organisation’s words, in its repository or its output (search index included)', () => {
    expect(findDefaultWords(repositoryTexts())).toEqual([]);
    expect(findDefaultWords(outputTexts(path.join(town, 'dist')))).toEqual([]);
  });

  it('upgrades to the next engine release by its version alone, and is green again', () => {
    const before = repositoryTexts().filter(({ file }) => !/package\.json$/u.test(file));
    const [major, minor, patch] = engineVersion.split('.').map(Number) as [number, number, number];
    const next = `${major}.${minor}.${patch + 1}`;
    useEngine(packEngineVersion(next, path.join(work, 'next')));
    const install = inTown('npm', ['ci']);
    expect(install.status, install.output.slice(-3000)).toBe(0);
    expect(readFileSync(path.join(town, 'node_modules/mission-handbook/package.json'), 'utf8')).toContain(`"version": "${next}"`);
    const ci = inTown('npm', ['run', 'ci']);
    expect(ci.status, ci.output.slice(-5000)).toBe(0);
    // No file of the site changed but the version it depends on.
    const after = repositoryTexts().filter(({ file }) => !/package\.json$/u.test(file));
    expect(after).toEqual(before);
  }, 900_000);
});
