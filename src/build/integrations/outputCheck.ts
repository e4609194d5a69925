/**
 * Build step: ONE pass over every file in dist/ (src/build/outputScan.ts)
 * serving both checks — internal links (linkCheck.ts) and off-site
 * resources (externalResources.ts). Fails the build, naming the file, the
 * element or property and the URL, in Japanese and English.
 *
 * Runs after Pagefind so the search files are scanned and links to them
 * checked, and before precompress and the release manifest (which must
 * cover only checked files).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../../files/listFiles.ts';
import { joinBase } from '../../site/urls.ts';
import { documentBase, formatExternalResources, judgeReferences, type ExternalResource } from '../externalResources.ts';
import { buildStop } from '../buildStop.ts';
import { findBrokenLinks, formatBrokenLinks, type BuiltPage } from '../linkCheck.ts';
import { scanFile } from '../outputScan.ts';

export interface OutputCheckOptions {
  /** Path prefixes (after the base) not link-checked, e.g. files written by a later step. */
  ignore?: string[];
}

export function outputCheck({ ignore = [] }: OutputCheckOptions = {}): AstroIntegration {
  let base = '/';
  let siteUrl = 'http://localhost';
  let siteRoot = 'http://localhost/';
  let assets = '_astro';
  return {
    name: 'output-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        siteUrl = config.site ?? siteUrl;
        siteRoot = new URL(joinBase(config.base, '/'), new URL(siteUrl).origin).href;
        assets = config.build.assets;
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const siteOrigin = new URL(siteUrl).origin;
        const files = listFiles(outDir);
        const found: ExternalResource[] = [];
        const pages: BuiltPage[] = [];
        // admin/decap/: the Decap CMS bundle the site serves for /admin/ (docs/cms.md),
        // copied from node_modules at build time; its own fetches go to the git server only.
        const scanOptions = { scriptFolders: [`${assets}/`, 'pagefind/', 'admin/decap/'] };
        for (const file of files) {
          const scan = scanFile(file, readFileSync(path.join(outDir, file)), scanOptions);
          const fileUrl = new URL(file.split('/').map(encodeURIComponent).join('/'), siteRoot).href;
          const isPage = scan.kind === 'html' && !/\.(?:gz|br)$/u.test(file);
          found.push(...judgeReferences(file, scan.references, isPage ? documentBase(scan.references, fileUrl) : fileUrl, siteOrigin));
          if (isPage && file.endsWith('.html')) pages.push({ file, scan });
        }
        const existing = new Set(files);
        const broken = findBrokenLinks(pages, { base, siteUrl, ignore, exists: (file) => existing.has(file) });
        const failures = [
          ...(broken.length > 0 ? [formatBrokenLinks(broken)] : []),
          ...(found.length > 0 ? [formatExternalResources(found)] : []),
        ];
        if (failures.length > 0) throw buildStop(failures.join('\n\n'));
        const ms = Math.round(performance.now() - started);
        logger.info(
          `${files.length} ファイル（${pages.length} ページ）を確認: リンク切れ・外部リソースなし / ` +
            `checked ${files.length} files (${pages.length} pages): no broken links, no off-site resources (${ms} ms)`,
        );
      },
    },
  };
}
