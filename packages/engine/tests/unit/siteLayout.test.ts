/**
 * The repository reads as "the engine, the sites, the docs", and a site is
 * nothing but what a town would have: the skeleton `init` writes, its
 * content, its public files, its guides, and tests of its own content
 * (tests/*.test.ts, run by the repository's `npm run test:site`: the
 * engine's tests read the engine's fixtures, never a site's content).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFiles, routePattern } from '../../src/build/integrations/routes.ts';
import { SITE_SCRIPTS } from '../../src/cli/siteTemplate.ts';
import { ENGINE, REPO, SITE_TEMPLATE } from '../support/paths.ts';

const sites = readdirSync(path.join(REPO, 'sites'));
const tracked = (dir: string) =>
  execFileSync('git', ['ls-files'], { cwd: dir, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);

describe('the repository', () => {
  it('has the engine, the sites and the docs at the top', () => {
    const top = readdirSync(REPO).filter((name) => !name.startsWith('.') && name !== 'node_modules');
    for (const folder of ['packages', 'sites', 'docs']) expect(top).toContain(folder);
    expect(top.filter((name) => existsSync(path.join(REPO, name)) && !/\.(md|json)$/u.test(name))).toEqual(['docs', 'packages', 'sites']);
  });

  it('opens each package and each site with a README', () => {
    for (const dir of [...readdirSync(path.join(REPO, 'packages')).map((name) => `packages/${name}`), ...sites.map((name) => `sites/${name}`)]) {
      expect(existsSync(path.join(REPO, dir, 'README.md')), dir).toBe(true);
    }
  });
});

describe.each(sites)('sites/%s', (name) => {
  const site = path.join(REPO, 'sites', name);

  it('holds only what a town would have', () => {
    const allowed = /^(content\/|public\/|tests\/[^/]+\.test\.ts$|src\/content\.config\.ts$|astro\.config\.mjs$|tsconfig\.json$|package\.json$|README\.md$|CONTRIBUTING\.md$|\.gitignore$)/u;
    expect(tracked(site).filter((file) => !allowed.test(file))).toEqual([]);
  });

  it('has the skeleton init writes, unchanged', () => {
    for (const file of ['astro.config.mjs', 'src/content.config.ts', 'tsconfig.json']) {
      expect(readFileSync(path.join(site, file), 'utf8'), file).toBe(readFileSync(path.join(SITE_TEMPLATE, file), 'utf8'));
    }
    expect(readFileSync(path.join(site, '.gitignore'), 'utf8')).toBe(readFileSync(path.join(SITE_TEMPLATE, 'gitignore'), 'utf8'));
  });

  it('depends on the engine alone and runs every command through it', () => {
    const pkg = JSON.parse(readFileSync(path.join(site, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).toEqual(['mission-handbook']);
    expect(pkg.scripts).toEqual(SITE_SCRIPTS);
  });
});

describe('the routes the integration injects', () => {
  it('follow Astro’s file-based naming', () => {
    expect(routePattern('index.astro')).toBe('/');
    expect(routePattern('posts/[slug].astro')).toBe('/posts/[slug]');
    expect(routePattern('posts/[...page].astro')).toBe('/posts/[...page]');
    expect(routePattern('handbook/index.astro')).toBe('/handbook');
    expect(routePattern('rss.xml.ts')).toBe('/rss.xml');
    expect(routePattern('404.astro')).toBe('/404');
  });

  it('cover every page file of the engine, and nothing else', () => {
    const files = pageFiles();
    expect(files).toContain('index.astro');
    expect(files).toContain('posts/[slug].astro');
    const onDisk = readdirSync(path.join(ENGINE, 'src/pages'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
    expect(files).toHaveLength(onDisk);
  });
});
