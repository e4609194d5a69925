/**
 * Checks that span several files, which per-file schemas cannot see:
 * unknown principle and author ids, duplicate post file names, bad slugs,
 * one tag written two ways (one URL for two spellings).
 */
import { unknownPrincipleMessage } from './principleMessages.ts';
import { listChoices, type ContentIssue } from './issues.ts';
import { postSlugProblem, tagProblem, tagSlug } from './slug.ts';

/**
 * A principle as a post names it: its id, or its official Japanese title
 * (what an editor copies from the handbook), with spaces ignored.
 */
export function resolvePrinciple(value: string, titles: Readonly<Record<string, string>>): string | undefined {
  if (value in titles) return value;
  const wanted = value.normalize('NFKC').replace(/\s+/gu, '');
  return Object.keys(titles).find((id) => titles[id]!.normalize('NFKC').replace(/\s+/gu, '') === wanted);
}

export interface PostReference {
  slug: string;
  /** Project-relative path, used in messages. */
  file: string;
  principles: readonly string[];
  /** Undefined when the frontmatter could not be read (its own problem is reported). */
  author: string | undefined;
  tags?: readonly string[];
}

export interface IntegrityInput {
  posts: readonly PostReference[];
  principleIds: readonly string[];
  /** id → official title; titles are accepted in place of ids. */
  principleTitles?: Readonly<Record<string, string>>;
  authorIds: readonly string[];
}

export function checkContentIntegrity({ posts, principleIds, principleTitles = {}, authorIds }: IntegrityInput): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const known = listChoices;
  const titles: Record<string, string> = Object.fromEntries(principleIds.map((id) => [id, principleTitles[id] ?? id]));

  for (const post of posts) {
    const slugProblem = postSlugProblem(post.slug);
    if (slugProblem) issues.push({ code: 'file.name', file: post.file, field: '(ファイル名 / file name)', ...slugProblem });

    post.principles.forEach((id, index) => {
      if (resolvePrinciple(id, titles) === undefined) {
        issues.push({ code: 'post.unknown-principle', file: post.file, field: `principles[${index}]`, ...unknownPrincipleMessage(id, principleIds, principleTitles) });
      }
    });

    if (post.author !== undefined && !authorIds.includes(post.author)) {
      issues.push({
        code: 'post.unknown-author',
        file: post.file,
        field: 'author',
        ja: `執筆者ID「${post.author}」は content/authors.yaml にありません。次のいずれかを書いてください: ${known(authorIds)}`,
        en: `unknown author id "${post.author}" (not in content/authors.yaml). Expected one of: ${known(authorIds)}`,
      });
    }
  }

  issues.push(...findDuplicateSlugs(posts));
  issues.push(...findTagCollisions(posts));
  return issues;
}

/**
 * Two spellings that share one tag page (ＡＩ and AI, 業務 改善 and 業務-改善):
 * refused, so each tag has one name and one stable URL.
 */
function findTagCollisions(posts: readonly Pick<PostReference, 'file' | 'tags'>[]): ContentIssue[] {
  const spellings = new Map<string, Map<string, string>>();
  for (const post of posts) {
    for (const tag of post.tags ?? []) {
      if (tagProblem(tag)) continue; // refused on its own already
      const slug = tagSlug(tag);
      const names = spellings.get(slug) ?? new Map<string, string>();
      if (!names.has(tag)) names.set(tag, post.file);
      spellings.set(slug, names);
    }
  }
  return [...spellings.values()]
    .filter((names) => names.size > 1)
    .map((names) => {
      const list = [...names.keys()].map((name) => `「${name}」`).join('');
      const english = [...names.keys()].map((name) => `"${name}"`).join(', ');
      return {
        code: 'post.tag-spellings' as const,
        file: [...new Set(names.values())].join(', '),
        field: 'tags',
        ja: `同じタグが ${list} と違う書き方になっています（全角・半角、大文字・小文字、空白の違い）。どれか1つの書き方にそろえてください`,
        en: `one tag is written in different ways: ${english} (full/half width, case or spaces); use one spelling everywhere`,
      };
    });
}

/** Two files with the same name would share one URL: report every clash. */
export function findDuplicateSlugs(posts: readonly Pick<PostReference, 'slug' | 'file'>[]): ContentIssue[] {
  const bySlug = new Map<string, string[]>();
  for (const post of posts) bySlug.set(post.slug, [...(bySlug.get(post.slug) ?? []), post.file]);
  return [...bySlug.entries()]
    .filter(([, files]) => files.length > 1)
    .map(([slug, files]) => ({
      code: 'post.duplicate-slug' as const,
      file: files.join(', '),
      field: '(ファイル名 / file name)',
      ja: `同じファイル名「${slug}」の記事が ${files.length} つあります。記事のURLはファイル名で決まるため、どちらかの名前を変えてください`,
      en: `${files.length} posts share the file name "${slug}"; a post's URL comes from its file name, so rename all but one`,
    }));
}
