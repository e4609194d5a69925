/** Read and validate <content>/site.yaml (used by astro.config and pages alike). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir, relativeToRoot } from './projectPaths.ts';
import { ContentValidationError } from '../rules/issues.ts';
import { parseSiteConfig, type SiteConfig } from '../rules/siteConfig.ts';
import { decodeContentFile } from '../rules/sourceText.ts';
import { parseYaml } from '../rules/yamlText.ts';

export function loadSiteConfig(root: string = process.cwd()): SiteConfig {
  const file = path.join(contentDir(root), 'site.yaml');
  const name = relativeToRoot(file, root);
  // Same reader as every other YAML file: a typo names its line, in both languages.
  const decoded = decodeContentFile(readFileSync(file), name);
  if (!decoded.ok) throw new ContentValidationError([decoded.issue]);
  const parsed = parseYaml(decoded.text, name);
  if (!parsed.ok) throw new ContentValidationError(parsed.issues);
  return parseSiteConfig(parsed.data, name, {
    siteUrl: process.env.SITE_URL,
    basePath: process.env.BASE_PATH,
    editorBackend: process.env.EDITOR_BACKEND,
  });
}
