/**
 * Builds the Pagefind search index into dist/pagefind/ once Astro has written
 * the site, so `astro build` alone leaves a complete, searchable site.
 *
 * Pages opt in with data-pagefind-body (content pages only), so lists, the
 * home page and 404 are never indexed. Any indexing error, or an index with
 * no pages, fails the build: a site whose search silently finds nothing must
 * not be published.
 *
 * The bundle is written at the output root (dist/pagefind/); under a base
 * path such as /mayor/ it is served at /mayor/pagefind/ and the client passes
 * the base as Pagefind's `baseUrl`, so result URLs get the prefix there.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

const PAGEFIND_DIR = 'pagefind';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

function fail(step: string, details: readonly string[]): never {
  throw new SearchIndexError(
    [
      `[日本語] 検索インデックスの作成に失敗しました（${step}）`,
      `[English] building the search index failed (${step})`,
      ...details.map((line) => `  ${line}`),
    ].join('\n'),
  );
}

/** Index every HTML file under `siteDir` and write the bundle beside it. */
export async function buildSearchIndex(siteDir: string): Promise<{ pageCount: number; outputPath: string }> {
  try {
    // The whole site is Japanese: forcing the language keeps one index (and
    // Japanese segmentation) even if a page's lang attribute were missing.
    const created = await pagefind.createIndex({ forceLanguage: 'ja' });
    if (!created.index || created.errors.length > 0) fail('createIndex', created.errors);
    const { index } = created;
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) fail('addDirectory', added.errors);
    if (added.page_count === 0) {
      fail('addDirectory', ['ページが1件も索引されませんでした / no page was indexed (is data-pagefind-body missing?)']);
    }
    const written = await index.writeFiles({ outputPath: path.join(siteDir, PAGEFIND_DIR) });
    if (written.errors.length > 0) fail('writeFiles', written.errors);
    return { pageCount: added.page_count, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pageCount, outputPath } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`indexed ${pageCount} pages → ${path.relative(process.cwd(), outputPath)}`);
      },
    },
  };
}
