/**
 * The repository's nginx configuration (deploy/nginx/) in a real nginx,
 * serving releases published by src/cli/deploy.ts:
 *   - pages, the Japanese 404, MIME types (Pagefind's included), caching,
 *     precompressed files and security headers, at / and under /mayor/;
 *   - dotfiles and symlinks leaving the release answered 403 with the site's page;
 *   - the pages load in Chromium under the Content-Security-Policy;
 *   - a second deploy and a rollback while requests keep coming: no request
 *     fails and the served version switches.
 * nginx runs in the foreground on loopback ports with everything in a temp
 * folder and is stopped at the end.
 */
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/files/listFiles.ts';
import { createManifest, MANIFEST_FILE } from '../../src/build/releaseManifest.ts';
import { get, startNginx, type NginxServer } from './support.ts';
import { ASTRO, ENGINE } from '../support/paths.ts';
import { cleanEnv } from '../support/fixtureBuild.ts';

// Run in the site's folder (dist/ and dist-subpath/ are its builds); the deploy command and nginx files are the engine's.
const ROOT = ENGINE;
const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');
const SUBPATH_DIST = path.resolve('dist-subpath');
const PORT = Number(process.env.NGINX_TEST_PORT ?? 18080);
const SUB_PORT = PORT + 1;
const SITE = `http://127.0.0.1:${PORT}`;
const SUB = `http://127.0.0.1:${SUB_PORT}`;
const run = promisify(execFile);

let tmp = '';
let nginx: NginxServer | undefined;

/** A build folder = dist + release.txt naming the version, with a fresh manifest. */
async function makeBuild(from: string, name: string, version: string): Promise<string> {
  const dir = path.join(tmp, name);
  cpSync(from, dir, { recursive: true });
  writeFileSync(path.join(dir, 'release.txt'), version);
  writeFileSync(path.join(dir, 'probe.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  if (!existsSync(path.join(dir, 'pagefind'))) {
    // Until the search feature's own build step is in, index this copy with
    // Pagefind so its file types are served and checked too.
    const pagefind = await import('pagefind');
    const { index } = await pagefind.createIndex({});
    await index?.addDirectory({ path: dir });
    await index?.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    await pagefind.close();
  }
  writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify(createManifest(dir)));
  return dir;
}

async function deploy(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(ROOT, 'src/cli/deploy.ts'), ...args]);
  return stdout;
}

function shipped(file: string, replacements: Record<string, string>): string {
  let text = readFileSync(path.join(ROOT, 'deploy/nginx', file), 'utf8');
  for (const [from, to] of Object.entries(replacements)) {
    expect(text, `${file} contains ${from}`).toContain(from);
    text = text.replaceAll(from, to);
  }
  return text;
}

beforeAll(async () => {
  expect(existsSync(path.join(DIST, MANIFEST_FILE)), 'run npm run build first').toBe(true);
  if (!existsSync(path.join(SUBPATH_DIST, MANIFEST_FILE))) {
    const build = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', 'dist-subpath'], {
      // Vitest's own Vite settings (BASE_URL=/, NODE_ENV=test…) must not reach a real build.
      env: cleanEnv({ BASE_PATH: '/mayor/' }),
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
  }
  tmp = mkdtempSync(path.join(tmpdir(), 'nginx-deploy-'));
  chmodSync(tmp, 0o755); // nginx workers run as an unprivileged user
  const buildA = await makeBuild(DIST, 'build-a', 'A');
  await makeBuild(DIST, 'build-b', 'B');
  const buildSub = await makeBuild(SUBPATH_DIST, 'build-sub', 'SUB');
  await deploy('--to', path.join(tmp, 'srv/root'), '--dist', buildA);
  await deploy('--to', path.join(tmp, 'srv/sub'), '--dist', buildSub);

  mkdirSync(path.join(tmp, 'snippets'));
  mkdirSync(path.join(tmp, 'empty'));
  cpSync(path.join(ROOT, 'deploy/nginx/mission-site-headers.conf'), path.join(tmp, 'snippets/mission-site-headers.conf'));
  cpSync(
    path.join(ROOT, 'deploy/nginx/mission-site-admin-headers.conf'),
    path.join(tmp, 'snippets/mission-site-admin-headers.conf'),
  );
  writeFileSync(path.join(tmp, 'http.conf'), shipped('mission-site-http.conf', {}));
  writeFileSync(
    path.join(tmp, 'site.conf'),
    shipped('site.conf', { 'listen 80;': `listen 127.0.0.1:${PORT};`, '/srv/mission-site': path.join(tmp, 'srv/root') }),
  );
  writeFileSync(path.join(tmp, 'subpath.conf'), shipped('subpath.conf', { '/srv/mission-site': path.join(tmp, 'srv/sub') }));
  nginx = await startNginx(
    tmp,
    [
      '  include http.conf;',
      '  include site.conf;',
      `  server { listen 127.0.0.1:${SUB_PORT}; root ${path.join(tmp, 'empty')}; include subpath.conf; }`,
    ].join('\n'),
    `${SITE}/`,
  );
});

afterAll(async () => {
  await nginx?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const text = async (url: string) => (await get(url)).body.toString('utf8');

describe('nginx at the root of a host', () => {
  it('serves every page type as UTF-8 HTML that is never cached stale', async () => {
    for (const page of ['/', '/posts/', '/posts/keiei-kaigi/', '/tags/', '/mission/', '/principles/cost/', '/handbook/']) {
      const response = await get(`${SITE}${page}`);
      expect(response.status, page).toBe(200);
      expect(response.headers['content-type'], page).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control'], page).toBe('no-cache');
      expect(response.body.toString('utf8'), page).toContain('<html lang="ja"');
    }
    const redirect = await get(`${SITE}/mission`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/mission/');
  });

  it('answers unknown URLs with the Japanese 404 page and status 404', async () => {
    const response = await get(`${SITE}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body.toString('utf8')).toContain('ページが見つかりません');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('sends the security headers on every response', async () => {
    for (const url of [`${SITE}/`, `${SITE}/release.txt`, `${SITE}/no-such-page/`]) {
      const { headers } = await get(url);
      const csp = headers['content-security-policy'] ?? '';
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp, url).toContain("frame-ancestors 'self'");
      expect(csp, url).not.toMatch(/https?:|\*/u);
      expect(headers['x-content-type-options'], url).toBe('nosniff');
      expect(headers['referrer-policy'], url).toBe('same-origin');
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(headers['permissions-policy'], url).toContain(`${feature}=()`);
      expect(headers['cross-origin-opener-policy'], url).toBe('same-origin');
      // server_tokens off: no version to look up vulnerabilities by.
      expect(headers.server, url).toBe('nginx');
    }
  });

  it('gives the editor (/admin/) its own policy: the git server may be reached, nothing else', async () => {
    for (const url of [`${SITE}/admin/`, `${SITE}/admin/decap/decap-cms.js`, `${SUB}/mayor/admin/`]) {
      const { status, headers } = await get(url);
      expect(status, url).toBe(200);
      const csp = String(headers['content-security-policy'] ?? '');
      // Decap runs without any eval (tests/e2e/cms.spec.ts runs it behind this policy).
      expect(csp, url).toContain("script-src 'self';");
      // blob:: an uploaded photo is read back before it is sent (tests/e2e/cms.spec.ts uploads one).
      // https:: any TLS git server; the page's own <meta> policy narrows it to site.yaml's (src/site/cmsConfig.ts editorConnectPolicy).
      expect(csp, url).toMatch(/connect-src 'self' blob: https:;/u);
      // Only connect-src names another host; scripts, fonts and styles stay on the site.
      expect(csp.replace(/connect-src [^;]*;/u, ''), url).not.toMatch(/https?:|\*/u);
      expect(headers['x-robots-tag'], url).toBe('noindex, nofollow');
    }
    // Reader pages keep the strict policy.
    expect((await get(`${SITE}/posts/`)).headers['content-security-policy']).not.toContain('unsafe-inline');
  });

  it('caches hashed assets for a year and serves precompressed files', async () => {
    const release = path.join(tmp, 'build-a');
    const css = listFiles(release).find((file) => file.startsWith('_astro/') && file.endsWith('.css'));
    expect(css).toBeDefined();
    const plain = await get(`${SITE}/${css}`);
    expect(plain.headers['content-type']).toBe('text/css');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-encoding']).toBeUndefined();

    const gz = await get(`${SITE}/`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['vary']).toBe('Accept-Encoding');
    expect(gunzipSync(gz.body).equals(readFileSync(path.join(release, 'index.html')))).toBe(true);
  });

  it('serves Pagefind and WebAssembly files with the right MIME types and caching', async () => {
    const files = listFiles(path.join(tmp, 'build-a')).filter((file) => file.startsWith('pagefind/'));
    const expectType = async (file: string | undefined, type: string, cache: string) => {
      expect(file, type).toBeDefined();
      const response = await get(`${SITE}/${file}`);
      expect(response.status, file).toBe(200);
      // nginx adds "; charset=utf-8" to text types (charset_types).
      expect((response.headers['content-type'] ?? '').replace(/; charset=utf-8$/u, ''), file).toBe(type);
      expect(response.headers['cache-control'], file).toBe(cache);
    };
    const year = 'public, max-age=31536000, immutable';
    await expectType(files.find((file) => file.endsWith('.pf_meta')), 'application/octet-stream', year);
    await expectType(files.find((file) => file.endsWith('.pf_fragment')), 'application/octet-stream', year);
    await expectType(files.find((file) => file.endsWith('.pf_index')), 'application/octet-stream', year);
    await expectType(files.find((file) => file.endsWith('.pagefind')), 'application/octet-stream', 'no-cache');
    await expectType(files.find((file) => file === 'pagefind/pagefind.js'), 'application/javascript', 'no-cache');
    await expectType(files.find((file) => file === 'pagefind/pagefind-entry.json'), 'application/json', 'no-cache');
    await expectType('probe.wasm', 'application/wasm', 'no-cache');
  });

  it('does not publish the release manifest', async () => {
    expect((await get(`${SITE}/${MANIFEST_FILE}`)).status).toBe(404);
  });

  it('renders every page type in Chromium without a Content-Security-Policy violation or failed request', async () => {
    const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';
    const executablePath = process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        const expected404 = page.url().includes('no-such-page') && message.text().includes('404');
        if (message.type() === 'error' && !expected404) problems.push(`${page.url()}: ${message.text()}`);
      });
      page.on('requestfailed', (request) => {
        // ERR_ABORTED is Chromium dropping e.g. the favicon on navigation; a CSP block is ERR_BLOCKED_BY_CSP.
        if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${request.url()}: ${request.failure()?.errorText}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && !response.url().includes('no-such-page')) problems.push(`${response.status()} ${response.url()}`);
      });
      const pages = ['/', '/posts/', '/posts/keiei-kaigi/', '/tags/', '/mission/', '/principles/', '/handbook/', '/no-such-page/'];
      if (existsSync(path.join(tmp, 'build-a/search/index.html'))) pages.push('/search/');
      for (const url of pages) {
        await page.goto(`${SITE}${url}`);
        // The site stylesheet applied (a blocked stylesheet leaves browser defaults).
        const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
        expect(font, url).not.toBe('"Times New Roman"');
      }
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

/**
 * Plants, in the live release, what the build refuses (a dotfile, a .git
 * folder, a symlink to a file outside the release) and checks nginx does
 * not serve them either; removes them afterwards so the release still
 * matches its manifest.
 */
async function withPlanted(release: string, check: () => Promise<void>) {
  const secret = path.join(tmp, 'secret.txt');
  writeFileSync(secret, 'TOP SECRET of the build machine');
  writeFileSync(path.join(release, '.env'), 'TOKEN=secret');
  mkdirSync(path.join(release, '.git'));
  writeFileSync(path.join(release, '.git/config'), '[remote "origin"]');
  mkdirSync(path.join(release, 'posts/.hidden'));
  writeFileSync(path.join(release, 'posts/.hidden/index.html'), 'hidden');
  mkdirSync(path.join(release, '.well-known'));
  writeFileSync(path.join(release, '.well-known/security.txt'), 'Contact: mailto:security@example.jp');
  symlinkSync(secret, path.join(release, 'leak.txt'));
  symlinkSync(path.dirname(secret), path.join(release, 'up'));
  try {
    await check();
  } finally {
    for (const name of ['.env', '.git', 'posts/.hidden', '.well-known', 'leak.txt', 'up']) rmSync(path.join(release, name), { recursive: true, force: true });
  }
}

/**
 * A dotfile is denied (403, the site's 403 page). A symlink is not followed:
 * at / try_files finds no file there (404, the site's 404 page); under
 * /mayor/ the static module refuses it (403, the site's 403 page).
 */
async function expectRefused(url: string) {
  const response = await get(url);
  const symlink = /leak\.txt|\/up\//u.test(url);
  expect(symlink ? [403, 404] : [403], url).toContain(response.status);
  const body = response.body.toString('utf8');
  expect(body, url).not.toContain('SECRET');
  expect(body, url).not.toContain('TOKEN');
  // The site's own Japanese page, not nginx's.
  expect(body, url).toContain(response.status === 404 ? 'ページが見つかりません' : 'このページは表示できません');
  expect(body, url).not.toMatch(/nginx\/\d/u);
  expect(response.headers['content-security-policy'], url).toContain("default-src 'self'");
}

describe('nginx refuses dotfiles and symlinks leaving the release', () => {
  it('at the root of a host: the site\'s 403 and 404 pages; .well-known/ is served', async () => {
    await withPlanted(realpathSync(path.join(tmp, 'srv/root/current')), async () => {
      for (const file of ['/.env', '/.git/config', '/posts/.hidden/', '/leak.txt', '/up/secret.txt']) await expectRefused(`${SITE}${file}`);
      const wellKnown = await get(`${SITE}/.well-known/security.txt`);
      expect(wellKnown.status).toBe(200);
      expect(wellKnown.body.toString('utf8')).toContain('Contact:');
      expect((await get(`${SITE}/posts/keiei-kaigi/`)).status).toBe(200);
    });
  });

  it('under a sub-path (/mayor/) too', async () => {
    await withPlanted(realpathSync(path.join(tmp, 'srv/sub/current')), async () => {
      for (const file of ['/mayor/.env', '/mayor/.git/config', '/mayor/posts/.hidden/', '/mayor/leak.txt', '/mayor/up/secret.txt']) {
        await expectRefused(`${SUB}${file}`);
      }
      const wellKnown = await get(`${SUB}/mayor/.well-known/security.txt`);
      expect(wellKnown.status).toBe(200);
      expect((await get(`${SUB}/mayor/posts/keiei-kaigi/`)).status).toBe(200);
    });
  });
});

describe('nginx under a sub-path (/mayor/)', () => {
  it('serves pages, assets and the 404 page under /mayor/', async () => {
    expect((await get(`${SUB}/mayor`)).headers.location).toBe('/mayor/');
    const home = await get(`${SUB}/mayor/`);
    expect(home.status).toBe(200);
    const html = home.body.toString('utf8');
    expect(html).toContain('<html lang="ja"');
    const refs = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/gu)].map((match) => match[1] ?? '');
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      expect(ref).toMatch(/^\/mayor\//u);
      expect((await get(`${SUB}${ref}`)).status, ref).toBe(200);
    }
    const css = refs.find((ref) => ref.endsWith('.css'));
    expect((await get(`${SUB}${css}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await get(`${SUB}/mayor/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString('utf8')).toContain('ページが見つかりません');
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
    expect((await get(`${SUB}/mayor/${MANIFEST_FILE}`)).status).toBe(404);
    expect((await get(`${SUB}/mayor/`, { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
  });
});

describe('switching releases under load', () => {
  it('deploys a new release and rolls back with zero failed requests', async () => {
    const logStart = (nginx?.errorLog() ?? '').length;
    const paths = ['/', '/posts/', '/mission/', '/release.txt', '/principles/cost/', '/no-such-page/'];
    const MAX_REQUESTS = 100_000;
    const DEADLINE = Date.now() + 20_000; // safety bound, not an assertion
    const failures: string[] = [];
    const versions: string[] = [];
    let requests = 0;
    let stop = false;

    const worker = async (offset: number) => {
      for (let n = offset; !stop && requests < MAX_REQUESTS && Date.now() < DEADLINE; n++) {
        const target = paths[n % paths.length] ?? '/';
        requests++;
        try {
          const response = await get(`${SITE}${target}`);
          const expected = target === '/no-such-page/' ? 404 : 200;
          const body = response.body.toString('utf8');
          if (response.status !== expected) failures.push(`${response.status} ${target}`);
          else if (target === '/release.txt') {
            if (versions.at(-1) !== body) versions.push(body);
          } else if (!body.trimEnd().endsWith('</html>')) failures.push(`incomplete page ${target}`);
        } catch (error) {
          failures.push(`${target}: ${String(error)}`);
        }
      }
    };
    const waitFor = async (version: string) => {
      while (versions.at(-1) !== version && !stop && Date.now() < DEADLINE && requests < MAX_REQUESTS) await new Promise((resolve) => setTimeout(resolve, 20));
    };

    const load = Promise.all([0, 1, 2, 3].map(worker));
    await waitFor('A');
    const deployed = await deploy('--to', path.join(tmp, 'srv/root'), '--dist', path.join(tmp, 'build-b'));
    expect(deployed).toMatch(/公開 \/ live: /u);
    await waitFor('B');
    await deploy('--to', path.join(tmp, 'srv/root'), '--rollback');
    await waitFor('A');
    // Keep the load on a little longer so the count covers the new state too.
    const settled = requests + 1_000;
    while (requests < settled && Date.now() < DEADLINE) await new Promise((resolve) => setTimeout(resolve, 20));
    stop = true;
    await load;

    expect(failures).toEqual([]);
    expect(versions).toEqual(['A', 'B', 'A']);
    expect(requests).toBeGreaterThan(1_000);
    console.log(`switch test: ${requests} requests, 0 failed, versions ${versions.join(' → ')}`);
    // Only what this test caused: the refusal tests above log their 403s on purpose.
    expect((nginx?.errorLog() ?? '').slice(logStart)).not.toMatch(/\[(error|crit|alert|emerg)\]/u);
  });

  it('a failed deploy leaves the live release untouched', async () => {
    const broken = path.join(tmp, 'build-broken');
    cpSync(path.join(tmp, 'build-b'), broken, { recursive: true });
    writeFileSync(path.join(broken, 'index.html'), 'half-copied');
    await expect(deploy('--to', path.join(tmp, 'srv/root'), '--dist', broken)).rejects.toThrow(
      /配置を中止しました（verify-build）[\s\S]*changed \(1\):\n\s+- index\.html/u,
    );
    expect(await text(`${SITE}/release.txt`)).toBe('A');
  });
});
