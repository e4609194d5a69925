/**
 * The browser editor's pre-save check (src/site/cmsCheck.ts) is the build's
 * rule book: the file the editor would write is refused exactly when the
 * build's checks (frontmatter, and the body rules on the JavaScript parser's
 * tree) refuse it, with the same Japanese message, placed in the body in
 * words an editor knows.
 */
import { describe, expect, it } from 'vitest';
import { checkBeforeSave as check, refusalText, type SaveCheckContext } from '../../src/site/cmsCheck.ts';
import { jsMdxParser } from '../../src/rules/jsMdxParser.ts';
import { checkEntry } from '../../src/rules/checkEntry.ts';
import { toFile, fromFile } from '../../src/site/cmsFormat.ts';
import { postSchema } from '../../src/rules/schemas.ts';
import { validateEntrySource } from '../../src/rules/validateEntry.ts';
import { digestNames } from '../../src/site/nameDigest.ts';

const names = {
  postSlugs: ['gyomu-tanaoroshi'],
  mediaFiles: ['content/posts/2026/kaigi.jpg', 'content/posts/2025/photo.png'],
  unpublishedPosts: [
    { slug: 'shitagaki', date: '2025-07-24', draft: true },
    { slug: 'raishu', date: '2026-12-10', draft: false },
  ],
};
const context: SaveCheckContext = {
  defaultAuthor: 'mayor',
  principleIds: ['cost'],
  principleTitles: { cost: 'コスト意識の徹底' },
  terms: [{ id: 'kpi', term: 'KPI' }],
  ...digestNames(names),
};
/** The refusals, as the tests before the body rules read them. */
const checkBeforeSave = (collection: string, file: string, text: string, ctx: SaveCheckContext, media: string[] = []) =>
  check(collection, file, text, ctx, jsMdxParser, { pendingMedia: media }).refusals;
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

  it('refuses what the body rules refuse, in the build’s words, placed as the editor sees the body', () => {
    // The file as it is on disk (a line kept from the file is saved as written; new lines are made literal by toFile).
    const file = (body: string) => `---\ntitle: 記事\ndate: 2026-12-05\nsummary: 概要です。\n---\n\n${body}`;
    const verdict = (body: string) => check('posts', FILE, file(body), context, jsMdxParser);
    const build = (body: string) => checkEntry(file(body), postSchema('mayor'), { file: FILE, ...context, postSlugs: names.postSlugs, terms: context.terms ?? undefined, fileExists: () => true }).issues;
    const cases: Array<[string, string, string]> = [
      ['一段落目です。\n\nimport fs from "node:fs"\n', 'body.import-export', '本文の2段落目（3行目）'],
      ['一段落目です。\n\n二段落目に {process.env.HOME} と書きました。\n', 'body.expression', '本文の2段落目（3行目）'],
      ['<script>alert(1)</script>\n', 'body.forbidden-html', '本文の1行目'],
      ['## 会議の進め方\n\n<Callout type="注意">\n\n閉じ忘れた囲みです。\n', 'body.unclosed-tag', '本文の3行目'],
      ['前置きです。\n\n<Calout type="注意">\n\n中身\n\n</Calout>\n', 'body.unknown-component', '本文の3行目'],
      ['<Callout type="注意" title="大切なこと">\n\n一つ目。\n\n<PrincipleLink id="nai" />\n\n</Callout>\n', 'body.unknown-principle', '本文の「大切なこと」の囲みの中の5行目'],
      ['<Callout type="注意">\n\n一つ目。\n\n二つ目に <Term id="nai">言葉</Term>。\n\n</Callout>\n', 'body.unknown-term', '本文の「注意」の囲みの中の2段落目（5行目）'],
      ['<Term id="nai">言葉</Term>\n', 'body.unknown-term', '本文の1段落目（1行目）'],
      ['<PostEmbed slug="nai" />\n', 'body.unknown-post', '本文の1行目'],
      ['<Figure caption="">\n\n![会議](kaigi.jpg)\n\n</Figure>\n', 'body.empty-caption', '本文の1行目'],
      ['- 箇条書き <b onclick="x">太字</b>\n', 'body.event-attribute', '本文の箇条書き（1行目）'],
    ];
    // Typed in the form, a misspelt component and a brace in an attribute still reach the check.
    cases.push(['<Calout type="注意" />\n', 'body.unknown-component', '本文の1行目'], ['<Callout type="注意" title={process.env.HOME} />\n', 'body.attribute-expression', '本文の1行目']);
    for (const [body, code] of cases.slice(-2)) expect(check('posts', FILE, post({ body }), context, jsMdxParser).refusals.map((issue) => issue.code)).toEqual([code]);
    for (const [body, code, place] of cases) {
      const { refusals, warnings } = verdict(body);
      expect(refusals.map((issue) => issue.code), body).toEqual([code]);
      expect(warnings, body).toEqual([]);
      // The build's message, word for word.
      expect(refusals[0]!.ja, body).toBe(build(body).find((issue) => issue.code === code)?.ja);
      expect(refusalText(refusals, { body: '本文' }).startsWith(`${place}：`), `${body} → ${refusalText(refusals, { body: '本文' })}`).toBe(true);
    }
  });

  it('accepts what the build accepts: components, code that is only shown, photos uploaded with the entry', () => {
    const accepted = [
      '<Callout type="注意" title="大切なこと">\n\n- 資料を先に配る\n- 結論から話す\n\n</Callout>\n\n<PrincipleLink id="cost" /> と <Term id="kpi">KPI</Term>。\n',
      '```js\nimport fs from "node:fs"\n{process.env.HOME}\n```\n\n`<script>` は書けません。\n',
      '10人<20人、{月曜}、｛全角｝。\n',
      '<PostEmbed slug="gyomu-tanaoroshi" />\n\n![会議の様子](kaigi.jpg)\n',
    ];
    for (const body of accepted) expect(check('posts', FILE, post({ body }), context, jsMdxParser), body).toEqual({ refusals: [], warnings: [] });
    // A photo uploaded with this entry is saved with it: the site does not have it yet.
    const fresh = post({ body: '![新しい写真](2026-12-05-1-123456789.png)\n' });
    expect(check('posts', FILE, fresh, context, jsMdxParser, { pendingMedia: ['2026-12-05-1-123456789.png'] })).toEqual({ refusals: [], warnings: [] });
  });

  it('saves a photo it does not know, with a warning naming the line (it may have been added since the editor was built)', () => {
    const { refusals, warnings } = check('posts', FILE, post({ body: '一段落目。\n\n![写真](nai.jpg)\n' }), context, jsMdxParser);
    expect(refusals).toEqual([]);
    expect(warnings.map((issue) => issue.code)).toEqual(['body.image-not-found']);
    expect(refusalText(warnings, { body: '本文' })).toContain('本文の2段落目（3行目）：画像ファイル「nai.jpg」が見つかりません');
  });

  it('reads a .md body as plain Markdown, as the build does (a new mission version has no path yet, only its extension)', () => {
    const text = '---\nversion: 2\nstatement: 使命です。\n---\n\n改行は <br> で、10人<20人、a <b>c\n';
    const bodyCodes = (file: string) => check('missionVersions', file, text, context, jsMdxParser).refusals.filter((issue) => issue.field === 'body').map((issue) => issue.code);
    expect(bodyCodes('新しい記事.md')).toEqual([]);
    expect(bodyCodes('新しい記事.mdx')).toEqual(['body.unclosed-tag']);
  });

  it('warns, on the day of the save, about a published post embedding a post not published yet (check:content refuses it)', () => {
    const embed = (slug: string, fields: Record<string, unknown> = {}) => post({ body: `<PostEmbed slug="${slug}" />\n`, ...fields });
    const verdict = (text: string, today: string) => check('posts', FILE, text, { ...context, ...digestNames({ ...names, postSlugs: ['gyomu-tanaoroshi', 'shitagaki', 'raishu'] }) }, jsMdxParser, { today });
    expect(verdict(embed('gyomu-tanaoroshi'), '2026-12-05')).toEqual({ refusals: [], warnings: [] });
    for (const slug of ['shitagaki', 'raishu']) {
      const { refusals, warnings } = verdict(embed(slug), '2026-12-05');
      expect(refusals).toEqual([]);
      expect(warnings.map((issue) => `${issue.code} ${issue.at}`)).toEqual(['body.unpublished-embed 1行目']);
      expect(warnings[0]!.ja).toContain(`記事「${slug}」は下書きか、公開日が未来のため`);
    }
    // Once its day has come, it is published; a draft may embed anything.
    expect(verdict(embed('raishu'), '2026-12-10').warnings).toEqual([]);
    expect(verdict(embed('shitagaki', { draft: true }), '2026-12-05').warnings).toEqual([]);
  });
});

describe('what the /admin/ page carries of the other files', () => {
  it('holds no name of a post or a photo, only digests, and still tells a known name from an unknown one', () => {
    const carried = JSON.stringify(context);
    for (const name of ['gyomu-tanaoroshi', 'shitagaki', 'raishu', 'kaigi', 'photo.png']) expect(carried).not.toContain(name);
    const embed = (slug: string) => post({ body: `<PostEmbed slug="${slug}" />\n\n![会議](./kaigi.jpg)\n` });
    expect(check('posts', FILE, embed('gyomu-tanaoroshi'), context, jsMdxParser)).toEqual({ refusals: [], warnings: [] });
    const unknown = check('posts', FILE, embed('gyomu-tanaoroshl'), context, jsMdxParser);
    expect(unknown.refusals.map((issue) => issue.code)).toEqual(['body.unknown-post']);
    expect(unknown.refusals[0]!.ja).toContain('記事「gyomu-tanaoroshl」はありません');
    const otherFolder = check('posts', 'content/posts/2025/2025-01-01-a.mdx', embed('gyomu-tanaoroshi'), context, jsMdxParser);
    expect(otherFolder.warnings.map((issue) => issue.code)).toEqual(['body.image-not-found']);
  });
});
