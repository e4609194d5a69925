// The floor for this stack: Astro + MDX, nothing else. Pagefind runs after the build.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Own content cache: node_modules may be shared with the site.
  cacheDir: './.astro-cache',
  integrations: [mdx()],
});
