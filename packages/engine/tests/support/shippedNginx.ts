/**
 * The real nginx with exactly the configuration and headers deploy/nginx/
 * ships, serving a copy of a built site, for browser tests of production.
 * Only what an administrator is told to change may be replaced (the listen
 * address, the release folder); each replaced text must be in the file.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startNginx, type NginxServer } from '../deploy/support.ts';
import { ENGINE } from './paths.ts';

/** A port nobody listens on now (the stand-in servers pick theirs the same way). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function shipped(file: string, replacements: Record<string, string>): string {
  let text = readFileSync(path.join(ENGINE, 'deploy/nginx', file), 'utf8');
  for (const [from, to] of Object.entries(replacements)) {
    if (!text.includes(from)) throw new Error(`deploy/nginx/${file} no longer contains ${from}`);
    text = text.replaceAll(from, to);
  }
  return text;
}

export interface ShippedNginx {
  server: NginxServer;
  stop(): Promise<void>;
}

/**
 * Serve `dist` on 127.0.0.1:`port` behind the shipped configuration and its
 * header snippets: site.conf for a site at the root, subpath.conf (inside a
 * server block of our own, as its comments say) for one under /mayor/.
 */
export async function serveWithShippedNginx(dist: string, port: number, readyPath = '/', basePath = '/'): Promise<ShippedNginx> {
  if (basePath !== '/' && basePath !== '/mayor/') throw new Error(`deploy/nginx/subpath.conf serves /mayor/ only, not ${basePath}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'shipped-nginx-'));
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'snippets'));
  // A copy: nginx workers cannot read a test's temp project.
  cpSync(dist, path.join(dir, 'srv/current'), { recursive: true });
  execFileSync('chmod', ['-R', 'a+rX', dir]);
  for (const snippet of ['mission-site-headers.conf', 'mission-site-admin-headers.conf']) {
    writeFileSync(path.join(dir, 'snippets', snippet), shipped(snippet, {}));
  }
  writeFileSync(path.join(dir, 'http.conf'), shipped('mission-site-http.conf', {}));
  let block: string;
  if (basePath === '/') {
    writeFileSync(path.join(dir, 'site.conf'), shipped('site.conf', { 'listen 80;': `listen 127.0.0.1:${port};`, '/srv/mission-site': path.join(dir, 'srv') }));
    block = '  include http.conf;\n  include site.conf;';
  } else {
    writeFileSync(path.join(dir, 'subpath.conf'), shipped('subpath.conf', { '/srv/mission-site': path.join(dir, 'srv') }));
    mkdirSync(path.join(dir, 'empty'));
    block = `  include http.conf;\n  server { listen 127.0.0.1:${port}; root ${path.join(dir, 'empty')}; include subpath.conf; }`;
  }
  const server = await startNginx(dir, block, `http://127.0.0.1:${port}${readyPath}`);
  return {
    server,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
