/** Build step: write .gz files for nginx gzip_static (src/build/precompress.ts). */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precompressDirectory } from '../precompress.ts';

export function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const written = precompressDirectory(fileURLToPath(dir));
        logger.info(`${written.length} 個の .gz を作成 / wrote ${written.length} .gz files`);
      },
    },
  };
}
