/**
 * One content file's frontmatter checked against its schema. The build's
 * loader (src/model/loaders/strictGlob.ts) and the editors' checker
 * (src/cli/checkContent.ts) both call this, so they can never disagree.
 */
import type { z } from 'astro/zod';
import type { ContentIssue } from './issues.ts';
import { parseFrontmatter, splitFrontmatter } from './frontmatter.ts';
import { schemaIssues } from './schemaIssues.ts';

export interface EntryValidation {
  /** The raw frontmatter (before defaults), when it could be read. */
  data: Record<string, unknown> | undefined;
  /** Output of the schema (defaults applied), when valid. */
  parsed: unknown;
  issues: ContentIssue[];
}

export function validateEntrySource(source: string, file: string, schema: z.ZodType): EntryValidation {
  const frontmatter = parseFrontmatter(source, file);
  if (!frontmatter.ok) return { data: undefined, parsed: undefined, issues: frontmatter.issues };
  const result = schema.safeParse(frontmatter.data);
  if (!result.success) {
    return { data: frontmatter.data, parsed: undefined, issues: schemaIssues(result.error, frontmatter.data, file) };
  }
  return { data: frontmatter.data, parsed: result.data, issues: [] };
}

/** The body after the frontmatter block (what MDX renders) and the file line it starts on. */
export function bodyOf(source: string): { body: string; firstLine: number } {
  const { body, firstLine } = splitFrontmatter(source);
  return { body, firstLine };
}
