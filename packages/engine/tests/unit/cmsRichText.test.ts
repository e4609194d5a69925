/**
 * Which bodies the editor's rich-text mode can carry unchanged
 * (src/client/cmsRichText.ts): Decap's own serializers, with the site's
 * blocks registered, read and write back each construct. What comes back
 * changed opens in the source mode (src/client/cmsSourceMode.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cmsBlocks, cmsInlineReferences } from '../../src/site/cmsBlocks.ts';
import { ja } from '../../src/site/i18n/ja.ts';
import { localize } from '../../src/site/i18n/words.ts';
import { fromFile, toFile } from '../../src/site/cmsFormat.ts';
import { listFiles } from '../../src/files/listFiles.ts';
import { contentDir } from '../../src/files/projectPaths.ts';
import { REPO } from '../support/paths.ts';

// Decap's Markdown control touches these when its module loads and when it is constructed.
const global = globalThis as Record<string, unknown>;
global.window ??= globalThis;
global.localStorage ??= { getItem: () => null, setItem: () => undefined };

type RichText = typeof import('../../src/client/cmsRichText.ts');
let richText: RichText;
const choices = {
  principles: [{ label: '本質的な課題の特定', value: 'real-problem', order: 1, href: '/mayor/principles/real-problem/' }],
  terms: [{ label: 'KPI', value: 'kpi', href: '/mayor/glossary/#kpi', reading: 'けーぴーあい', short: '目標の達成度を測る指標です。' }],
};
const dictionary = localize(ja, { organization: '市役所', leader: '市長', principles: '綱領', principleCount: 5, blog: 'ブログ', missionNote: '注' });
// What the editor registers: the blocks, and Term / PrincipleLink inside a sentence.
const blocks = [...cmsBlocks(choices, dictionary), ...cmsInlineReferences(choices, dictionary)];
const rewritten = (body: string) => richText.firstRewrittenLine(body, blocks);

beforeAll(async () => {
  richText = await import('../../src/client/cmsRichText.ts');
});

describe('the rich-text mode keeps', () => {
  it.each([
    ['paragraphs', '一段落目です。\n\n二段落目です。'],
    ['lists with -', '- 一つ目\n- 二つ目'],
    ['numbered lists', '1. 一つ目\n2. 二つ目'],
    ['headings', '## 会議の進め方\n\n本文です。\n\n### 小見出し'],
    ['bold, italic, links', '**大切**な*こと*と[リンク](https://example.jp)'],
    ['quotes', '> 引用です。'],
    ['code fences', '```js\nconst a = 1;\n```'],
    ['a Callout as the editor writes it', '<Callout type="point" title="大切なこと">\n\n小さく始めます。\n\n</Callout>'],
    ['a Figure', '<Figure caption="第1回の会議">\n\n![会議室で話し合う職員](photo.png)\n\n</Figure>'],
    ['a PrincipleLink', '<PrincipleLink id="real-problem" />'],
    ['a Term in a sentence', '文中の<Term id="kpi">KPI</Term>です。'],
    ['a Term starting a paragraph (once split in two)', '<Term id="kpi">KPI</Term>の考え方です。\n\n次の段落です。'],
    ['a PrincipleLink starting a sentence', '<PrincipleLink id="real-problem" />を見てください。'],
    ['a Callout written without blank lines', '<Callout type="caution" title="注意">\n- 一つ目\n- 二つ目\n</Callout>'],
    ['a PostEmbed', '<PostEmbed slug="gyomu-tanaoroshi" />'],
    ['two Terms in one sentence', '<Term id="kpi">KPI</Term>と<Term id="kpi">指標</Term>です。'],
    ['a Term without its own words', '文中の<Term id="kpi" />です。'],
    ['PrincipleLinks inside sentences', '<PrincipleLink id="real-problem" /> を参考に、<PrincipleLink id="real-problem">この綱領</PrincipleLink>を大切にします。'],
    ['a Term in a list item', '- <Term id="kpi">KPI</Term>の見直し\n- 二つ目'],
    ['a Term with an unknown id (the save check refuses it)', '文中の<Term id="no-such">言葉</Term>です。'],
    ['a Term written as code', '`<Term id="kpi">KPI</Term>` と書きます。'],
  ])('%s', (_name, body) => {
    expect(rewritten(body)).toBeUndefined();
  });
});

/** The Slate nodes rich text makes of a body: what the field draws. */
async function slateOf(body: string): Promise<unknown> {
  richText.richTextRewrite('', blocks); // registers the blocks with Decap's serializers
  const { markdownToSlate } = await import('decap-cms-widget-markdown/dist/esm/serializers/index.js');
  return markdownToSlate(body, { voidCodeBlock: true, remarkPlugins: [richText.REMARK_SETTINGS] });
}
const inline = (shortcode: string, shortcodeData: Record<string, string>): unknown =>
  expect.objectContaining({ type: 'inline-shortcode', data: expect.objectContaining({ shortcode, shortcodeData }) as unknown }) as unknown;

describe('a Term or PrincipleLink inside a sentence', () => {
  it('is one piece in the rich-text field (a chip), never its code as text', async () => {
    const slate = await slateOf('文中の<Term id="kpi">KPI</Term>と<PrincipleLink id="real-problem" />です。');
    expect(slate).toEqual([
      {
        type: 'paragraph',
        children: [
          { text: '文中の' },
          inline('TermInline', { id: 'kpi', text: 'KPI' }),
          { text: 'と' },
          inline('PrincipleLinkInline', { id: 'real-problem' }),
          { text: 'です。' },
        ],
      },
    ]);
    // Written as code, it stays code.
    expect(JSON.stringify(await slateOf('`<Term id="kpi">KPI</Term>` です。'))).not.toContain('inline-shortcode');
  });

  it('shows in the preview as the page draws it: the principle number and title as a link, the word with its tip', async () => {
    richText.richTextRewrite('', blocks);
    const { markdownToHtml } = await import('decap-cms-widget-markdown/dist/esm/serializers/index.js');
    const html = markdownToHtml('文中の<Term id="kpi">KPI</Term>と<PrincipleLink id="real-problem" />です。`<Term id="kpi">x</Term>`', {
      getAsset: (path) => path,
      resolveWidget: () => undefined,
    });
    expect(html).toMatch(
      /^<p>文中の<span class="term" data-term><a class="term__link" href="\/mayor\/glossary\/#kpi" aria-describedby="(cms-term-tip-\d+)">KPI<\/a><span class="term__tip" role="tooltip" id="\1"><strong>KPI<\/strong>（けーぴーあい）<br>目標の達成度を測る指標です。<\/span><\/span>と<a class="principle-link" href="\/mayor\/principles\/real-problem\/">綱領1「本質的な課題の特定」<\/a>です。<code>/u,
    );
    expect(html).toContain('<code>&lt;Term id="kpi">x&lt;/Term></code>');
  });
});

it('keeps a chip when the sentence around it is made bold in the field (the chip itself stays plain)', async () => {
  richText.richTextRewrite('', blocks);
  const { slateToMarkdown } = await import('decap-cms-widget-markdown/dist/esm/serializers/index.js');
  // What Slate holds after 太字 over 「前」, the chip and 「後」: the mark lands on the texts, the chip's empty one included.
  const chip = { type: 'inline-shortcode', data: { shortcode: 'TermInline', shortcodeData: { id: 'kpi', text: 'KPI' }, isVoid: true, id: 'TermInline' }, children: [{ text: '', bold: true }] };
  const bolded = [{ type: 'paragraph', children: [{ text: '前', bold: true }, chip, { text: '後', bold: true }] }];
  expect(slateToMarkdown(bolded, { voidCodeBlock: true, remarkPlugins: [richText.REMARK_SETTINGS] })).toBe('**前**<Term id="kpi">KPI</Term>**後**');
});

describe('the rich-text mode would rewrite, so the body opens as source', () => {
  it.each([
    ['a table', '前の段落です。\n\n| 項目 | 値 |\n| - | - |\n| 人数 | 3 |', 3],
    ['a footnote', '本文です[^1]。\n\n[^1]: 注釈です。', 1],
    ['a reference link', '[資料][ref]を見てください。\n\n[ref]: https://example.jp', 1],
    ['a thematic break', '前です。\n\n---\n\n後です。', 3],
    ['a setext heading', '見出し\n------', 1],
    ['a hard line break with two spaces', '一行目  \n二行目', 1],
    ['underscore emphasis', '_斜体_です。', 1],
    ['a Term inside bold (the chip would drop it)', '**<Term id="kpi">KPI</Term>**です。', 1],
  ])('%s (from line %i)', (_name, body, line) => {
    expect(rewritten(body)).toBe(line);
  });
});

describe('every text of the default content and the fixtures', () => {
  const roots = [contentDir(), path.resolve('tests/fixtures'), path.join(REPO, 'sites/susono/content')];
  const files = roots.flatMap((root) => listFiles(root).filter((file) => /\.mdx?$/u.test(file) && !/README\.md$/u.test(file)).map((file) => path.join(root, file)));

  it('is either kept by rich text or opened as source; saving it unedited in rich text changes nothing', () => {
    let keptByRichText = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const data = fromFile(text);
      const body = String(data.body);
      if (rewritten(body) !== undefined) continue;
      keptByRichText += 1;
      // What the rich-text mode hands back on its first keystroke, then saved: the file as it was.
      expect(toFile({ ...data, body: richText.richTextRewrite(body, blocks) }), file).toBe(text);
    }
    // Most texts stay editable in rich text (lists with -, the site's blocks as written).
    expect(keptByRichText / files.length).toBeGreaterThan(0.8);
  });
});

it("uses the serializers of the Markdown widget the bundled Decap was built with", () => {
  const fromApp = createRequire(createRequire(import.meta.url).resolve('decap-cms-app/package.json'));
  const appWidget = fromApp.resolve('decap-cms-widget-markdown/package.json');
  const ours = createRequire(import.meta.url).resolve('decap-cms-widget-markdown/package.json');
  const version = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  expect(version(ours)).toBe(version(appWidget));
});
