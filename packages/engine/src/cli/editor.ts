// `npm run editor`: the browser editor on this PC, saving into this checkout.
// Builds the site with the local backend, then starts decap-server (the git
// proxy Decap CMS talks to) and the site preview, both on 127.0.0.1 only.
//   npm run editor            → http://127.0.0.1:4321/admin/
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentDir } from '../files/projectPaths.ts';
import { loadSiteConfig } from '../files/loadSiteConfig.ts';
import { joinBase } from '../site/urls.ts';
import { ASTRO_CLI, engineFile } from '../files/enginePaths.ts';

const env = { ...process.env, EDITOR_BACKEND: 'local', ASTRO_TELEMETRY_DISABLED: '1' };
const config = loadSiteConfig();
if (!config.editor.enabled) {
  console.error('✗ site.yaml の editor.enabled が false なので、編集画面は作られません\n✗ editor.enabled is false in site.yaml');
  process.exit(1);
}
const port = Number(process.env.EDITOR_PORT ?? 4321);

console.log('サイトを組み立てています… / building the site…');
let outDir = 'dist';
const build = spawnSync(process.execPath, [ASTRO_CLI, 'build'], { env, stdio: 'inherit' });
if (build.status !== 0) outDir = recover();

/**
 * The content has errors, so the site cannot be built; the editor must still
 * open so they can be fixed in the browser. List every error (check:content),
 * then build the editor from the last committed content (its choices of
 * principles and authors), in a temporary folder. It edits this checkout's
 * files as always: the broken post is in its list, ready to be fixed.
 */
function recover(): string {
  console.error(
    [
      '',
      '✗ 記事などに誤りがあり、サイトを組み立てられませんでした。誤りは次のとおりです。編集画面を開くので、そこで直してください。',
      '✗ The content has errors, so the site cannot be built. They are listed below; the editor opens so you can fix them.',
      '',
    ].join('\n'),
  );
  spawnSync(process.execPath, [engineFile('src/cli/checkContent.ts')], { env, stdio: 'inherit' });
  const work = mkdtempSync(path.join(tmpdir(), 'mission-editor-'));
  const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
  const content = path.relative(top, contentDir()).split(path.sep).join('/');
  const archive = execFileSync('git', ['archive', '--format=tar', 'HEAD', content], { cwd: top, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', work], { input: archive });
  const fallback = spawnSync(
    process.execPath,
    [ASTRO_CLI, 'build', '--outDir', path.join(work, 'dist')],
    // Its own cache: the content differs from this checkout's.
    { env: { ...env, CONTENT_DIR: path.join(work, content), ASTRO_CACHE_DIR: path.join(work, '.astro') }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (fallback.status !== 0) {
    console.error('✗ 最後にコミットした内容でも組み立てられませんでした。上の誤りをファイルで直してください。\n✗ The last committed content cannot be built either: fix the errors above in the files.');
    process.exit(1);
  }
  console.log('✓ 最後にコミットした内容で編集画面を組み立てました（誤りのある記事も一覧に出ます） / editor built from the last committed content');
  return path.join(work, 'dist');
}

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
  spawn(process.execPath, [ASTRO_CLI, 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', outDir], {
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
