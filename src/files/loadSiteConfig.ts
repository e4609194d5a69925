/** Read and validate <content>/site.yaml (used by astro.config and pages alike). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir, relativeToRoot } from './projectPaths.ts';
import { parseSiteConfig, type SiteConfig } from '../rules/siteConfig.ts';

export function loadSiteConfig(root: string = process.cwd()): SiteConfig {
  const file = path.join(contentDir(root), 'site.yaml');
  const raw: unknown = parse(readFileSync(file, 'utf8'));
  const config = parseSiteConfig(raw, relativeToRoot(file, root), {
    siteUrl: process.env.SITE_URL,
    basePath: process.env.BASE_PATH,
  });
  if (config.emblem && !existsSync(emblemPath(config.emblem, root))) {
    throw new Error(
      `サイト設定に誤りがあります / The site configuration is invalid:\n\n` +
        `${relativeToRoot(file, root)}: emblem: ${relativeToRoot(emblemPath(config.emblem, root), root)} がありません。` +
        `画像を content/ フォルダーに置くか、emblem の行を消してください。\n` +
        `the emblem file does not exist: put the image in the content folder or remove the emblem line.`,
    );
  }
  return config;
}

/** Where the emblem named in site.yaml lives (the content folder). */
export function emblemPath(emblem: string, root: string = process.cwd()): string {
  return path.join(contentDir(root), emblem);
}
