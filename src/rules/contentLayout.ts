/**
 * Where each kind of content lives inside the content folder. Shared by the
 * collection definitions (src/content.config.ts) and the editors' checker
 * (src/cli/checkContent.ts) so both always look at the same files.
 */
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
