/**
 * URL rules for posts and tags.
 *
 * A post's URL is /posts/<file name>/ whatever folder holds it, so editors may
 * file posts by year. File names are the slugs: lowercase ASCII keeps URLs
 * stable on case-sensitive intranet servers and readable when pasted in mail.
 */

/** The one pattern for ids and file names: lowercase ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** `2025/gyomu-tanaoroshi.mdx` → `gyomu-tanaoroshi` */
export function postSlugFromPath(filePath: string): string {
  const fileName = filePath.split(/[\\/]/).pop() ?? filePath;
  return fileName.replace(/\.(md|mdx)$/i, '');
}

/** What a valid file name looks like (also shown by the browser editor). */
export const postSlugMessage = {
  ja: 'ファイル名は半角の英小文字・数字・ハイフンだけで付けてください（例: gyomu-tanaoroshi.mdx）',
  en: 'file names must use lowercase ASCII letters, digits and hyphens only (e.g. gyomu-tanaoroshi.mdx)',
} as const;

/**
 * File names a collection may not use: the engine's own pages live at those
 * URLs (/handbook/print/ is the printable handbook; /posts/page/2/ a list page).
 */
const RESERVED_SLUGS: Readonly<Record<string, readonly string[]>> = {
  posts: ['page', 'archive'],
  handbook: ['print'],
};

/** The one message for a reserved file name, naming the page it would collide with. */
export function reservedSlugProblem(collection: string, slug: string): { ja: string; en: string } | null {
  if (!RESERVED_SLUGS[collection]?.includes(slug)) return null;
  const url = `/${collection}/${slug}/`;
  return {
    ja: `「${slug}」はサイトのページ（${url}）用に予約された名前なので、ファイル名にできません。別のファイル名にしてください`,
    en: `"${slug}" is reserved for one of the site's own pages (${url}), so it cannot be a file name; choose another file name`,
  };
}

/** Why a slug cannot be used, or null when it is fine. */
export function postSlugProblem(slug: string): { ja: string; en: string } | null {
  if (!ID_PATTERN.test(slug)) {
    return { ...postSlugMessage };
  }
  if (/^\d+$/.test(slug)) {
    // /posts/2025/ is a year archive; digits-only names would collide with it.
    return {
      ja: 'ファイル名には英字を1文字以上含めてください（数字だけの名前は年別一覧のURLと重なります）',
      en: 'file names need at least one letter (digits-only names collide with year archive URLs)',
    };
  }
  const reserved = reservedSlugProblem('posts', slug);
  if (reserved) return reserved;
  return null;
}

/**
 * Normalise a tag for its URL segment: full-width letters and digits become
 * half-width (NFKC), ASCII is lowercased, spaces become hyphens. Japanese stays
 * as it is; callers percent-encode when building hrefs.
 */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s/\\?#%]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** Characters a tag may not contain: they have a meaning in URLs and file paths. */
const TAG_FORBIDDEN = /[/\\?#%<>"'{}|^`\u0000-\u001F]/u;

/** Why a tag cannot be used (its page's URL would break or clash), or undefined. */
export function tagProblem(tag: string): { ja: string; en: string } | undefined {
  const bad = TAG_FORBIDDEN.exec(tag)?.[0];
  if (bad !== undefined) {
    return {
      ja: `タグ「${tag}」には「${bad}」を使えません（タグのページの URL になるため）。「・」やスペースで区切るか、別の言葉にしてください`,
      en: `the tag "${tag}" may not contain "${bad}" (it becomes part of the tag page's URL): use ・ or a space instead, or another word`,
    };
  }
  if (/^[.\s]*$/u.test(tag) || tagSlug(tag) === '') {
    return {
      ja: `タグ「${tag}」は点や記号だけなので使えません。言葉を書いてください`,
      en: `the tag "${tag}" is only dots or symbols: write a word`,
    };
  }
  return undefined;
}
