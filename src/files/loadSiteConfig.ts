/** Read and validate <content>/site.yaml (used by astro.config and pages alike). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir, relativeToRoot } from './projectPaths.ts';
import { parseSiteConfig, type SiteConfig } from '../rules/siteConfig.ts';

export function loadSiteConfig(root: string = process.cwd()): SiteConfig {
  const file = path.join(contentDir(root), 'site.yaml');
  const raw: unknown = parse(readFileSync(file, 'utf8'));
  return parseSiteConfig(raw, relativeToRoot(file, root), {
    siteUrl: process.env.SITE_URL,
    basePath: process.env.BASE_PATH,
    editorBackend: process.env.EDITOR_BACKEND,
  });
}
