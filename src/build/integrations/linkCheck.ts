/**
 * Astro integration: after the build, check every internal link and asset
 * of every page (see src/build/linkCheck.ts) and fail the build, naming the
 * page and the link, if one does not resolve.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, formatBrokenLinks } from '../linkCheck.ts';

export interface LinkCheckIntegrationOptions {
  /** Path prefixes (after the base) written after this hook runs, e.g. Pagefind's "pagefind/". */
  ignore?: string[];
}

export default function linkCheck({ ignore = ['pagefind/'] }: LinkCheckIntegrationOptions = {}): AstroIntegration {
  let base = '/';
  let siteUrl = 'http://localhost';
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        siteUrl = config.site ?? siteUrl;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = readdirSync(out, { recursive: true, encoding: 'utf8' })
          .map((file) => file.split(path.sep).join('/'))
          .filter((file) => file.endsWith('.html'));
        const pages = files.map((file) => ({ file, html: readFileSync(path.join(out, file), 'utf8') }));
        const broken = findBrokenLinks(pages, {
          base,
          siteUrl,
          ignore,
          exists: (file) => statSync(path.join(out, file), { throwIfNoEntry: false })?.isFile() ?? false,
        });
        if (broken.length > 0) throw new Error(formatBrokenLinks(broken));
        logger.info(
          `${pages.length} ページの内部リンクを確認しました / checked internal links of ${pages.length} pages`,
        );
      },
    },
  };
}
