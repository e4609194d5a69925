/**
 * Every check the build makes on content, over the whole content folder at
 * once and without rendering anything: what `npm run check:content` runs.
 * It calls the same functions as the build's loader (validateEntrySource,
 * checkBodyReferences) and content model (checkContentIntegrity), so a clean
 * check means the build will not stop on content.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { checkBodyReferences, collectReferences, unpublishedEmbedIssue } from '../rules/bodyReferences.ts';
import { todayIn, type IsoDate } from '../rules/dates.ts';
import { isPublished } from '../rules/publication.ts';
import type { ContentIssue } from '../rules/issues.ts';
import { collectionFiles, referenceIndex } from './contentIndex.ts';
import { AUTHORS_FILE, contentLayout, type ContentCollectionName } from '../rules/contentLayout.ts';
import { checkContentIntegrity, type PostReference } from '../rules/crossFile.ts';
import { relativeToRoot } from './projectPaths.ts';
import {
  authorSchema,
  handbookSchema,
  missionPageSchema,
  missionVersionSchema,
  postSchema,
  principleSchema,
  type PostData,
} from '../rules/schemas.ts';
import { schemaIssues } from '../rules/schemaIssues.ts';
import { parseSiteConfig } from '../rules/siteConfig.ts';
import { postSlugFromPath } from '../rules/slug.ts';
import { bodyOf, validateEntrySource } from '../rules/validateEntry.ts';

export interface ContentCheckResult {
  issues: ContentIssue[];
  /** Number of files read, for the summary line. */
  files: number;
}

/**
 * `today` decides which posts are published (as the build does: BUILD_DATE,
 * else today in the site's time zone); it matters for embedded posts.
 */
export function checkContent(
  contentRoot: string,
  projectRoot: string = process.cwd(),
  today?: IsoDate,
): ContentCheckResult {
  const issues: ContentIssue[] = [];
  const rel = (file: string) => relativeToRoot(file, projectRoot);
  let files = 0;

  let defaultAuthor = '';
  let timeZone = 'Asia/Tokyo';
  const siteFile = path.join(contentRoot, 'site.yaml');
  try {
    ({ defaultAuthor, timeZone } = parseSiteConfig(parse(readFileSync(siteFile, 'utf8')), rel(siteFile)));
  } catch (error) {
    issues.push({
      file: rel(siteFile),
      field: '(site.yaml)',
      ja: error instanceof Error ? error.message : String(error),
      en: 'the site configuration could not be read (see the message above)',
    });
  }
  files += 1;

  const schemas: Record<ContentCollectionName, z.ZodType> = {
    posts: postSchema(defaultAuthor),
    principles: principleSchema,
    handbook: handbookSchema,
    mission: missionPageSchema,
    missionVersions: missionVersionSchema,
  };
  const index = referenceIndex(contentRoot);
  const posts: PostReference[] = [];
  const day = today ?? (process.env.BUILD_DATE || todayIn(timeZone));
  const publishedSlugs = new Set<string>();
  const embeds: Array<{ file: string; slug: string }> = [];

  for (const name of Object.keys(contentLayout) as ContentCollectionName[]) {
    const folder = path.join(contentRoot, contentLayout[name].folder);
    const entries = collectionFiles(contentRoot, name);
    if (entries.length === 0 && (name === 'mission' || name === 'missionVersions')) {
      issues.push({
        file: rel(folder),
        field: '(ファイル / file)',
        ja: 'このフォルダに必要なファイルがありません。既定のコンテンツを参考に作成してください',
        en: 'a required file is missing from this folder; create it, using the default content as a model',
      });
    }
    for (const entry of entries) {
      files += 1;
      const absolute = path.join(folder, entry);
      const file = rel(absolute);
      const source = readFileSync(absolute, 'utf8');
      const result = validateEntrySource(source, file, schemas[name]);
      issues.push(...result.issues);
      const { body, firstLine } = bodyOf(source);
      issues.push(
        ...checkBodyReferences(body, {
          firstLine,
          file,
          ...index,
          fileExists: (relative) => existsSync(path.resolve(path.dirname(absolute), relative)),
        }),
      );
      const published =
        name !== 'posts' || (result.parsed !== undefined && isPublished(result.parsed as PostData, day));
      if (published) {
        if (name === 'posts') publishedSlugs.add(postSlugFromPath(entry));
        for (const component of collectReferences(body).components) {
          if (component.name === 'PostEmbed' && component.attributes.slug)
            embeds.push({ file, slug: component.attributes.slug });
        }
      }
      if (name === 'posts' && result.parsed) {
        const data = result.parsed as PostData;
        posts.push({ slug: postSlugFromPath(entry), file, principles: data.principles, author: data.author });
      } else if (name === 'posts') {
        // Still count it for duplicate file names.
        posts.push({ slug: postSlugFromPath(entry), file, principles: [], author: defaultAuthor });
      }
    }
  }

  // A published page must not embed a draft or a future post (it would leak its summary).
  const early = new Map<string, string[]>();
  for (const { file, slug } of embeds) {
    if (index.postSlugs.includes(slug) && !publishedSlugs.has(slug))
      early.set(slug, [...(early.get(slug) ?? []), file]);
  }
  for (const [slug, files] of early) issues.push(unpublishedEmbedIssue(slug, files));

  const authors = checkAuthors(path.join(contentRoot, AUTHORS_FILE), rel);
  files += 1;
  issues.push(...authors.issues);
  issues.push(
    ...checkContentIntegrity({ posts, principleIds: index.principleIds, authorIds: authors.ids }).filter(
      // An unknown author is only meaningful when authors.yaml itself is readable.
      (issue) => authors.readable || issue.field !== 'author',
    ),
  );
  return { issues, files };
}

interface AuthorsCheck {
  ids: string[];
  issues: ContentIssue[];
  readable: boolean;
}

/** authors.yaml could not be read at all: no ids, one issue. */
function unreadableAuthors(issue: ContentIssue): AuthorsCheck {
  return { ids: [], issues: [issue], readable: false };
}

function checkAuthors(
  file: string,
  rel: (file: string) => string,
): AuthorsCheck {
  const name = rel(file);
  if (!existsSync(file)) {
    return unreadableAuthors({
      file: name,
      field: '(ファイル / file)',
      ja: '執筆者の一覧がありません',
      en: 'the list of authors is missing',
    });
  }
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'), { version: '1.2' });
  } catch (error) {
    return unreadableAuthors({
      file: name,
      field: '(YAML)',
      ja: `書き方に誤りがあります（${error instanceof Error ? error.message.split('\n')[0] : ''}）`,
      en: 'this file is not valid YAML',
    });
  }
  if (!Array.isArray(raw)) {
    return unreadableAuthors({
      file: name,
      field: '(YAML)',
      ja: '「- id: …」で始まる項目のリストにしてください',
      en: 'expected a list of "- id: …" entries',
    });
  }
  const issues: ContentIssue[] = [];
  const ids: string[] = [];
  raw.forEach((author: unknown, position) => {
    const result = authorSchema.safeParse(author);
    if (result.success) ids.push(result.data.id);
    else
      issues.push(
        ...schemaIssues(result.error, author, name).map((issue) => ({
          ...issue,
          field: `[${position}].${issue.field}`,
        })),
      );
  });
  return { ids, issues, readable: true };
}
