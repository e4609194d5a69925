/**
 * Frontmatter schemas for everything editors write. Kept free of Astro
 * runtime imports so the content checker CLI and unit tests use the very same
 * rules as the build.
 */
import { z } from 'astro/zod';
import { bilingual } from './issues.ts';
import { isValidIsoDate } from './dates.ts';

/**
 * Messages the browser editor (src/site/cmsConfig.ts) shows as well, so the
 * form and the build speak with the same words.
 */
export const ruleMessages = {
  isoDate: {
    ja: '日付は YYYY-MM-DD の形で、実在する日を書いてください（例: 2025-06-02）',
    en: 'expected a real calendar date written YYYY-MM-DD (e.g. 2025-06-02)',
  },
  id: { ja: 'IDは半角の英小文字・数字・ハイフンで書いてください', en: 'ids use lowercase ASCII letters, digits and hyphens' },
  summaryLength: {
    ja: '概要は1〜2文（200字以内）にまとめてください',
    en: 'keep the summary to one or two sentences (200 characters at most)',
  },
  summaryTemplate: {
    ja: '概要が `npm run new` のひな形のままです。記事の内容を1〜2文で書いてください',
    en: 'the summary is still the placeholder from `npm run new`; summarise the post in one or two sentences',
  },
} as const;

/** Longest summary, in characters (code points, as zod counts). */
export const SUMMARY_MAX = 200;

/** The shape isValidIsoDate accepts; the editor's form can check only the shape. */
export const ISO_DATE_PATTERN = '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$';

/** A real calendar day written YYYY-MM-DD (quoted or not). */
export const isoDate = z.string().refine(isValidIsoDate, bilingual(ruleMessages.isoDate.ja, ruleMessages.isoDate.en));

const text = z.string().trim().min(1);
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, bilingual(ruleMessages.id.ja, ruleMessages.id.en));

/** The placeholder summary `npm run new` writes; publishing it is a mistake. */
export const TEMPLATE_SUMMARY = 'ここに記事の概要を1〜2文で書いてください。';

export function postSchema(defaultAuthor: string) {
  return z.strictObject({
    title: text,
    date: isoDate,
    summary: text
      .max(SUMMARY_MAX, bilingual(ruleMessages.summaryLength.ja, ruleMessages.summaryLength.en))
      .refine(
        (summary) => summary !== TEMPLATE_SUMMARY,
        bilingual(ruleMessages.summaryTemplate.ja, ruleMessages.summaryTemplate.en),
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

/**
 * A reference to a page of the site, written the way its URL reads:
 * `mission`, `principles/<id>`, `handbook/<slug>`, `posts/<slug>`,
 * `glossary` or `glossary/<term id>`. Whether the target exists is checked
 * across files in src/rules/pageRefs.ts.
 */
export const pageRef = z
  .string()
  .regex(
    /^(?:mission|glossary|(?:principles|handbook|posts|glossary)\/[a-z0-9]+(?:-[a-z0-9]+)*)$/u,
    bilingual(
      'ページは mission、principles/<ID>、handbook/<章>、posts/<記事のファイル名>、glossary、glossary/<用語ID> のいずれかの形で書いてください（例: principles/real-problem）',
      'write a page as mission, principles/<id>, handbook/<chapter>, posts/<post file name>, glossary or glossary/<term id> (e.g. principles/real-problem)',
    ),
  );

/** content/onboarding.yaml: the ordered path for new hires (/onboarding/). */
export const onboardingSchema = z.strictObject({
  sections: z
    .array(
      z.strictObject({
        title: text,
        intro: text.optional(),
        steps: z.array(z.strictObject({ page: pageRef, note: text.optional() })).min(1),
      }),
    )
    .min(1),
});

/** Hiragana (with ー and spaces) only, so the glossary sorts in 五十音 order. */
const reading = z
  .string()
  .trim()
  .regex(
    /^[\u3041-\u3096\u30FC\u3099-\u309C ]+$/u,
    bilingual('読みはひらがなで書いてください（例: さんそうぶんり）', 'write the reading in hiragana (e.g. さんそうぶんり)'),
  );

export const glossaryTermSchema = z.strictObject({
  id,
  term: text,
  reading,
  definition: text,
  /** Shown on hover/focus; defaults to the definition's first sentence. */
  short: text
    .max(120, bilingual('短い説明は120字以内にしてください', 'keep the short definition to 120 characters at most'))
    .optional(),
  related: z.array(pageRef).default([]),
});

/** content/glossary.yaml: the terms a newcomer meets (/glossary/). */
export const glossarySchema = z.strictObject({
  terms: z.array(glossaryTermSchema).min(1),
});

export type OnboardingData = z.output<typeof onboardingSchema>;
export type GlossaryTermData = z.output<typeof glossaryTermSchema>;
