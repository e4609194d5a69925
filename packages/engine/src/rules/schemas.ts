/**
 * Frontmatter schemas for everything editors write. Kept free of Astro
 * runtime imports so the content checker CLI and unit tests use the very same
 * rules as the build.
 */
import { z } from 'astro/zod';
import { bilingual, type ContentIssue } from './issues.ts';
import { schemaIssues } from './schemaIssues.ts';
import { isValidIsoDate, normaliseDateText } from './dates.ts';
import { ID_PATTERN, tagProblem } from './slug.ts';
import { urlField } from './siteConfig.ts';

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
  titleLength: {
    ja: '題名は 120 字以内にしてください（長すぎると検索やフィードの作成が止まります）',
    en: 'the title must be at most 120 characters long',
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
export const isoDate = z
  .string()
  .transform(normaliseDateText)
  .refine(isValidIsoDate, bilingual(ruleMessages.isoDate.ja, ruleMessages.isoDate.en));

const text = z.string().trim().min(1);

/**
 * Upper bounds on what one field may hold. A page title of megabytes is no
 * title but a hostile or broken file, and would make later steps (the search
 * index, the feed) run for minutes: it is refused here, with the field named.
 */
export const LIMITS = {
  title: 120,
  /** Lead sentences, descriptions, questions, definitions: a paragraph at most. */
  paragraph: 1000,
  tags: 20,
  tag: 40,
  searchTerms: 50,
  searchTerm: 60,
  principles: 30,
} as const;

const upTo = (limit: number, what: { ja: string; en: string }) =>
  text.max(
    limit,
    bilingual(`${what.ja}は ${limit} 字以内にしてください（長すぎると検索やフィードの作成が止まります）`, `${what.en} must be at most ${limit} characters long`),
  );
const title = text.max(LIMITS.title, bilingual(ruleMessages.titleLength.ja, ruleMessages.titleLength.en));
const paragraph = upTo(LIMITS.paragraph, { ja: 'この項目', en: 'this field' });
const atMost = <T extends z.ZodType>(list: z.ZodArray<T>, limit: number, what: { ja: string; en: string }) =>
  list.max(limit, bilingual(`${what.ja}は ${limit} 個までにしてください`, `write at most ${limit} ${what.en}`));
const id = z
  .string()
  .regex(ID_PATTERN, bilingual(ruleMessages.id.ja, ruleMessages.id.en));

/**
 * A list as editors type it: `[働き方, 業務改善]`, but also `[働き方、業務改善]`
 * (Japanese commas, which YAML reads as one item), `働き方、業務改善` (no
 * brackets) or `［働き方］` (full-width brackets): split into its items.
 */
function splitList(value: unknown): unknown {
  const items: unknown = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(items)) return value;
  return (items as unknown[]).flatMap((item) =>
    typeof item === 'string'
      ? item
          .trim()
          .replace(/^[［「【[]|[］」】\]]$/gu, '')
          .split(/[、，,､]/u)
          .map((part) => part.trim())
          .filter((part) => part !== '')
      : [item],
  );
}

const listOf = <T extends z.ZodType>(item: T) => z.preprocess(splitList, z.array(item));

const tag = upTo(LIMITS.tag, { ja: 'タグ', en: 'a tag' }).superRefine((value, context) => {
  const problem = tagProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: bilingual(problem.ja, problem.en) });
});

const searchTerm = upTo(LIMITS.searchTerm, { ja: '検索語', en: 'a search term' });

/** The placeholder summary `npm run new` writes; publishing it is a mistake. */
export const TEMPLATE_SUMMARY = 'ここに記事の概要を1〜2文で書いてください。';

export function postSchema(defaultAuthor: string) {
  return z.strictObject({
    title,
    date: isoDate,
    summary: text
      .max(SUMMARY_MAX, bilingual(ruleMessages.summaryLength.ja, ruleMessages.summaryLength.en))
      .refine(
        (summary) => summary !== TEMPLATE_SUMMARY,
        bilingual(ruleMessages.summaryTemplate.ja, ruleMessages.summaryTemplate.en),
      ),
    tags: z.preprocess(splitList, atMost(z.array(tag), LIMITS.tags, { ja: 'タグ', en: 'tags' })).default([]),
    /** Ids, or the principles' official titles (resolved across files, src/rules/crossFile.ts). */
    principles: z.preprocess(splitList, atMost(z.array(upTo(LIMITS.title, { ja: '原則', en: 'a principle' })), LIMITS.principles, { ja: '原則', en: 'principles' })).default([]),
    author: id.default(defaultAuthor),
    draft: z.boolean().default(false),
    updated: isoDate.optional(),
    pinned: z.boolean().default(false),
    /** Extra words the site search should find this post by (see README「検索」). */
    searchTerms: z.preprocess(splitList, atMost(z.array(searchTerm), LIMITS.searchTerms, { ja: '検索語', en: 'search terms' })).default([]),
    /**
     * A made-up example post (e.g. in the default content): marked サンプル
     * on cards, in the byline, on the page and in the feed.
     */
    sample: z.boolean().default(false),
  }).superRefine((post, context) => {
    if (post.updated !== undefined && post.updated < post.date) {
      context.addIssue({
        code: 'custom',
        path: ['updated'],
        message: bilingual(
          `更新日（${post.updated}）が公開日（${post.date}）より前です。更新した日を公開日以降の日付で書くか、updated の行を消してください`,
          `updated (${post.updated}) is before date (${post.date}): write the day of the update, on or after date, or remove the line`,
        ),
      });
    }
  });
}

/**
 * A revision open for comments (改訂案): shown beside what is in force, never
 * as it. Adopting it means writing it into force (a mission version gets its
 * `effective` date; a principle's proposed wording becomes its title and
 * lead) and deleting this block; withdrawing it means `withdrawn: true` or
 * deleting it. Past `commentsUntil`, the build warns until one or the other
 * (src/rules/proposals.ts).
 */
const proposalFields = {
  /** Last day comments are taken (inclusive). */
  commentsUntil: isoDate,
  /** Where staff send comments; default: site.yaml feedbackFormUrl. May use {title} and {url}. */
  feedbackUrl: urlField(['http', 'https', 'mailto'], ['title', 'url']).optional(),
  /** Withdrawn: kept for the record, shown nowhere, no warning. */
  withdrawn: z.boolean().default(false),
};

const missionProposalSchema = z.strictObject(proposalFields);

const principleProposalSchema = z
  .strictObject({
    ...proposalFields,
    /** The proposed wording. At least one of title and lead. */
    title: text.optional(),
    lead: text.optional(),
    /** Why the wording should change. */
    reason: text,
  })
  .refine((proposal) => proposal.title !== undefined || proposal.lead !== undefined, {
    message: bilingual(
      '改訂案（proposal）には、新しい title（名称）か lead（リード文）の少なくとも一方を書いてください',
      'a proposal needs the proposed title or lead (or both)',
    ),
  });

export const principleSchema = z.strictObject({
  order: z.number().int().positive(),
  title,
  lead: paragraph,
  /** Self-check questions (振り返りの問い), shown at the end of the page. */
  questions: z.array(paragraph).min(1).max(30),
  /** A proposed new wording open for comments (改訂案). */
  proposal: principleProposalSchema.optional(),
});

export const handbookSchema = z.strictObject({
  title,
  order: z.number().int().nonnegative(),
  description: paragraph,
  /** Extra words the site search should find this chapter by (see README「検索」). */
  searchTerms: atMost(z.array(searchTerm), LIMITS.searchTerms, { ja: '検索語', en: 'search terms' }).default([]),
  /** A chapter about using the site itself: shown on screen, left out of the printed handbook. */
  screenOnly: z.boolean().default(false),
});

export const missionPageSchema = z.strictObject({
  title,
  lead: paragraph,
});

export const missionVersionSchema = z.strictObject({
  version: z.number().int().positive(),
  /** The day it comes into force. Left out while the version is a proposal (改訂案). */
  effective: isoDate.optional(),
  /** Marks the version as a proposal open for comments (改訂案), not in force. */
  proposal: missionProposalSchema.optional(),
  statement: paragraph,
  shortForm: upTo(LIMITS.title, { ja: '短い形', en: 'the short form' }),
  note: paragraph,
  /** What changed from the previous version. */
  changes: paragraph,
  /** Why it changed. */
  reason: paragraph,
  /** The effective date is an example, not a real one: every place that shows it says so. */
  placeholderDate: z.boolean().default(false),
}).superRefine((version, context) => {
  if (version.proposal === undefined && version.effective === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['effective'],
      message: bilingual(
        '適用日（effective）を YYYY-MM-DD の形で書いてください。意見を募集する改訂案なら、代わりに proposal を書きます（CONTRIBUTING.md「改訂案」）',
        'write the day this version comes into force as effective: YYYY-MM-DD; for a proposal open for comments write a proposal block instead (CONTRIBUTING.md)',
      ),
    });
  }
  if (version.proposal !== undefined && version.effective !== undefined) {
    context.addIssue({
      code: 'custom',
      path: ['proposal'],
      message: bilingual(
        '改訂案（proposal）には適用日（effective）を書きません。採用したなら proposal の項目を消し、effective だけを残してください',
        'a proposal has no effective date: once adopted, delete the proposal block and keep effective',
      ),
    });
  }
});

export const authorSchema = z.strictObject({
  id,
  name: upTo(LIMITS.title, { ja: '名前', en: 'the name' }),
  role: upTo(LIMITS.title, { ja: '役職', en: 'the role' }),
});

export type PostData = z.output<ReturnType<typeof postSchema>>;
export type PrincipleData = z.output<typeof principleSchema>;
export type MissionVersionData = z.output<typeof missionVersionSchema>;
export type AuthorData = z.output<typeof authorSchema>;

/**
 * A reference to a page of the site, written the way its URL reads:
 * `mission`, `principles/<id>`, `handbook/<slug>`, `posts/<slug>`,
 * `glossary` or `glossary/<term id>`. Whether the target exists is checked
 * across files in src/rules/pageRefs.ts.
 */
const pageRef = z
  .string()
  .regex(
    new RegExp(`^(?:mission|glossary|(?:principles|handbook|posts|glossary)/${ID_PATTERN.source.slice(1, -1)})$`, 'u'),
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
        title,
        intro: paragraph.optional(),
        steps: z.array(z.strictObject({ page: pageRef, note: paragraph.optional() })).min(1),
      }),
    )
    .min(1),
});

/**
 * Kana only (hiragana, katakana, ー, ・, spaces), so the glossary sorts in
 * 五十音 order. Katakana parts of a term stay katakana in its reading
 * (かいかくばんそうチーム): a hiragana reading of a katakana word reads oddly.
 */
// The combining (semi-)voiced marks U+3099/U+309A are meant to be in the class: a decomposed が is か + U+3099.
// eslint-disable-next-line no-misleading-character-class
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

const glossaryTermSchema = z
  .strictObject({
  id,
  term: upTo(LIMITS.title, { ja: '用語', en: 'the term' }),
  /** Needed when the term has kanji; a term written in kana alone is its own reading. */
  reading: reading.optional(),
  definition: paragraph,
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

/**
 * What other files need from a post (principles, author, tags) even when
 * another field of it is wrong, so one run reports every mistake.
 */
// Built once: constructing a zod schema costs more than using it.
const wordList = listOf(text);

export function postReferenceFields(data: Record<string, unknown> | undefined, defaultAuthor: string) {
  const principles = wordList.safeParse(data?.principles ?? []);
  const tags = wordList.safeParse(data?.tags ?? []);
  const author = data?.author ?? defaultAuthor;
  return {
    principles: principles.success ? principles.data : [],
    tags: tags.success ? tags.data : [],
    author: typeof author === 'string' ? author : undefined,
  };
}

/**
 * content/authors.yaml, entry by entry: one wrong entry is reported on its
 * own and the others stay usable, so posts by other authors raise nothing,
 * and an entry whose id is fine keeps its id (no "unknown author" cascade).
 */
export function authorListIssues(raw: unknown, file: string): { ids: string[]; issues: ContentIssue[] } {
  if (!Array.isArray(raw)) {
    return {
      ids: [],
      issues: [
        {
          code: 'authors.not-a-list',
          file,
          field: '(YAML)',
          ja: '「- id: …」で始まる項目のリストにしてください',
          en: 'expected a list of "- id: …" entries',
        },
      ],
    };
  }
  const ids: string[] = [];
  const issues: ContentIssue[] = [];
  raw.forEach((author: unknown, position) => {
    const result = authorSchema.safeParse(author);
    const id = (author as { id?: unknown } | null)?.id;
    if (result.success) ids.push(result.data.id);
    else {
      if (typeof id === 'string' && ID_PATTERN.test(id)) ids.push(id);
      issues.push(
        ...schemaIssues(result.error, author, file).map((issue) => ({
          ...issue,
          field: issue.code === 'schema.unrecognized_keys' ? `[${position}]` : `[${position}].${issue.field}`,
        })),
      );
    }
  });
  const seen = new Set<string>();
  ids.forEach((id) => {
    if (seen.has(id)) {
      issues.push({
        code: 'authors.duplicate-id',
        file,
        field: 'id',
        ja: `執筆者ID「${id}」が2回使われています。IDは執筆者ごとに別にしてください`,
        en: `the author id "${id}" is used twice; give each author their own id`,
      });
    }
    seen.add(id);
  });
  return { ids, issues };
}
