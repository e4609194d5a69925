/**
 * The check the browser editor runs before it saves: the would-be file (as
 * src/site/cmsFormat.ts writes it) through the same src/rules definitions as
 * `npm run check:content` and the build, so what the build would refuse for
 * its frontmatter or its images cannot be saved, in the same Japanese words.
 * The body's other MDX checks need the MDX parser (satteri), whose browser
 * build needs shared WebAssembly memory, i.e. cross-origin isolation of
 * /admin/ (COOP/COEP), which may break the forges' login popups; they run in
 * check:content and CI (docs/cms.md, 「まだ編集画面では検査しないもの」).
 */
import type { z } from 'astro/zod';
import type { ContentIssue } from '../rules/issues.ts';
import { handbookSchema, missionPageSchema, missionVersionSchema, postSchema, principleSchema } from '../rules/schemas.ts';
import { validateEntrySource } from '../rules/validateEntry.ts';
import { unknownPrincipleMessage } from '../rules/principleMessages.ts';
import { imageProblems } from '../rules/imageRules.ts';
import { splitFrontmatter } from '../rules/frontmatter.ts';

/** Markdown images outside code fences: what the editor's Figure block and image button write. */
function bodyImages(body: string): Array<{ url: string; alt: string }> {
  const images: Array<{ url: string; alt: string }> = [];
  const prose = body.replace(/^(```|~~~)[\s\S]*?^\1/gmu, '');
  for (const match of prose.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/gu)) {
    images.push({ alt: match[1] ?? '', url: match[2] ?? '' });
  }
  return images;
}
import { resolvePrinciple } from '../rules/crossFile.ts';

export interface SaveCheckContext {
  defaultAuthor: string;
  principleIds: readonly string[];
  principleTitles: Readonly<Record<string, string>>;
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

/** Problems that would stop the build, for the file the editor is about to save. */
export function checkBeforeSave(collection: string, file: string, text: string, context: SaveCheckContext): ContentIssue[] {
  const schema = schemaFor(collection, context.defaultAuthor);
  if (!schema) return [];
  const result = validateEntrySource(text, file, schema);
  const issues = [...result.issues];
  const data = result.data ?? {};
  if (collection === 'posts' && Array.isArray(data.principles)) {
    for (const value of data.principles) {
      if (typeof value === 'string' && !resolvePrinciple(value, context.principleTitles) && !context.principleIds.includes(value)) {
        issues.push({ code: 'post.unknown-principle', file, field: 'principles', ...unknownPrincipleMessage(value, context.principleIds, context.principleTitles) });
      }
    }
  }
  // Images: alt text, a file, not from another server (the build's image rules, src/rules/imageRules.ts).
  for (const image of bodyImages(splitFrontmatter(text).body)) {
    for (const problem of imageProblems(image)) issues.push({ file, field: 'body', ...problem });
  }
  return issues;
}

/** The refusal shown in the editor: each problem's Japanese message, by field. */
export function refusalText(issues: readonly ContentIssue[], labels: Readonly<Record<string, string>>): string {
  return issues.map((issue) => `${labels[issue.field.split(/[ .[]/u)[0] ?? ''] ?? issue.field}：${issue.ja}`).join('\n');
}
