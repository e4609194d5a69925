/**
 * The engine's tests run on the engine's own fixtures, never on a site's
 * content: when a site's editors publish a post or edit a chapter, nothing
 * the engine's tests see changes. The browser and deployment tests, the type
 * check, the screenshots and the benchmarks read the fixture site
 * (tests/fixtures/site, a frozen copy of the default content) unless SITE_DIR
 * names another site on purpose; no file of the engine names the repository's
 * sites/ folder, except the tests of repository-level files listed below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SITE_SCRIPTS } from '../../src/cli/siteTemplate.ts';
import { ENGINE, FIXTURE_SITE, SITE_TEMPLATE } from '../support/paths.ts';

/** Tests about the repository's own files, which name the default site's folder on purpose. */
const REPOSITORY_LEVEL = new Map([
  ['tests/unit/workflows.test.ts', 'the GitHub workflows upload the default site’s build'],
  ['tests/unit/gitlabCi.test.ts', 'the GitLab pipeline keeps the default site’s build as its artifact'],
  ['tests/unit/siteLayout.test.ts', 'every site of the repository holds only the skeleton init writes and its content'],
]);

/** How a file would reach a site of the repository: ../../sites/…, sites/susono, path.join(…, 'sites', …). */
const NAMES_A_SITE = new RegExp(String.raw`(?:\.\./)+sites/|sites/${'susono'}|['"\x60]sites['"\x60]`, 'u');

/** The engine's own files: code, scripts, configuration, tests and benchmarks (not content, builds or caches). */
function engineFiles(): string[] {
  const skip = /(^|\/)(node_modules|dist|dist-[^/]*|\.astro|\.fixture-dist|test-results|fixtures|out|\.work|peers)(\/|$)/u;
  return readdirSync(ENGINE, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|js|json|astro|sh)$/u.test(entry.name))
    .map((entry) => path.relative(ENGINE, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !skip.test(path.posix.dirname(file)));
}

describe('the engine’s tests and scripts read the engine’s fixtures, never a site’s content', () => {
  it('no file of the engine names the repository’s sites/ folder, except the tests of repository-level files', () => {
    const files = engineFiles();
    expect(files).toContain('package.json');
    expect(files).toContain('tests/support/paths.ts');
    const self = path.relative(ENGINE, import.meta.filename).split(path.sep).join('/');
    const naming = files.filter((file) => file !== self && NAMES_A_SITE.test(readFileSync(path.join(ENGINE, file), 'utf8')));
    expect(naming.filter((file) => !REPOSITORY_LEVEL.has(file))).toEqual([]);
  });

  it('the scripts that build, serve or read a site default to the fixture site', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(ENGINE, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const siteScripts = Object.entries(scripts).filter(([, script]) => script.includes('SITE_DIR'));
    expect(siteScripts.map(([name]) => name).sort()).toEqual(['build:site', 'docs:screens', 'test:deploy', 'test:e2e', 'test:e2e:subpath']);
    for (const [name, script] of siteScripts) {
      expect(script, name).toContain('cd "${SITE_DIR:-$E/tests/fixtures/site}"');
      // SITE_DIR is read only as that default, or (${SITE_DIR:+…}) to pass a caller's setting on to another site.
      expect(script.match(/\$\{?SITE_DIR(?!:-\$E\/tests\/fixtures\/site\}|:\+)/gu), name).toBeNull();
    }
    // The fixture's build keeps Astro's cache in its own folder, even where a job sets ASTRO_CACHE_DIR for its site.
    expect(scripts['build:site']).toContain('ASTRO_CACHE_DIR="${SITE_DIR:+$ASTRO_CACHE_DIR}"');
    // The type check generates the types the engine's tsconfig.json reads, in the fixture site.
    expect(scripts['check:types']).toContain('cd tests/fixtures/site &&');
    const tsconfig = JSON.parse(readFileSync(path.join(ENGINE, 'tsconfig.json'), 'utf8')) as { include: string[] };
    expect(tsconfig.include).toContain('tests/fixtures/site/.astro/types.d.ts');
  });

  describe('the tests’ site', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
      vi.resetModules();
    });

    it('is the fixture site inside the engine when SITE_DIR is not set', async () => {
      vi.stubEnv('SITE_DIR', '');
      vi.resetModules();
      const paths = await import('../support/paths.ts');
      expect(paths.DEFAULT_SITE).toBe(FIXTURE_SITE);
      expect(paths.DEFAULT_CONTENT).toBe(path.join(FIXTURE_SITE, 'content'));
      expect(path.relative(ENGINE, FIXTURE_SITE)).toBe(path.join('tests', 'fixtures', 'site'));
    });

    it('is the site SITE_DIR names, to run the suite against another site on purpose', async () => {
      vi.stubEnv('SITE_DIR', '/srv/town-site');
      vi.resetModules();
      const paths = await import('../support/paths.ts');
      expect(paths.DEFAULT_SITE).toBe('/srv/town-site');
    });
  });

  it('the fixture site is the skeleton init writes, with the site commands and a complete content folder', () => {
    for (const file of ['astro.config.mjs', 'src/content.config.ts', 'tsconfig.json', 'public/favicon.svg']) {
      expect(readFileSync(path.join(FIXTURE_SITE, file), 'utf8'), file).toBe(readFileSync(path.join(SITE_TEMPLATE, file), 'utf8'));
    }
    expect(readFileSync(path.join(FIXTURE_SITE, '.gitignore'), 'utf8')).toBe(readFileSync(path.join(SITE_TEMPLATE, 'gitignore'), 'utf8'));
    // The site's commands (the browser tests run `npm run pdf` in it); the engine comes from the workspace, so no dependency.
    const pkg = JSON.parse(readFileSync(path.join(FIXTURE_SITE, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies?: unknown };
    expect(pkg.scripts).toEqual(SITE_SCRIPTS);
    expect(pkg.dependencies).toBeUndefined();
    const content = readdirSync(path.join(FIXTURE_SITE, 'content'));
    for (const part of ['site.yaml', 'authors.yaml', 'mission', 'principles', 'handbook', 'posts']) expect(content, part).toContain(part);
  });
});
