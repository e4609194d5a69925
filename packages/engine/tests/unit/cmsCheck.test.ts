/**
 * The browser editor's pre-save check (src/site/cmsCheck.ts) is the build's
 * rule book: the file the editor would write is refused exactly when the
 * build's frontmatter check refuses it, with the same Japanese message.
 */
import { describe, expect, it } from 'vitest';
import { checkBeforeSave, refusalText } from '../../src/site/cmsCheck.ts';
import { toFile, fromFile } from '../../src/site/cmsFormat.ts';
import { postSchema } from '../../src/rules/schemas.ts';
import { validateEntrySource } from '../../src/rules/validateEntry.ts';

const context = { defaultAuthor: 'mayor', principleIds: ['cost'], principleTitles: { cost: 'コスト意識の徹底' } };
const order = ['title', 'date', 'summary', 'tags', 'principles', 'author', 'body'];
const post = (fields: Record<string, unknown>) => toFile({ title: '記事', date: '2026-12-05', summary: '概要です。', body: '本文です。\n', ...fields }, order);
const FILE = 'content/posts/2026/2026-12-05-0030.mdx';

describe('checkBeforeSave', () => {
  it('refuses what the build refuses, with the build message', () => {
    for (const fields of [{ title: '\u3000' }, { date: '2026-02-30' }, { summary: 'あ'.repeat(201) }, { tags: ['a/b'] }]) {
      const text = post(fields);
      const issues = checkBeforeSave('posts', FILE, text, context);
      const build = validateEntrySource(text, FILE, postSchema('mayor')).issues;
      expect(issues.length, JSON.stringify(fields)).toBeGreaterThan(0);
      expect(issues.map((issue) => issue.ja)).toEqual(build.map((issue) => issue.ja));
    }
  });

  it('accepts what the build accepts: no author, principles by Japanese title', () => {
    expect(checkBeforeSave('posts', FILE, post({ principles: ['コスト意識の徹底'] }), context)).toEqual([]);
    expect(checkBeforeSave('posts', FILE, post({ author: '' }), context)).toEqual([]);
    const existing = fromFile('---\ntitle: 既存\ndate: 2025-01-01\nsummary: 既存の記事です。\n---\n\n本文\n');
    expect(checkBeforeSave('posts', FILE, toFile(existing), context)).toEqual([]);
  });

  it('names an unknown principle with the choices, and labels problems by the form field', () => {
    const issues = checkBeforeSave('posts', FILE, post({ title: '\u3000', principles: ['nai'] }), context);
    const text = refusalText(issues, { title: 'タイトル', principles: '関係する綱領' });
    expect(text).toContain('タイトル：空にはできません。内容を書いてください');
    expect(text).toContain('関係する綱領：原則（principles/）「nai」はありません。');
  });

  it("refuses a photo without alt text, without a file or from another server, in the build's words", () => {
    const figure = (alt: string, url: string) => post({ body: `<Figure caption="会議">\n\n![${alt}](${url})\n\n</Figure>\n` });
    const ja = (text: string) => checkBeforeSave('posts', FILE, text, context).map((issue) => `${issue.field} ${issue.ja}`);
    expect(ja(figure('', 'kaigi.jpg'))).toEqual(['body 画像「kaigi.jpg」の代替テキストが空です。![ここ](kaigi.jpg) の角かっこの中に、画像の内容を短い文で書いてください']);
    expect(ja(figure('会議', ''))).toEqual(['body 画像のファイル名が書かれていません']);
    expect(ja(figure('会議', 'https://example.com/a.jpg'))[0]).toContain('外部のサーバー');
    expect(ja(figure('会議の様子', 'kaigi.jpg'))).toEqual([]);
    // Code is code: an image inside a fence is not a photo.
    expect(ja(post({ body: '```\n![](x)\n```\n' }))).toEqual([]);
  });
});
