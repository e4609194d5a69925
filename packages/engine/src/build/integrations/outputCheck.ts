/**
 * Build step: ONE pass over every file in dist/ (src/build/outputCheck.ts)
 * serving both checks — internal links and off-site resources. Fails the
 * build, naming the file, the element or property and the URL, in Japanese
 * and English. Each file's reading is cached in <cacheDir>/output-scan.json
 * (src/build/outputScanCache.ts), so a rebuild parses only changed files.
 *
 * Runs after Pagefind so the search files are scanned and links to them
 * checked, and before precompress and the release manifest (which must
 * cover only checked files).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { joinBase } from '../../site/urls.ts';
import { stopBuild } from '../buildStop.ts';
import { checkOutput } from '../outputCheck.ts';

export interface OutputCheckOptions {
  /** Path prefixes (after the base) not link-checked, e.g. files written by a later step. */
  ignore?: string[];
}

export function outputCheck({ ignore = [] }: OutputCheckOptions = {}): AstroIntegration {
  let base = '/';
  let siteUrl = 'http://localhost';
  let siteRoot = 'http://localhost/';
  let assets = '_astro';
  let cacheFile: string | undefined;
  return {
    name: 'output-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        siteUrl = config.site ?? siteUrl;
        siteRoot = new URL(joinBase(config.base, '/'), new URL(siteUrl).origin).href;
        assets = config.build.assets;
        // Beside Astro's own caches (like precompress/), so CI and deploy keep it the same way.
        cacheFile = fileURLToPath(new URL('output-scan.json', config.cacheDir));
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        // admin/decap/: the Decap CMS bundle the site serves for /admin/ (docs/cms.md),
        // copied from node_modules at build time; its own fetches go to the git server only.
        // admin/editor/: the engine's script that starts it (src/files/editorScript.ts).
        const scanOptions = { scriptFolders: [`${assets}/`, 'pagefind/', 'admin/decap/', 'admin/editor/'] };
        const result = checkOutput(fileURLToPath(dir), { base, siteUrl, siteRoot, scanOptions, ignore, cacheFile });
        if (result.failures.length > 0) stopBuild(result.failures.join('\n\n'));
        const ms = Math.round(performance.now() - started);
        logger.info(
          `${result.files} ファイル（${result.pages} ページ、${result.reused} ファイルはキャッシュから）を確認: リンク切れ・外部リソースなし / ` +
            `checked ${result.files} files (${result.pages} pages, ${result.reused} files from the cache): no broken links, no off-site resources (${ms} ms)`,
        );
      },
    },
  };
}
