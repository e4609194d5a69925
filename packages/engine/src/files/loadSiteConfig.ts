/** Read and validate <content>/site.yaml (used by astro.config and pages alike). */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir, relativeToRoot } from './projectPaths.ts';
import { ContentStopError, ContentValidationError } from '../rules/issues.ts';
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
  const config = parseSiteConfig(parsed.data, name, {
    siteUrl: process.env.SITE_URL,
    basePath: process.env.BASE_PATH,
    editorBackend: process.env.EDITOR_BACKEND,
  });
  if (config.emblem && existsSync(emblemPath(config.emblem, root)) && !lstatSync(emblemPath(config.emblem, root)).isFile()) {
    // A symbolic link would copy another file's bytes (from anywhere) into dist/emblem/.
    throw new ContentStopError(
      `サイト設定に誤りがあります / The site configuration is invalid:\n\n` +
        `${name}: emblem: ${relativeToRoot(emblemPath(config.emblem, root), root)} はシンボリックリンクかフォルダーです。` +
        `画像ファイルそのものを content/ フォルダーに置いてください。\n` +
        `the emblem is a symbolic link or a folder, not a file: put the image file itself in the content folder.`,
    );
  }
  if (config.emblem && !existsSync(emblemPath(config.emblem, root))) {
    throw new ContentStopError(
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
