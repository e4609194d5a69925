/**
 * Where each kind of content lives inside the content folder. Shared by the
 * collection definitions (src/content.config.ts) and the editors' checker
 * (src/cli/checkContent.ts) so both always look at the same files.
 */
import type { ContentIssue } from './issues.ts';

export interface CollectionLayout {
  /** Folder inside the content directory. */
  folder: string;
  /** Glob pattern inside that folder. */
  pattern: string;
  /** Regex equivalent of `pattern`, for the checker's own directory walk. */
  matches: RegExp;
}

export const contentLayout = {
  posts: { folder: 'posts', pattern: '**/*.{md,mdx}', matches: /\.mdx?$/u },
  principles: { folder: 'principles', pattern: '*.{md,mdx}', matches: /^[^/]+\.mdx?$/u },
  handbook: { folder: 'handbook', pattern: '*.{md,mdx}', matches: /^[^/]+\.mdx?$/u },
  mission: { folder: 'mission', pattern: 'index.{md,mdx}', matches: /^index\.mdx?$/u },
  missionVersions: { folder: 'mission/versions', pattern: '*.{md,mdx}', matches: /^[^/]+\.mdx?$/u },
} as const satisfies Record<string, CollectionLayout>;

export type ContentCollectionName = keyof typeof contentLayout;

export const AUTHORS_FILE = 'authors.yaml';
export const GLOSSARY_FILE = 'glossary.yaml';
export const ONBOARDING_FILE = 'onboarding.yaml';

/** The one message for a required file or folder that is not there. */
export function missingFileIssue(file: string): ContentIssue {
  return {
    code: 'file.missing',
    file,
    field: '(ファイル / file)',
    ja: 'このファイルが見つかりません。既定のコンテンツを参考に作成してください',
    en: 'this file is missing; create it, using the default content as a model',
  };
}
