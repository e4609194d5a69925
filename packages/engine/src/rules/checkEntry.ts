/**
 * One content file checked on its own text: frontmatter against its schema,
 * then the body (components, images, code, nesting). Pure, so the build's
 * loader, `npm run check:content` and a browser editor (with the file's text
 * and an index of what exists) all call this one function.
 */
import type { z } from 'astro/zod';
import { checkBodyReferences, type ReferenceContext } from './bodyReferences.ts';
import { validateEntrySource, bodyOf, type EntryValidation } from './validateEntry.ts';

export interface EntryCheck extends EntryValidation {
  /** The body as MDX renders it, for callers that look further (embeds). */
  body: string;
}

export function checkEntry(
  source: string,
  schema: z.ZodType,
  references: ReferenceContext,
  { body: checkBody = true }: { body?: boolean } = {},
): EntryCheck {
  const result = validateEntrySource(source, references.file, schema);
  const { body, firstLine } = bodyOf(source);
  const issues = checkBody ? [...result.issues, ...checkBodyReferences(body, { ...references, firstLine })] : result.issues;
  return { ...result, issues, body };
}
