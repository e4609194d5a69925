/**
 * Every check the build makes on content that does not need a rendered page,
 * over the whole content folder at once: what `npm run check:content` runs,
 * and what the build's loader runs first (src/model/loaders/contentGate.ts),
 * so both report the same problems in the same words, every one in one run.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { collectReferences, bodyFormat, unpublishedEmbedIssue } from '../rules/bodyReferences.ts';
import { todayIn, type IsoDate } from '../rules/dates.ts';
import { isPublished } from '../rules/publication.ts';
import type { ContentIssue, IssueCode } from '../rules/issues.ts';
import { collectionFiles, referenceIndex } from './contentIndex.ts';
import {
  AUTHORS_FILE,
  contentLayout,
  GLOSSARY_FILE,
  missingFileIssue,
  ONBOARDING_FILE,
  type ContentCollectionName,
} from '../rules/contentLayout.ts';
import { checkContentIntegrity, type PostReference } from '../rules/crossFile.ts';
import { checkGlossary } from '../rules/glossary.ts';
import { checkOnboarding } from '../rules/onboarding.ts';
import type { KnownPages } from '../rules/pageRefs.ts';
import { contentFolderIssues, localFileState } from './contentFiles.ts';
import { relativeToRoot } from './projectPaths.ts';
import {
  authorListIssues,
  glossarySchema,
  handbookSchema,
  missionPageSchema,
  missionVersionSchema,
  onboardingSchema,
  postReferenceFields,
  postSchema,
  principleSchema,
  type GlossaryTermData,
  type OnboardingData,
  type PostData,
} from '../rules/schemas.ts';
import { schemaIssues } from '../rules/schemaIssues.ts';
import { siteConfigSchema } from '../rules/siteConfig.ts';
import { postSlugFromPath, reservedSlugProblem } from '../rules/slug.ts';
import { decodeContentFile } from '../rules/sourceText.ts';
import { checkEntry } from '../rules/checkEntry.ts';
import { overdueProposalWarnings, type ProposalFacts } from '../rules/proposals.ts';
import { parseYaml } from '../rules/yamlText.ts';

export interface ContentCheckResult {
  issues: ContentIssue[];
  /** Not errors: proposals past their comment period (src/rules/proposals.ts). */
  warnings: ContentIssue[];
  /** Number of files read, for the summary line. */
  files: number;
  /**
   * What the check read from each entry it found without a problem, by
   * checkedEntryKey(collection, file): the build's loader takes it instead of
   * reading the same frontmatter again (src/model/loaders/strictGlob.ts), when
   * the text it loads has the same digest. Every rule thus runs once per file.
   */
  entries?: Record<string, CheckedEntry>;
}

export interface CheckedEntry {
  /** contentDigest() of the text checked. */
  digest: string;
  /** The frontmatter as written (checkEntry's `data`). */
  data: Record<string, unknown>;
  /** The schema's `principles` (posts), as checkEntry's `parsed` has them. */
  principles?: string[];
}

export function checkedEntryKey(collection: string, file: string): string {
  return `${collection}\0${file}`;
}

/** The digest that ties a checked entry to the very text the loader reads. */
export function contentDigest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * `today` decides which posts are published (as the build does: BUILD_DATE,
 * else today in the site's time zone); it matters for embedded posts and for
 * posts named in onboarding.yaml and glossary.yaml.
 */
export function checkContent(
  contentRoot: string,
  projectRoot: string = process.cwd(),
  today?: IsoDate,
  /** Called with each file (project-relative) before it is read: the time bound (contentCheckBounded.ts) watches it. */
  onFile: (file: string) => void = () => {},
): ContentCheckResult {
  const issues: ContentIssue[] = [];
  const rel = (file: string) => relativeToRoot(file, projectRoot);
  let files = 0;

  let defaultAuthor = '';
  let timeZone = 'Asia/Tokyo';
  // site.yaml as the build reads it, its problems listed like any other file's.
  onFile(rel(path.join(contentRoot, 'site.yaml')));
  const site = readYamlFile(path.join(contentRoot, 'site.yaml'), rel);
  issues.push(...site.issues);
  if (site.issues.length === 0) {
    const result = siteConfigSchema.safeParse(site.data ?? {});
    if (result.success) ({ defaultAuthor, timeZone } = result.data);
    else issues.push(...schemaIssues(result.error, site.data ?? {}, site.file));
  }
  files += 1;
  // Symbolic links and oversized files, before anything is read.
  const folderIssues = contentFolderIssues(contentRoot, rel);
  issues.push(...folderIssues);
  const refused = new Set(folderIssues.map((issue) => issue.file));

  const schemas: Record<ContentCollectionName, z.ZodType> = {
    posts: postSchema(defaultAuthor),
    principles: principleSchema,
    handbook: handbookSchema,
    mission: missionPageSchema,
    missionVersions: missionVersionSchema,
  };
  onFile(rel(contentRoot));
  const index = referenceIndex(contentRoot);
  const posts: PostReference[] = [];
  const day = today ?? (process.env.BUILD_DATE || todayIn(timeZone));
  const publishedSlugs = new Set<string>();
  const embeds: Array<{ file: string; slug: string }> = [];
  const proposals: ProposalFacts[] = [];
  const readings: Record<string, CheckedEntry> = {};

  for (const name of Object.keys(contentLayout) as ContentCollectionName[]) {
    const folder = path.join(contentRoot, contentLayout[name].folder);
    const entries = collectionFiles(contentRoot, name);
    if (entries.length === 0 && (name === 'mission' || name === 'missionVersions')) {
      issues.push(missingFileIssue(rel(path.join(folder, name === 'mission' ? 'index.mdx' : 'v1.md'))));
    }
    for (const entry of entries) {
      files += 1;
      const absolute = path.join(folder, entry);
      const file = rel(absolute);
      if (refused.has(file)) continue;
      onFile(file);
      const reserved = name === 'posts' ? null : reservedSlugProblem(contentLayout[name].folder, postSlugFromPath(entry));
      if (reserved) issues.push({ code: 'file.reserved-name', file, field: '(ファイル名 / file name)', ...reserved });
      const decoded = decodeContentFile(readFileSync(absolute), file);
      if (!decoded.ok) {
        issues.push(decoded.issue);
        if (name === 'posts') posts.push({ slug: postSlugFromPath(entry), file, principles: [], author: undefined });
        continue;
      }
      const result = checkEntry(decoded.text, schemas[name], {
        file,
        ...index,
        fileExists: (relative) => existsSync(path.resolve(path.dirname(absolute), relative)),
        fileInside: (relative) => localFileState(contentRoot, path.dirname(absolute), relative) === 'ok',
      });
      issues.push(...result.issues);
      if (result.issues.length === 0 && result.data !== undefined) {
        const principles = (result.parsed as { principles?: unknown } | undefined)?.principles;
        readings[checkedEntryKey(name, file)] = {
          digest: contentDigest(decoded.text),
          data: result.data,
          ...(Array.isArray(principles) ? { principles: principles.map(String) } : {}),
        };
      }
      const { body } = result;
      const published =
        name !== 'posts' || (result.parsed !== undefined && isPublished(result.parsed as PostData, day));
      if (published) {
        if (name === 'posts') publishedSlugs.add(postSlugFromPath(entry));
        for (const component of collectReferences(body, bodyFormat(file)).components) {
          if (component.name === 'PostEmbed' && component.attributes.slug)
            embeds.push({ file, slug: component.attributes.slug });
        }
      }
      const proposal = (result.parsed as { proposal?: { commentsUntil: IsoDate; withdrawn: boolean } } | undefined)?.proposal;
      if (proposal && (name === 'missionVersions' || name === 'principles')) {
        proposals.push({ file, kind: name === 'principles' ? 'principle' : 'mission', ...proposal });
      }
      if (name === 'posts') {
        // Cross-file facts even when another field is wrong: one run, every mistake.
        posts.push({ slug: postSlugFromPath(entry), file, ...postReferenceFields(result.data, defaultAuthor) });
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

  onFile(rel(path.join(contentRoot, AUTHORS_FILE)));
  const authors = readYamlFile(path.join(contentRoot, AUTHORS_FILE), rel);
  files += 1;
  issues.push(...authors.issues);
  const authorList = authors.data === undefined ? undefined : authorListIssues(authors.data, authors.file);
  if (authorList) issues.push(...authorList.issues);
  issues.push(
    ...checkContentIntegrity({
      posts,
      principleIds: index.principleIds,
      principleTitles: index.principleTitles,
      authorIds: authorList?.ids ?? [],
    }).filter(
      // An unknown author is only meaningful when authors.yaml itself is readable.
      (issue) => authorList !== undefined || issue.code !== 'post.unknown-author',
    ),
  );

  // The glossary and the onboarding path point at pages: published posts only.
  // Both files are optional: without glossary.yaml there is no glossary (so no term
  // or glossary page may be referred to); without onboarding.yaml the path is generated.
  const glossaryMissing = !existsSync(path.join(contentRoot, GLOSSARY_FILE));
  onFile(rel(path.join(contentRoot, GLOSSARY_FILE)));
  const glossary = readYamlFile(path.join(contentRoot, GLOSSARY_FILE), rel, true);
  onFile(rel(path.join(contentRoot, ONBOARDING_FILE)));
  const onboarding = readYamlFile(path.join(contentRoot, ONBOARDING_FILE), rel, true);
  files += 2;
  issues.push(...glossary.issues, ...onboarding.issues);
  const glossaryData = glossaryMissing
    ? { terms: [] }
    : (validateYaml(glossary, glossarySchema, issues) as { terms: GlossaryTermData[] } | undefined);
  const onboardingData = validateYaml(onboarding, onboardingSchema, issues) as OnboardingData | undefined;
  const terms = glossaryData?.terms ?? [];
  const known: KnownPages = {
    principles: index.principleIds,
    handbook: collectionFiles(contentRoot, 'handbook').map(postSlugFromPath),
    posts: [...publishedSlugs],
    glossary: terms.map((term) => term.id),
  };
  if (glossaryData) issues.push(...checkGlossary(terms, known, glossary.file));
  // Without a readable glossary, steps to the glossary cannot be judged: skip only those.
  if (onboardingData) {
    issues.push(
      ...checkOnboarding(onboardingData, known, onboarding.file).filter(
        (issue) => glossaryData !== undefined || !GLOSSARY_REFERENCE_CODES.has(issue.code),
      ),
    );
  }
  return { issues, files, warnings: overdueProposalWarnings(proposals, day), entries: readings };
}

/** Problems with a reference to the glossary or one of its terms: unjudgeable while glossary.yaml is unreadable. */
const GLOSSARY_REFERENCE_CODES: ReadonlySet<IssueCode> = new Set(['page-ref.unknown-term', 'page-ref.no-glossary']);

interface YamlFile {
  file: string;
  data: unknown;
  issues: ContentIssue[];
}

function readYamlFile(absolute: string, rel: (file: string) => string, optional = false): YamlFile {
  const file = rel(absolute);
  if (!existsSync(absolute)) return { file, data: undefined, issues: optional ? [] : [missingFileIssue(file)] };
  const decoded = decodeContentFile(readFileSync(absolute), file);
  if (!decoded.ok) return { file, data: undefined, issues: [decoded.issue] };
  const parsed = parseYaml(decoded.text, file);
  return parsed.ok ? { file, data: parsed.data, issues: [] } : { file, data: undefined, issues: parsed.issues };
}

function validateYaml(yaml: YamlFile, schema: z.ZodType, issues: ContentIssue[]): unknown {
  if (yaml.data === undefined) return undefined;
  const result = schema.safeParse(yaml.data);
  if (result.success) return result.data;
  issues.push(...schemaIssues(result.error, yaml.data, yaml.file));
  return undefined;
}
