// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { externalResourceCheck } from './src/build/integrations/externalResourceCheck.ts';
import { precompress } from './src/build/integrations/precompress.ts';
import { releaseManifest } from './src/build/integrations/releaseManifest.ts';
import { externalLinksPlugin } from './src/site/externalLinks.ts';
import { loadSiteConfig } from './src/files/loadSiteConfig.ts';
import draftPreview from './src/build/integrations/draftPreview.ts';
import linkCheck from './src/build/integrations/linkCheck.ts';
import pagefind from './src/build/integrations/pagefind.ts';

const site = loadSiteConfig();

export default defineConfig({
  site: site.siteUrl,
  base: site.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Two files that would produce one URL must stop the build, not overwrite.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  // Never inline scripts or styles: the nginx Content-Security-Policy
  // (deploy/nginx/) allows only files from the site itself ('self').
  // One stylesheet for the whole site (~31 KB, cached after the first page)
  // instead of eight small render-blocking ones per post page.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  // Links in Markdown/MDX that leave the site are marked （外部サイト）.
  markdown: { processor: satteri({ hastPlugins: [externalLinksPlugin(site.siteUrl)] }) },
  // Test fixture builds (tests/e2e/support/fixtureSite.ts) keep their content cache apart.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [
    draftPreview(),
    mdx(),
    // Only built pages are listed, so drafts and future posts never appear; 404 and the editor are not pages to index.
    sitemap({ filter: (page) => !/\/(?:404|admin)\/?$/u.test(page) }),
    // Fails the build on a broken internal link (see src/build/linkCheck.ts).
    linkCheck(),
    // Search index; before the three below so it is checked, compressed and hashed.
    pagefind(),
    // Keep externalResourceCheck, precompress and releaseManifest LAST, in
    // this order: the manifest must hash every file the other steps write.
    externalResourceCheck(),
    precompress(),
    releaseManifest(),
  ],
});
