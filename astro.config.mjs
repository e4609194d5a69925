// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { loadSiteConfig } from './src/lib/loadSiteConfig.ts';
import pagefind from './src/integrations/pagefind.ts';

const site = loadSiteConfig();

export default defineConfig({
  site: site.siteUrl,
  base: site.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Two files that would produce one URL must stop the build, not overwrite.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  integrations: [mdx(), pagefind()],
});
