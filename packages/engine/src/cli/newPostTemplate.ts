/**
 * The pure parts of `npm run new`: reading the arguments, choosing the file
 * name and writing the post template with every field filled in and
 * explained. src/cli/newPost.ts does the file system work.
 */
import { isValidIsoDate, type IsoDate } from '../rules/dates.ts';
import { TEMPLATE_SUMMARY } from '../rules/schemas.ts';
import { postSlugProblem } from '../rules/slug.ts';

export interface NewPostOptions {
  title: string;
  slug: string;
  date: IsoDate;
}

export type ParseResult = { ok: true; options: NewPostOptions } | { ok: false; ja: string; en: string };

export const USAGE = '使い方 / usage: npm run new -- --title "タイトル" [--slug ascii-name] [--date YYYY-MM-DD]';

/** `2025-06-02` → `2025-06-02-post`: always a valid, letter-containing slug. */
export function defaultSlug(date: IsoDate): string {
  return `${date}-post`;
}

/** Parse `--title x --slug y --date z` (also `--title=x`). `today` fills a missing date. */
export function parseNewPostArgs(argv: readonly string[], today: IsoDate): ParseResult {
  const values: Record<string, string> = {};
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const match = /^--(title|slug|date)(?:=(.*))?$/u.exec(arg);
    if (!match) return { ok: false, ja: `知らない引数です: ${arg}`, en: `unknown argument: ${arg}` };
    const value = match[2] ?? argv[(index += 1)];
    if (value === undefined)
      return { ok: false, ja: `--${match[1]} の値がありません`, en: `--${match[1]} needs a value` };
    values[match[1] ?? ''] = value;
  }
  const title = (values.title ?? '').trim();
  if (title === '') return { ok: false, ja: '--title でタイトルを指定してください', en: 'give the title with --title' };
  const date = values.date ?? today;
  if (!isValidIsoDate(date)) {
    return {
      ok: false,
      ja: `--date は実在する日付を YYYY-MM-DD で書いてください（今の値: ${date}）`,
      en: `--date must be a real date written YYYY-MM-DD (got ${date})`,
    };
  }
  const slug = values.slug ?? defaultSlug(date);
  const problem = postSlugProblem(slug);
  if (problem) return { ok: false, ja: `--slug: ${problem.ja}`, en: `--slug: ${problem.en}` };
  return { ok: true, options: { title, slug, date } };
}

/** content-relative path: posts/<year>/<slug>.mdx */
export function newPostPath({ slug, date }: Pick<NewPostOptions, 'slug' | 'date'>): string {
  return `posts/${date.slice(0, 4)}/${slug}.mdx`;
}

export interface TemplateContext {
  defaultAuthor: string;
  authorIds: readonly string[];
  principleIds: readonly string[];
}

/** A double-quoted YAML string: safe for any title (colons, quotes, #). */
const yamlString = (text: string) => JSON.stringify(text);

export function renderPostTemplate({ title, date }: NewPostOptions, context: TemplateContext): string {
  return `---
# タイトル（必須）: 記事の見出し、一覧、フィードに表示されます。
title: ${yamlString(title)}
# 公開日（必須）: 'YYYY-MM-DD' の形で。未来の日付にすると、その日の朝の自動ビルドで公開されます。
date: '${date}'
# 概要（必須）: 一覧・フィード・検索結果に出る1〜2文（200字以内）。
summary: ${TEMPLATE_SUMMARY}
# タグ（任意）: [タグ1, タグ2] の形で。日本語で書けます。
tags: []
# 関係する原則（principles/）のID（任意）: [${context.principleIds.slice(0, 2).join(', ')}] の形で。使えるID: ${context.principleIds.join(', ')}
principles: []
# 執筆者のID（content/authors.yaml）: 使えるID: ${context.authorIds.join(', ')}
author: ${context.defaultAuthor}
# 下書き: true の間はどこにも公開されません（npm run dev では「下書き」と表示されます）。
draft: false
# 更新日（任意）: 公開後に内容を直したら、行頭の # を消して日付を書きます。
# updated: '${date}'
# 固定表示: true にするとトップページと記事一覧の先頭に「固定」の印付きで表示されます。
pinned: false
# 検索語（任意）: 本文にない言い方でも検索で見つかるようにする言葉。[残業, 時間外勤務] の形で。
searchTerms: []
# サンプル記事: true にすると、作り例であることがカード・記事・フィードに「サンプル」と表示されます。
sample: false
---

ここに本文を書きます。書き方と使える部品（ポイント・注意の囲み、図、原則へのリンク、
他の記事の紹介）は CONTRIBUTING.md を見てください。

## 見出し

段落は空行で区切ります。
`;
}
