/**
 * The check the browser editor runs before it saves: the would-be file (as
 * src/site/cmsFormat.ts writes it) through the same src/rules definitions as
 * `npm run check:content` and the build — the frontmatter schema, and the
 * body rules (src/rules/bodyRules.ts) on the tree of the JavaScript MDX
 * parser (src/rules/jsMdxParser.ts, loaded when the editor opens), with what
 * the site held when the editor was built (principles, glossary terms, post
 * names, photos) — so what the build would refuse cannot be saved, in the
 * same Japanese words, placed where the editor sees it (「本文の3段落目（5行目）」).
 *
 * One thing it cannot be sure of: a photo it does not know may have been
 * added after the editor was built (another save, the media library). A
 * missing photo is therefore a warning, shown after the save (docs/cms.md).
 */
import type { z } from 'astro/zod';
import type { ContentIssue } from '../rules/issues.ts';
import { handbookSchema, missionPageSchema, missionVersionSchema, postSchema, principleSchema } from '../rules/schemas.ts';
import { validateEntrySource } from '../rules/validateEntry.ts';
import { unknownPrincipleMessage } from '../rules/principleMessages.ts';
import { splitFrontmatter } from '../rules/frontmatter.ts';
import { bodyFormat, checkBodyWith, collectReferencesWith, unpublishedEmbedIssue, type BodyParser } from '../rules/bodyRules.ts';
import { isPublished } from '../rules/publication.ts';
import { resolvePrinciple } from '../rules/crossFile.ts';
import { bodyPlace } from './cmsBodyPlace.ts';
import { nameDigest } from './nameDigest.ts';

export interface SaveCheckContext {
  defaultAuthor: string;
  principleIds: readonly string[];
  principleTitles: Readonly<Record<string, string>>;
  /** Every post's name (file name without .mdx) as a digest (nameDigest.ts), for <PostEmbed slug>. */
  postDigests: readonly string[];
  /** Glossary terms; null when glossary.yaml could not be read (its own problem is reported by the build). */
  terms: ReadonlyArray<{ id: string; term: string }> | null;
  /** Files of content/ other than texts (content/posts/2025/photo.png), as digests. */
  mediaDigests: readonly string[];
  /** The posts not published when the editor was built (drafts, later dates), by digest, for <PostEmbed> of one of them. */
  unpublishedPosts: ReadonlyArray<{ digest: string; date: string; draft: boolean }>;
}

export interface SaveOptions {
  /** Names of the photos uploaded with this entry (saved with it). */
  pendingMedia?: readonly string[];
  /** The day of the save in the site's time zone (which posts are published). */
  today?: string;
}

/** A problem as the editor shows it: `at` says where in the body (「3段落目（5行目）」). */
export interface EditorIssue extends ContentIssue {
  at?: string;
}

export interface SaveVerdict {
  /** What the build would refuse: the save is stopped. */
  refusals: EditorIssue[];
  /** What the editor cannot be sure of: saved, then shown. */
  warnings: EditorIssue[];
}

/**
 * Problems the editor's knowledge may be too old to judge (see the header): a
 * photo, and a post embedded before it is published (it may have been published since).
 */
const UNSURE = new Set(['body.image-not-found', 'body.unpublished-embed']);

/** `a/b/../c/./d` as `a/c/d`. */
function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function schemaFor(collection: string, defaultAuthor: string): z.ZodType | undefined {
  switch (collection) {
    case 'posts':
      return postSchema(defaultAuthor);
    case 'principles':
      return principleSchema;
    case 'handbook':
      return handbookSchema;
    case 'mission':
      return missionPageSchema;
    case 'missionVersions':
      return missionVersionSchema;
    default:
      return undefined;
  }
}

/** What the build would say of the file the editor is about to save. */
export function checkBeforeSave(
  collection: string,
  file: string,
  text: string,
  context: SaveCheckContext,
  parser: BodyParser,
  { pendingMedia = [], today }: SaveOptions = {},
): SaveVerdict {
  const schema = schemaFor(collection, context.defaultAuthor);
  if (!schema) return { refusals: [], warnings: [] };
  const result = validateEntrySource(text, file, schema);
  const refusals: EditorIssue[] = [...result.issues];
  const warnings: EditorIssue[] = [];
  const data = result.data ?? {};
  if (collection === 'posts' && Array.isArray(data.principles)) {
    for (const value of data.principles) {
      if (typeof value === 'string' && !resolvePrinciple(value, context.principleTitles) && !context.principleIds.includes(value)) {
        refusals.push({ code: 'post.unknown-principle', file, field: 'principles', ...unknownPrincipleMessage(value, context.principleIds, context.principleTitles) });
      }
    }
  }
  // The body: the build's rules on the JavaScript parser's tree, lines counted as the editor shows the body.
  const { body } = splitFrontmatter(text);
  const shown = body.replace(/^\r?\n/u, '');
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const known = new Set(context.mediaDigests);
  const pending = new Set(pendingMedia.map((name) => name.split('/').pop()));
  // The page holds digests, not names: the posts this body embeds that exist are those whose digest is known.
  const embeds = collectReferencesWith(parser, shown, bodyFormat(file)).components.filter((component) => component.name === 'PostEmbed');
  const postDigests = new Set(context.postDigests);
  const issues = checkBodyWith(parser, shown, {
    file,
    principleIds: context.principleIds,
    principleTitles: context.principleTitles,
    postSlugs: embeds.map((component) => component.attributes.slug ?? '').filter((slug) => postDigests.has(nameDigest(slug))),
    terms: context.terms ?? undefined,
    fileExists: (relative) => pending.has(relative.split('/').pop()) || known.has(nameDigest(normalise(`${folder}/${relative}`))),
  });
  for (const issue of issues) {
    const placed: EditorIssue = { ...issue, field: 'body', at: bodyPlace(shown, issue.line ?? 1, parser) };
    (UNSURE.has(issue.code) ? warnings : refusals).push(placed);
  }
  // A published page must not embed a post that is not published (check:content's rule, on the day of the save).
  const published = (post: { date?: unknown; draft?: unknown }) =>
    today === undefined || isPublished({ draft: post.draft === true, date: typeof post.date === 'string' ? post.date : '' }, today);
  if (today !== undefined && (collection !== 'posts' || published(data))) {
    for (const component of embeds) {
      const slug = component.attributes.slug ?? '';
      const post = context.unpublishedPosts.find((candidate) => candidate.digest === nameDigest(slug));
      if (post && !published(post)) warnings.push({ ...unpublishedEmbedIssue(slug, [file]), field: 'body', at: bodyPlace(shown, component.line, parser) });
    }
  }
  return { refusals, warnings };
}

/** The refusal shown in the editor: each problem's Japanese message, by field. */
export function refusalText(issues: readonly EditorIssue[], labels: Readonly<Record<string, string>>): string {
  return issues
    .map((issue) => {
      const label = labels[issue.field.split(/[ .[]/u)[0] ?? ''] ?? issue.field;
      return `${issue.at ? `${label}の${issue.at}` : label}：${issue.ja}`;
    })
    .join('\n');
}
