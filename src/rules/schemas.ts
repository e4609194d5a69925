/**
 * Frontmatter schemas for everything editors write. Kept free of Astro
 * runtime imports so the content checker CLI and unit tests use the very same
 * rules as the build.
 */
import { z } from 'astro/zod';
import { bilingual } from './issues.ts';
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

/** The placeholder summary `npm run new` writes; publishing it is a mistake. */
export const TEMPLATE_SUMMARY = 'ここに記事の概要を1〜2文で書いてください。';

export function postSchema(defaultAuthor: string) {
  return z.strictObject({
    title: text,
    date: isoDate,
    summary: text
      .max(
        200,
        bilingual('概要は1〜2文（200字以内）にまとめてください', 'keep the summary to one or two sentences (200 characters at most)'),
      )
      .refine(
        (summary) => summary !== TEMPLATE_SUMMARY,
        bilingual(
          '概要が `npm run new` のひな形のままです。記事の内容を1〜2文で書いてください',
          'the summary is still the placeholder from `npm run new`; summarise the post in one or two sentences',
        ),
      ),
    tags: z.array(text).default([]),
    principles: z.array(id).default([]),
    author: id.default(defaultAuthor),
    draft: z.boolean().default(false),
    updated: isoDate.optional(),
    pinned: z.boolean().default(false),
    /** Extra words the site search should find this post by (see README「検索」). */
    searchTerms: z.array(text).default([]),
    /**
     * A made-up example post (e.g. in the default content): marked サンプル
     * on cards, in the byline, on the page and in the feed.
     */
    sample: z.boolean().default(false),
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
  /** The effective date is an example, not a real one: every place that shows it says so. */
  placeholderDate: z.boolean().default(false),
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
      'ページは mission、principles/<ID>、handbook/<章>、posts/<記事のファイル名>、glossary、glossary/<用語ID> のいずれかの形で書いてください（例: principles/first-principle）',
      'write a page as mission, principles/<id>, handbook/<chapter>, posts/<post file name>, glossary or glossary/<term id> (e.g. principles/first-principle)',
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

/**
 * Kana only (hiragana, katakana, ー, ・, spaces), so the glossary sorts in
 * 五十音 order. Katakana parts of a term stay katakana in its reading
 * (かいかくばんそうチーム): a hiragana reading of a katakana word reads oddly.
 */
const KANA = /^[\u3041-\u3096\u30A1-\u30FA\u30FC\u30FB\u3099-\u309C ]+$/u;
const reading = z
  .string()
  .trim()
  .regex(
    KANA,
    bilingual(
      '読みはひらがなで書き、カタカナの部分はカタカナのままにしてください（例: さんそうぶんり、かいかくばんそうチーム）',
      'write the reading in hiragana, keeping katakana parts in katakana (e.g. さんそうぶんり, かいかくばんそうチーム)',
    ),
  );

export const glossaryTermSchema = z
  .strictObject({
  id,
  term: text,
  /** Needed when the term has kanji; a term written in kana alone is its own reading. */
  reading: reading.optional(),
  definition: text,
  /** Shown on hover/focus; defaults to the definition's first sentence. */
  short: text
    .max(120, bilingual('短い説明は120字以内にしてください', 'keep the short definition to 120 characters at most'))
    .optional(),
  related: z.array(pageRef).default([]),
  })
  .refine((term) => term.reading !== undefined || KANA.test(term.term), {
    path: ['reading'],
    message: bilingual(
      '漢字などを含む用語には読みを書いてください（例: reading: さんそうぶんり）',
      'a term with kanji needs a reading (e.g. reading: さんそうぶんり)',
    ),
  });

/** content/glossary.yaml: the terms a newcomer meets (/glossary/). */
export const glossarySchema = z.strictObject({
  terms: z.array(glossaryTermSchema).min(1),
});

export type OnboardingData = z.output<typeof onboardingSchema>;
export type GlossaryTermData = z.output<typeof glossaryTermSchema>;
