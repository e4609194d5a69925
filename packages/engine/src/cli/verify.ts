/**
 * mission-handbook verify: check a site's build as its readers get it, in
 * the site's folder, with nothing written for one organisation. A town's CI
 * runs it after its content check. It builds first when dist/ is missing or
 * older than the content, serves dist/ on a free port of 127.0.0.1 under
 * the site's base path, and reports each check in Japanese and English
 * (src/verify/). Exit 1 on any failure.
 *
 *   mission-handbook verify                        → check dist/
 *   mission-handbook verify --forbid words.txt     → also: none of these words anywhere
 *   mission-handbook verify --dist dist-subpath    → check another build (with BASE_PATH)
 *   mission-handbook verify --no-build             → never build, fail if dist/ is missing
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MANIFEST_FILE } from '../build/releaseManifest.ts';
import { listFiles } from '../files/listFiles.ts';
import { contentDir, relativeToRoot } from '../files/projectPaths.ts';
import { formatReport, failed } from '../verify/report.ts';
import { runVerify } from '../verify/run.ts';
import { readSiteModel, type SiteModel } from '../verify/siteModel.ts';
import { parseWordList } from '../verify/words.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { serveDist } from './serveDist.ts';

/** Print a bilingual message and stop with status 1, never a stack trace. */
function stop(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

let values: { forbid?: string; dist: string; 'no-build': boolean };
try {
  ({ values } = parseArgs({
    options: {
      forbid: { type: 'string' },
      dist: { type: 'string', default: 'dist' },
      'no-build': { type: 'boolean', default: false },
    },
  }) as { values: typeof values });
} catch (error) {
  stop(
    `オプションが正しくありません / invalid option: ${(error as Error).message}\n` +
      `  使い方 / usage: mission-handbook verify [--forbid <file>] [--dist <folder>] [--no-build]`,
  );
}

if (!existsSync(path.join(contentDir(), 'site.yaml'))) {
  stop(
    `${relativeToRoot(path.join(contentDir(), 'site.yaml')) || 'site.yaml'} がありません。サイトのフォルダー（content/ と astro.config.mjs のある所）で実行してください / ` +
      `no site.yaml here: run verify in a site's folder (where content/ and astro.config.mjs are)`,
  );
}

const distDir = path.resolve(values.dist);
const distName = relativeToRoot(distDir) || '.';

/** Newest modification time of any file under `dir` (0 when there is none). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  return Math.max(0, ...listFiles(dir).map((file) => statSync(path.join(dir, file)).mtimeMs));
}

/** When the build last finished: its release manifest, written last; else its home page. */
function builtAt(): number | undefined {
  for (const marker of [MANIFEST_FILE, 'index.html']) {
    const file = path.join(distDir, marker);
    if (existsSync(file)) return statSync(file).mtimeMs;
  }
  return undefined;
}

const built = builtAt();
const stale = built === undefined || newest(contentDir()) > built;
if (stale) {
  if (values['no-build']) {
    stop(
      `${distName}/ がないか、content/ より古いビルドです。先に npm run build を実行してください / ` +
        `${distName}/ is missing or older than the content: run npm run build first`,
    );
  }
  console.log(
    `${built === undefined ? `${distName}/ がありません` : `${distName}/ は content/ より古いビルドです`}。ビルドします… / ` +
      `${built === undefined ? `${distName}/ is missing` : `${distName}/ is older than the content`}: building…`,
  );
  const astro = fileURLToPath(new URL('./astro.mjs', import.meta.url));
  const outDir = values.dist === 'dist' ? [] : ['--outDir', distDir];
  const result = spawnSync(process.execPath, [astro, 'build', ...outDir], { stdio: 'inherit' });
  if (result.status !== 0) stop('ビルドに失敗しました（上のメッセージを見てください） / the build failed (see the messages above)');
}

let model: SiteModel;
try {
  model = readSiteModel();
} catch (error) {
  stop(`サイトの内容を読めませんでした / the site's content could not be read:\n${(error as Error).message}`);
}

let forbidden: string[] = [];
if (values.forbid !== undefined) {
  const file = path.resolve(values.forbid);
  if (!existsSync(file)) {
    stop(`--forbid ${values.forbid}: ファイルがありません。1 行に 1 語を書いたファイルを指定してください / file not found: give a file with one word per line`);
  }
  forbidden = parseWordList(readFileSync(file, 'utf8'));
  if (forbidden.length === 0) stop(`--forbid ${values.forbid}: 言葉が 1 つも書かれていません / the file lists no word`);
}

const started = performance.now();
const { server, origin } = await serveDist(distDir, model.config.basePath);
let code: number;
try {
  console.log(
    `${distName}/ を確認します（${origin}${model.config.basePath}、${model.today} 時点） / verifying ${distName}/ at ${origin}${model.config.basePath} as of ${model.today}\n`,
  );
  const results = await runVerify({
    model,
    distDir,
    forbidden,
    ...(values.forbid !== undefined ? { forbiddenFile: values.forbid } : {}),
    browser: { origin, launchOptions: chromiumLaunchOptions() },
  });
  console.log(formatReport(results));
  console.log(`（${((performance.now() - started) / 1000).toFixed(1)} 秒 / s）`);
  code = failed(results) ? 1 : 0;
} catch (error) {
  const message = (error as Error).message.split('\n')[0] ?? '';
  const hint = /launch|executable/iu.test(message)
    ? '\n  Chromium を起動できませんでした。CHROMIUM_PATH に Chromium の実行ファイルを指定してください / Chromium did not start: set CHROMIUM_PATH to a Chromium executable'
    : '';
  console.error(`✗ 確認を最後まで実行できませんでした / verify could not finish: ${message}${hint}`);
  code = 1;
} finally {
  server.close();
}
process.exit(code);
