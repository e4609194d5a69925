/**
 * Build step: write dist/.release-manifest.json (SHA-256 of every file).
 * It must be the LAST integration in astro.config.mjs: Astro runs
 * astro:build:done hooks in array order, and a file written after the
 * manifest (Pagefind's index, .gz files) would make the deploy reject the
 * release as "not in the manifest".
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createManifest, MANIFEST_FILE } from '../releaseManifest.ts';

export function releaseManifest(): AstroIntegration {
  return {
    name: 'release-manifest',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const manifest = createManifest(outDir);
        writeFileSync(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
        logger.info(`${MANIFEST_FILE}: ${Object.keys(manifest.files).length} files`);
      },
    },
  };
}
