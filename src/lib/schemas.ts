/**
 * Frontmatter schemas for everything editors write. Kept free of Astro
 * runtime imports so the content checker CLI and unit tests use the very same
 * rules as the build.
 */
import { z } from 'astro/zod';
import { bilingual } from './contentErrors.ts';
import { isValidIsoDate } from './dates.ts';

/** A real calendar day written YYYY-MM-DD (quoted or not). */
export const isoDate = z
  .string()
  .refine(
    isValidIsoDate,
    bilingual(
      '日付は YYYY-MM-DD の形で、実在する日を書いてください（例: 2025-06-02）',
      'expected a real calendar date written YYYY-MM-DD (e.g. 2025-06-02)',
    ),
  );

const text = z.string().trim().min(1);
const id = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/u,
    bilingual('IDは半角の英小文字・数字・ハイフンで書いてください', 'ids use lowercase ASCII letters, digits and hyphens'),
  );

export function postSchema(defaultAuthor: string) {
  return z.strictObject({
    title: text,
    date: isoDate,
    summary: text.max(
      200,
      bilingual('概要は1〜2文（200字以内）にまとめてください', 'keep the summary to one or two sentences (200 characters at most)'),
    ),
    tags: z.array(text).default([]),
    principles: z.array(id).default([]),
    author: id.default(defaultAuthor),
    draft: z.boolean().default(false),
    updated: isoDate.optional(),
    pinned: z.boolean().default(false),
    /** Extra words the site search should find this post by (see README「検索」). */
    searchTerms: z.array(text).default([]),
  });
}

export const principleSchema = z.strictObject({
  order: z.number().int().positive(),
  title: text,
  lead: text,
  /** Self-check questions (振り返りの問い), shown at the end of the page. */
  questions: z.array(text).min(1),
});

export const handbookSchema = z.strictObject({
  title: text,
  order: z.number().int().nonnegative(),
  description: text,
  /** Extra words the site search should find this chapter by (see README「検索」). */
  searchTerms: z.array(text).default([]),
});

export const missionPageSchema = z.strictObject({
  title: text,
  lead: text,
});

export const missionVersionSchema = z.strictObject({
  version: z.number().int().positive(),
  effective: isoDate,
  statement: text,
  shortForm: text,
  note: text,
  /** What changed from the previous version. */
  changes: text,
  /** Why it changed. */
  reason: text,
});

export const authorSchema = z.strictObject({
  id,
  name: text,
  role: text,
});

export type PostData = z.output<ReturnType<typeof postSchema>>;
export type PrincipleData = z.output<typeof principleSchema>;
export type HandbookData = z.output<typeof handbookSchema>;
export type MissionVersionData = z.output<typeof missionVersionSchema>;
export type AuthorData = z.output<typeof authorSchema>;
