// Starlight with the generated posts as docs pages. Its default sidebar lists
// every page on every page (quadratic output), which no blog would ship, so
// the sidebar holds one link; Starlight's own Pagefind step runs in the build.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  devToolbar: { enabled: false },
  // Own content cache: node_modules may be shared with the site.
  cacheDir: './.astro-cache',
  integrations: [
    starlight({
      title: '庁内ブログ',
      locales: { root: { label: '日本語', lang: 'ja' } },
      sidebar: [{ label: '記事一覧', link: '/' }],
    }),
  ],
});
