// `npm run editor`: the browser editor on this PC, saving into this checkout.
// Builds the site with the local backend, then starts decap-server (the git
// proxy Decap CMS talks to) and the site preview, both on 127.0.0.1 only.
//   npm run editor            → http://127.0.0.1:4321/admin/
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadSiteConfig } from '../files/loadSiteConfig.ts';
import { joinBase } from '../site/urls.ts';
import { ASTRO_CLI } from '../files/enginePaths.ts';

const env = { ...process.env, EDITOR_BACKEND: 'local', ASTRO_TELEMETRY_DISABLED: '1' };
const config = loadSiteConfig();
if (!config.editor.enabled) {
  console.error('✗ site.yaml の editor.enabled が false なので、編集画面は作られません\n✗ editor.enabled is false in site.yaml');
  process.exit(1);
}
const port = Number(process.env.EDITOR_PORT ?? 4321);

console.log('サイトを組み立てています… / building the site…');
const build = spawnSync(process.execPath, [ASTRO_CLI, 'build'], { env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const require = createRequire(import.meta.url);
const children: ChildProcess[] = [
  spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    env: {
      ...env,
      GIT_REPO_DIRECTORY: process.cwd(),
      PORT: String(config.editor.localPort),
      BIND_HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: 'inherit',
  }),
  spawn(process.execPath, [ASTRO_CLI, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  }),
];
console.log(`✓ 編集画面を開きました。ブラウザーで次のURLを開いてください / open:
  http://127.0.0.1:${port}${joinBase(config.basePath, '/admin/')}
  終わるときは、この画面で Ctrl + C を押します / press Ctrl+C to stop`);
const stop = () => {
  for (const child of children) child.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && stop());
