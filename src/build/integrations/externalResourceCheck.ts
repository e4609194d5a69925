/**
 * Build step: fail the build when any built page or stylesheet loads a
 * resource from another origin (see src/build/externalResources.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  findExternalInCss,
  findExternalInHtml,
  formatExternalResources,
  type ExternalResource,
} from '../externalResources.ts';
import { listFiles } from '../../files/listFiles.ts';
import { joinBase } from '../../site/urls.ts';

export function externalResourceCheck(): AstroIntegration {
  let siteOrigin = 'http://localhost';
  let siteRoot = 'http://localhost/';
  return {
    name: 'external-resource-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        const site = new URL(config.site ?? 'http://localhost');
        siteOrigin = site.origin;
        siteRoot = new URL(joinBase(config.base, '/'), site.origin).href;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const found: ExternalResource[] = [];
        const files = listFiles(outDir);
        for (const file of files) {
          const url = new URL(file.split('/').map(encodeURIComponent).join('/'), siteRoot).href;
          // SVG is XML with the same loading elements (<image href>, <use href>, style).
          if (file.endsWith('.html') || file.endsWith('.svg')) {
            found.push(...findExternalInHtml(readFileSync(path.join(outDir, file), 'utf8'), file, url, siteOrigin));
          } else if (file.endsWith('.css')) {
            found.push(...findExternalInCss(readFileSync(path.join(outDir, file), 'utf8'), file, url, siteOrigin));
          }
        }
        if (found.length > 0) throw new Error(formatExternalResources(found));
        logger.info(`外部リソースなし / no off-site resources (${files.length} files checked)`);
      },
    },
  };
}
