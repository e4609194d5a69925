/**
 * Where each kind of content lives inside the content folder. Shared by the
 * collection definitions (src/collections.ts) and the editors' checker
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

/** Largest content file read, in bytes (a post is text; pictures are files of their own). Above the body limit of 1,000,000 characters (up to 3 MB of Japanese), so a long body gets its own message. */
export const MAX_CONTENT_FILE_BYTES = 4_000_000;

/** The one message for a symbolic link inside the content folder. */
export function symlinkIssue(file: string): ContentIssue {
  return {
    code: 'file.symlink',
    file,
    field: '(シンボリックリンク / symbolic link)',
    ja: 'content/ の中にシンボリックリンクは置けません（フォルダーの外のファイルが公開されるおそれがあります）。リンクを消し、ファイルそのものを置いてください',
    en: 'symbolic links are not allowed in the content folder (they could publish files from outside it): remove the link and put the file itself here',
  };
}

/** The one message for a content file too large to be a post, page or setting. */
export function fileTooLargeIssue(file: string, bytes: number): ContentIssue {
  const size = (bytes / 1_000_000).toFixed(1);
  const limit = (MAX_CONTENT_FILE_BYTES / 1_000_000).toFixed(0);
  return {
    code: 'file.too-large',
    file,
    field: '(ファイルの大きさ / file size)',
    ja: `ファイルが大きすぎます（${size} MB。上限 ${limit} MB）。記事を分けるか、長い資料は別のファイルとして添付してください`,
    en: `the file is too large (${size} MB; at most ${limit} MB): split it, or attach long material as a separate file`,
  };
}

/** The one message for a content file whose check did not finish within the time or memory allowed. */
export function checkBoundIssue(file: string, bound: { seconds: number } | { megabytes: number }): ContentIssue {
  const ja = 'seconds' in bound ? `、${bound.seconds} 秒以内に検査を終えられませんでした` : `、検査に ${bound.megabytes} MB を超えるメモリが必要になりました`;
  const en = 'seconds' in bound ? `could not be checked within ${bound.seconds} second${bound.seconds === 1 ? "" : "s"}` : `needed more than ${bound.megabytes} MB of memory to check`;
  return {
    code: 'file.check-bound',
    file,
    field: '(検査 / check)',
    ja: `このファイルは${ja}。極端に長い行・深い入れ子・大量の繰り返しがないか確かめ、記事を分けてください`,
    en: `this file ${en}: look for extremely long lines, deep nesting or mass repetition, and split it`,
  };
}
