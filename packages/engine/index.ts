/**
 * The engine as one Astro integration. A site adds it with one line:
 *
 *   // astro.config.mjs
 *   import { defineConfig } from 'astro/config';
 *   import missionHandbook from 'mission-handbook';
 *   export default defineConfig({ integrations: [missionHandbook()] });
 *
 * and re-exports the collections in src/content.config.ts (Astro reads
 * collections only from the site's own srcDir). Everything else — routes,
 * middleware, Markdown processing, the after-build steps — comes from here.
 * The site's words and settings come from its content/site.yaml, read
 * relative to the directory the command runs in (the site's root).
 */
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { outputCheck } from './src/build/integrations/outputCheck.ts';
import { publicFolderCheck } from './src/build/integrations/publicFolderCheck.ts';
import { precompress } from './src/build/integrations/precompress.ts';
import { releaseManifest } from './src/build/integrations/releaseManifest.ts';
import { injectPages } from './src/build/integrations/routes.ts';
import { externalLinksPlugin } from './src/site/externalLinks.ts';
import { editorSafeMdx } from './src/site/editorSafeMdx.ts';
import { loadSiteConfig } from './src/files/loadSiteConfig.ts';
import { resetContentGate } from './src/model/loaders/contentGate.ts';
import { prefetchGitHistory } from './src/files/gitHistory.ts';
import { stylesDigest } from './src/files/codeVersion.ts';
import draftPreview from './src/build/integrations/draftPreview.ts';
import pagefind from './src/build/integrations/pagefind.ts';
import { phaseTimer } from './src/build/integrations/phaseTimer.ts';
import { incrementalBuildGuard } from './src/build/integrations/incrementalBuildGuard.ts';
import { quietBundlerLog } from './src/build/bundlerLog.ts';

export default function missionHandbook(): AstroIntegration {
  return {
    name: 'mission-handbook',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, injectRoute, addMiddleware }) => {
        const site = loadSiteConfig();
        // A build's content check (its own worker) and git history start now, on the
        // second core while Astro loads, rather than when the first page needs them.
        resetContentGate({ start: command === 'build' });
        prefetchGitHistory({ start: command === 'build' });
        injectPages(injectRoute);
        // BudouX phrase breaks on every rendered page (src/middleware.ts).
        addMiddleware({ entrypoint: new URL('./src/middleware.ts', import.meta.url), order: 'pre' });
        updateConfig({
          site: site.siteUrl,
          base: site.basePath,
          trailingSlash: 'always',
          build: { format: 'directory' },
          // Two files that would produce one URL must stop the build, not overwrite.
          prerenderConflictBehavior: 'error',
          devToolbar: { enabled: false },
          // A component's scoped styles mark its elements with a class
          // (`class="post-card astro-xxxxxxxx"`) rather than an attribute
          // (`class="post-card" data-astro-cid-xxxxxxxx`): the same specificity,
          // so the same look, and ~9 bytes less on each of the ~200 elements of
          // every page that Pagefind, the output check and gzip read.
          scopedStyleStrategy: 'class',
          // Never inline scripts or styles: the nginx Content-Security-Policy
          // (deploy/nginx/) allows only files from the site itself ('self').
          // One stylesheet for the whole site (~31 KB, cached after the first page)
          // instead of eight small render-blocking ones per post page.
          // The bundler's warning about Astro's own "use astro:head-inject" directive
          // (one block per MDX file) is dropped, nothing else (src/build/bundlerLog.ts).
          // The styles' digest reaches every page's cache key (src/model/cacheKeys.ts).
          vite: {
            build: { assetsInlineLimit: 0, cssCodeSplit: false, rolldownOptions: { onLog: quietBundlerLog } },
            define: { 'import.meta.env.MISSION_HANDBOOK_STYLES': JSON.stringify(stylesDigest(new URL('./src/', import.meta.url))) },
          },
          // Links in Markdown/MDX that leave the intranet are marked （外部サイト）; MDX
          // bodies get the editors' pre-parse step (literal < and { in running text).
          markdown: { processor: editorSafeMdx(satteri({ hastPlugins: [externalLinksPlugin(site.siteUrl, site.intranetHosts)] })) },
          // Incremental static builds: a page whose cacheKey (src/model/cacheKeys.ts)
          // and code are unchanged is copied from the previous build (cacheDir/dist/)
          // instead of rendered. `astro build --force` renders everything.
          // See docs/incremental-builds.md for what invalidates the caches.
          // Kept on only under the Astro minor the keys were verified with (src/build/integrations/incrementalBuildGuard.ts).
          experimental: { incrementalBuild: true },
          // Test fixture builds keep their content cache apart.
          ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: pathToFileURL(`${path.resolve(process.env.ASTRO_CACHE_DIR)}/`) } : {}),
          integrations: [
            // Per-phase CPU for `npm run bench` (times each later integration's build:done); inert unless BENCH_PHASES is set.
            phaseTimer(),
            incrementalBuildGuard(),
            // Symlinks leaving public/ and dotfiles never reach the output (src/files/publicFolder.ts).
            publicFolderCheck(),
            draftPreview(),
            mdx(),
            // Only built pages are listed, so drafts and future posts never appear; 404, 403 and the editor are not pages to index.
            sitemap({ filter: (page) => !/\/(?:40[34]|admin)\/?$/u.test(page) }),
            // Search index; before the three below so it is checked, compressed and hashed.
            pagefind(),
            // Keep outputCheck, precompress and releaseManifest LAST, in this order:
            // one pass over dist/ fails the build on a broken internal link or anything
            // reaching off-site (src/build/outputScan.ts); the manifest must hash every
            // file the other steps write.
            outputCheck(),
            precompress(),
            releaseManifest(),
          ],
        });
      },
    },
  };
}
