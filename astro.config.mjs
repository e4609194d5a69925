// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { loadSiteConfig } from './src/lib/loadSiteConfig.ts';
import draftPreview from './src/integrations/draftPreview.ts';
import linkCheck from './src/integrations/linkCheck.ts';

const site = loadSiteConfig();

export default defineConfig({
  site: site.siteUrl,
  base: site.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Two files that would produce one URL must stop the build, not overwrite.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  integrations: [
    draftPreview(),
    mdx(),
    // Only built pages are listed, so drafts and future posts never appear; 404 is not a page to index.
    sitemap({ filter: (page) => !/\/404\/?$/u.test(page) }),
    // Last: fails the build on a broken internal link (see src/lib/linkCheck.ts).
    linkCheck(),
  ],
});
