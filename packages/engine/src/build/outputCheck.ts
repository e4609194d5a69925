/**
 * ONE pass over every file in dist/ (outputScan.ts) serving both checks —
 * internal links (linkCheck.ts) and off-site resources
 * (externalResources.ts). Each file's reading may come from the scan cache
 * (outputScanCache.ts); the judging always runs over every file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../files/listFiles.ts';
import { documentBase, formatExternalResources, judgeReferences, type ExternalResource } from './externalResources.ts';
import { findBrokenLinks, formatBrokenLinks, type BuiltPage } from './linkCheck.ts';
import { openScanCache } from './outputScanCache.ts';
import type { ScanOptions } from './outputScan.ts';

export interface OutputCheckSettings {
  /** Base path, "/" or "/sub/". */
  base: string;
  /** The site's URL (its origin is "on site"). */
  siteUrl: string;
  /** Absolute URL of the base path on the site, ending in "/". */
  siteRoot: string;
  scanOptions: ScanOptions;
  /** Path prefixes (after the base) not link-checked. */
  ignore?: readonly string[];
  /** The scan cache file; undefined = scan every file. */
  cacheFile?: string;
}

export interface OutputCheckResult {
  files: number;
  pages: number;
  /** Files whose reading came from the cache. */
  reused: number;
  /** Bilingual reports (broken links, off-site resources); empty when the output passes. */
  failures: string[];
}

export function checkOutput(outDir: string, settings: OutputCheckSettings): OutputCheckResult {
  const { base, siteUrl, siteRoot, scanOptions, ignore = [] } = settings;
  const siteOrigin = new URL(siteUrl).origin;
  const files = listFiles(outDir);
  const cache = openScanCache(settings.cacheFile, scanOptions);
  const found: ExternalResource[] = [];
  const pages: BuiltPage[] = [];
  for (const file of files) {
    const scan = cache.scan(file, readFileSync(path.join(outDir, file)));
    const fileUrl = new URL(file.split('/').map(encodeURIComponent).join('/'), siteRoot).href;
    const isPage = scan.kind === 'html' && !/\.(?:gz|br)$/u.test(file);
    found.push(...judgeReferences(file, scan.references, isPage ? documentBase(scan.references, fileUrl) : fileUrl, siteOrigin));
    if (isPage && file.endsWith('.html')) pages.push({ file, scan });
  }
  // Saved whatever the verdict: a reading is a fact about bytes, not a pass.
  cache.save();
  const existing = new Set(files);
  const broken = findBrokenLinks(pages, { base, siteUrl, ignore, exists: (file) => existing.has(file) });
  const failures = [
    ...(broken.length > 0 ? [formatBrokenLinks(broken)] : []),
    ...(found.length > 0 ? [formatExternalResources(found)] : []),
  ];
  return { files: files.length, pages: pages.length, reused: cache.reused, failures };
}
