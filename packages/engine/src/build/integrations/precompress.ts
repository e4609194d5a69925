/** Build step: write .gz files for nginx gzip_static (src/build/precompress.ts). */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precompressDirectory } from '../precompress.ts';

export function precompress(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'precompress',
    hooks: {
      // Beside Astro's own caches, so CI and deploy keep it the same way.
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('precompress/', config.cacheDir));
      },
      'astro:build:done': ({ dir, logger }) => {
        const { written, reused } = precompressDirectory(fileURLToPath(dir), cacheDir);
        logger.info(`${written.length} 個の .gz を作成（${reused} 個はキャッシュから） / wrote ${written.length} .gz files (${reused} from the cache)`);
      },
    },
  };
}
