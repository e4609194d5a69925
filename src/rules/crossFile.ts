/**
 * Checks that span several files, which per-file schemas cannot see:
 * unknown principle and author ids, duplicate post file names, bad slugs.
 */
import { listChoices, type ContentIssue } from './issues.ts';
import { postSlugProblem } from './slug.ts';

export interface PostReference {
  slug: string;
  /** Project-relative path, used in messages. */
  file: string;
  principles: readonly string[];
  author: string;
}

export interface IntegrityInput {
  posts: readonly PostReference[];
  principleIds: readonly string[];
  authorIds: readonly string[];
}

export function checkContentIntegrity({ posts, principleIds, authorIds }: IntegrityInput): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const known = listChoices;

  for (const post of posts) {
    const slugProblem = postSlugProblem(post.slug);
    if (slugProblem) issues.push({ file: post.file, field: '(ファイル名 / file name)', ...slugProblem });

    post.principles.forEach((id, index) => {
      if (!principleIds.includes(id)) {
        issues.push({
          file: post.file,
          field: `principles[${index}]`,
          ja: `原則（principles/）のID「${id}」はありません。次のいずれかを書いてください: ${known(principleIds)}`,
          en: `unknown principle id "${id}". Expected one of: ${known(principleIds)}`,
        });
      }
    });

    if (!authorIds.includes(post.author)) {
      issues.push({
        file: post.file,
        field: 'author',
        ja: `執筆者ID「${post.author}」は content/authors.yaml にありません。次のいずれかを書いてください: ${known(authorIds)}`,
        en: `unknown author id "${post.author}" (not in content/authors.yaml). Expected one of: ${known(authorIds)}`,
      });
    }
  }

  issues.push(...findDuplicateSlugs(posts));
  return issues;
}

/** Two files with the same name would share one URL: report every clash. */
export function findDuplicateSlugs(posts: readonly Pick<PostReference, 'slug' | 'file'>[]): ContentIssue[] {
  const bySlug = new Map<string, string[]>();
  for (const post of posts) bySlug.set(post.slug, [...(bySlug.get(post.slug) ?? []), post.file]);
  return [...bySlug.entries()]
    .filter(([, files]) => files.length > 1)
    .map(([slug, files]) => ({
      file: files.join(', '),
      field: '(ファイル名 / file name)',
      ja: `同じファイル名「${slug}」の記事が ${files.length} つあります。記事のURLはファイル名で決まるため、どちらかの名前を変えてください`,
      en: `${files.length} posts share the file name "${slug}"; a post's URL comes from its file name, so rename all but one`,
    }));
}
