import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCmsConfig, cmsEntryRoute, EDITOR_BLOCKS, type CmsContent } from '../../src/site/cmsConfig.ts';
import { AUTHOR_COMPONENTS } from '../../src/rules/bodyReferences.ts';
import { cmsBlocks, cmsInlineReferences } from '../../src/site/cmsBlocks.ts';
import { unknownPrincipleMessage } from '../../src/rules/principleMessages.ts';
import { ja } from '../../src/site/i18n/ja.ts';
import { localize } from '../../src/site/i18n/words.ts';
import { newPostNaming } from '../../src/site/cmsFileName.ts';
import { parseSiteConfig } from '../../src/rules/siteConfig.ts';
import { postSchema, principleSchema, handbookSchema, missionVersionSchema, ruleMessages } from '../../src/rules/schemas.ts';
import { isValidIsoDate } from '../../src/rules/dates.ts';
import { contentDir } from '../../src/files/projectPaths.ts';

/** The organisation's words the UI dictionary is filled with here. */
const TEST_WORDS = { organization: '架空町役場', leader: '町長', principles: '行動指針', principleCount: 5, blog: '庁内ブログ', missionNote: '補足' };

const minimal = { organization: '市役所', title: 'サイト', description: '説明です。', defaultAuthor: 'mayor' };
const site = (editor: Record<string, unknown> = {}) => parseSiteConfig({ ...minimal, editor }, 'content/site.yaml');

/** A site's content (the valid fixture): what the editor must offer. */
function realContent(): CmsContent {
  const dir = path.join(contentDir(), 'principles');
  const principles = readdirSync(dir).map((file) => {
    const data = parse(readFileSync(path.join(dir, file), 'utf8').split(/^---$/mu)[1] ?? '') as { title: string; order: number };
    return { id: file.replace(/\.mdx?$/u, ''), title: data.title, order: data.order };
  });
  const authors = parse(readFileSync(path.join(contentDir(), 'authors.yaml'), 'utf8')) as CmsContent['authors'];
  return { principles, authors, defaultAuthor: 'mayor' };
}

type Field = Record<string, unknown> & { name: string };
type Collection = { name: string; fields?: Field[]; files?: Array<{ fields: Field[] }> } & Record<string, unknown>;
const collections = (config: Record<string, unknown>) => config.collections as Collection[];
const fieldsOf = (config: Record<string, unknown>, name: string) => {
  const collection = collections(config).find((c) => c.name === name)!;
  return collection.fields ?? collection.files![0]!.fields;
};
// fileName is the form's helper for a new post's file name, never written (src/site/cmsFormat.ts).
const names = (fields: Field[]) => fields.map((f) => f.name).filter((n) => n !== 'body' && n !== 'fileName').sort();
const keys = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape).sort();

describe('buildCmsConfig', () => {
  const content = realContent();
  const config = buildCmsConfig(site(), content);

  it('offers exactly the frontmatter fields each schema allows', () => {
    expect(names(fieldsOf(config, 'posts'))).toEqual(keys(postSchema('mayor')));
    expect(names(fieldsOf(config, 'principles'))).toEqual(keys(principleSchema));
    expect(names(fieldsOf(config, 'handbook'))).toEqual(keys(handbookSchema));
    expect(names(fieldsOf(config, 'missionVersions'))).toEqual(keys(missionVersionSchema));
  });

  it('marks as optional exactly the fields the post schema lets editors leave out', () => {
    const schema = postSchema('mayor');
    // author may be left out (the site's defaultAuthor then signs): the form may be saved without it.
    for (const field of fieldsOf(config, 'posts').filter((f) => f.name !== 'body' && f.name !== 'fileName')) {
      const optional = schema.shape[field.name as keyof typeof schema.shape].safeParse(undefined).success;
      expect(field.required === false, field.name).toBe(optional);
    }
  });

  it('lists every principle by its Japanese title, in order, and every author', () => {
    const fields = fieldsOf(config, 'posts');
    const principles = fields.find((f) => f.name === 'principles')!;
    const sorted = [...content.principles].sort((a, b) => a.order - b.order);
    expect(principles.options).toEqual(sorted.map((p) => ({ label: p.title, value: p.id })));
    expect(principles.multiple).toBe(true);
    const author = fields.find((f) => f.name === 'author')!;
    expect((author.options as Array<{ value: string }>).map((o) => o.value)).toEqual(content.authors.map((a) => a.id));
    expect(author.default).toBe('mayor');
  });

  it('picks up a new principle or author with no change to the configuration', () => {
    const more = buildCmsConfig(site(), {
      ...content,
      principles: [...content.principles, { id: 'open-data', title: 'データを開く', order: 9 }],
      authors: [...content.authors, { id: 'somu', name: '総務部長', role: '総務部長' }],
    });
    const fields = fieldsOf(more, 'posts');
    expect(fields.find((f) => f.name === 'principles')!.options).toContainEqual({ label: 'データを開く', value: 'open-data' });
    expect(fields.find((f) => f.name === 'author')!.options).toContainEqual({ label: '総務部長（総務部長）', value: 'somu' });
  });

  it('checks the summary and dates with the build’s own messages and limits', () => {
    const fields = fieldsOf(config, 'posts');
    const [summaryPattern, summaryMessage] = fields.find((f) => f.name === 'summary')!.pattern as [string, string];
    expect(summaryMessage).toBe(ruleMessages.summaryLength.ja);
    const summaryOk = (text: string) => new RegExp(summaryPattern).test(text);
    const schemaOk = (text: string) => postSchema('mayor').shape.summary.safeParse(text).success;
    for (const text of ['あ', 'あ'.repeat(200), 'あ'.repeat(201), '😀'.repeat(100), '😀'.repeat(101)]) {
      expect(summaryOk(text), `${text.length} units`).toBe(schemaOk(text));
    }
    const [titlePattern, titleMessage] = fields.find((f) => f.name === 'title')!.pattern as [string, string];
    expect(titleMessage).toBe(ruleMessages.titleLength.ja);
    const titleSchemaOk = (text: string) => postSchema('mayor').shape.title.safeParse(text).success;
    for (const text of ['題', 'あ'.repeat(120), 'あ'.repeat(121), '😀'.repeat(120), '😀'.repeat(121), 'a\nb', '\uD83D', `${'😀'.repeat(60)}\uD83D`]) {
      expect(new RegExp(titlePattern).test(text), `title ${text.length} units`).toBe(titleSchemaOk(text));
    }
    // Refusing a long input takes linear time (the pattern once backtracked exponentially on emoji).
    const started = Date.now();
    expect(new RegExp(summaryPattern).test('😀'.repeat(5000))).toBe(false);
    expect(new RegExp(titlePattern).test('😀'.repeat(5000))).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    const [datePattern, dateMessage] = fields.find((f) => f.name === 'date')!.pattern as [string, string];
    expect(dateMessage).toBe(ruleMessages.isoDate.ja);
    // The form checks the shape; impossible days such as 2025-02-30 are left to CI (same message).
    for (const date of ['2025-06-02', '2025-6-2', '2025/06/02', '2025-13-01']) {
      expect(new RegExp(datePattern).test(date), date).toBe(/^\d{4}-\d{2}-\d{2}$/u.test(date) && isValidIsoDate(date));
    }
  });

  it("files a new post under its own date's year as <date>-<short name>, in Japan's calendar", async () => {
    const posts = collections(config).find((c) => c.name === 'posts')!;
    expect(posts.folder).toBe('content/posts');
    expect(posts.extension).toBe('mdx');
    expect(posts.media_folder).toBe('');
    // Decap's own template engine, with the machine in Japan (TZ) as editors' PCs are.
    const previous = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
    try {
      // @ts-expect-error Decap ships no types for this module.
      const { compileStringTemplate } = (await import('decap-cms-lib-widgets/dist/esm/stringTemplate.js')) as {
        compileStringTemplate: (template: string, date: Date, identifier: string, data: unknown) => string;
      };
      const { Map } = await import('immutable');
      // What the page adds before saving (src/client/cmsEditor.ts preSave).
      const fields = { date: '2027-01-01', title: '新年のあいさつ' };
      const data = Map({ ...fields, ...newPostNaming({ ...fields, fileName: 'shinnen-aisatsu' }, new Date(), 'Asia/Tokyo') });
      // Decap passes the entry date it infers (local midnight of the date field),
      // and prepares the path template first (prepareSlug: lower case, no quotes, dots → dashes).
      const slug = compileStringTemplate(String(posts.slug), new Date(2027, 0, 1), '', data);
      const pathTemplate = String(posts.path).toLocaleLowerCase().replace(/'/gu, '').replace(/\./gu, '-');
      const file = compileStringTemplate(pathTemplate, new Date(2027, 0, 1), slug, data);
      expect(file).toBe('2027/2027-01-01-shinnen-aisatsu');
      expect(file).not.toMatch(/-post$/u);
    } finally {
      process.env.TZ = previous;
    }
  });

  it('uses the backend site.yaml names, with the editorial workflow where there are merge requests', () => {
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' });
    expect(config.publish_mode).toBeUndefined();
    const gitlab = buildCmsConfig(
      site({ backend: 'gitlab', repo: 'kikaku/mission-site', baseUrl: 'https://git.example.lg.jp', appId: 'abc' }),
      content,
    );
    expect(gitlab.backend).toMatchObject({
      name: 'gitlab',
      repo: 'kikaku/mission-site',
      auth_type: 'pkce',
      app_id: 'abc',
      base_url: 'https://git.example.lg.jp',
      api_root: 'https://git.example.lg.jp/api/v4',
    });
    expect(gitlab.publish_mode).toBe('editorial_workflow');
    const github = buildCmsConfig(
      site({ backend: 'github', repo: 'susono/site', baseUrl: 'https://github.example.lg.jp', editorialWorkflow: false }),
      content,
    );
    expect(github.backend).toMatchObject({ name: 'github', api_root: 'https://github.example.lg.jp/api/v3' });
    expect(github.publish_mode).toBeUndefined();
    expect(config.locale).toBe('ja');
  });

  it('refuses a git server backend without the keys it needs, in Japanese and English', () => {
    expect(() => site({ backend: 'gitlab' })).toThrow(/backend: gitlab には repo が必要です.*needs repo/su);
    expect(site({ enabled: false, backend: 'gitlab' }).editor.enabled).toBe(false);
  });
});

describe('the body field', () => {
  it("offers the site's own blocks only, and headings from 見出し2 (posts start at ##)", () => {
    for (const collection of collections(buildCmsConfig(site(), realContent()))) {
      for (const field of (collection.fields ?? collection.files![0]!.fields).filter((f) => f.widget === 'markdown')) {
        expect([...(field.editor_components as string[])].sort(), collection.name).toEqual([...AUTHOR_COMPONENTS].sort());
        expect(field.buttons, collection.name).not.toContain('heading-one');
        expect(field.buttons, collection.name).toContain('heading-two');
      }
    }
    const blocks = cmsBlocks({ principles: [], terms: [] }, localize(ja, TEST_WORDS)).map((block) => block.id).sort();
    expect(blocks).toEqual([...EDITOR_BLOCKS].sort());
  });
});

describe('block previews', () => {
  const blocks = cmsBlocks(
    {
      principles: [{ label: 'コスト意識の徹底', value: 'cost', order: 3 }],
      terms: [{ label: '業務の棚卸し', value: 'tanaoroshi' }],
    },
    localize(ja, TEST_WORDS),
  );
  const preview = (id: string, data: Record<string, string>, asset?: (path: string) => string) =>
    blocks.find((block) => block.id === id)!.toPreview!(data, asset);

  it('shows each block with the markup of its component, never as code', () => {
    expect(preview('PrincipleLink', { id: 'cost' })).toBe('<a class="principle-link">行動指針3「コスト意識の徹底」</a>');
    expect(preview('Term', { id: 'tanaoroshi', text: '' })).toMatch(
      /^<span class="term" data-term><a class="term__link" aria-describedby="(cms-term-tip-\d+)">業務の棚卸し<\/a><span class="term__tip" role="tooltip" id="\1"><strong>業務の棚卸し<\/strong><br><\/span><\/span>$/u,
    );
    expect(preview('Callout', { type: 'caution', title: '', body: 'a<b' })).toContain('<p class="callout__label"><span aria-hidden="true">⚠ </span>');
    expect(preview('Callout', { type: 'caution', title: '', body: 'a<b' })).toContain('a&lt;b');
    for (const block of blocks.filter((b) => b.id !== 'PostEmbed')) {
      expect(block.toPreview, block.id).toBeDefined();
    }
  });

  it('shows the photo itself in a Figure, with its alt text', () => {
    const html = preview('Figure', { image: '会議.jpg', alt: '会議の様子', caption: '説明会' }, (path) => `blob:${path}`);
    expect(html).toContain('<img src="blob:会議.jpg" alt="会議の様子">');
    expect(html).toContain('<figcaption>説明会</figcaption>');
  });
});

describe('cmsBlocks', () => {
  const words = { organization: '架空町役場', leader: '町長', principles: '行動指針', principleCount: 5, blog: '庁内ブログ', missionNote: '補足' };
  const blocks = cmsBlocks({ principles: [{ label: 'コスト意識の徹底', value: 'cost' }], terms: [] }, localize(ja, words));
  const block = (id: string) => blocks.find((b) => b.id === id)!;

  it('writes each block as the MDX the site renders and reads it back', () => {
    const samples: Record<string, Record<string, string>> = {
      Callout: { type: 'caution', title: '「注意」の見出し', body: '一行目\n\n二行目' },
      Figure: { image: 'chart.png', alt: '棒グラフ', caption: '図1 "推移"' },
      PrincipleLink: { id: 'cost' },
      Term: { id: 'sanso-bunri', text: '三層分離' },
      PostEmbed: { slug: 'gyomu-tanaoroshi' },
    };
    for (const [id, values] of Object.entries(samples)) {
      const mdx = block(id).toBlock(values);
      const match = mdx.match(block(id).pattern);
      expect(match, mdx).not.toBeNull();
      expect(block(id).fromBlock(match!), id).toMatchObject(values);
    }
    expect(block('Callout').toBlock({ type: 'point', body: '本文' })).toBe('<Callout type="point">\n\n本文\n\n</Callout>');
    // A Callout written without blank lines around its body is written back as it was.
    const tight = '<Callout type="caution" title="注意">\n- 一つ目\n- 二つ目\n</Callout>';
    expect(block('Callout').toBlock(block('Callout').fromBlock(tight.match(block('Callout').pattern)!))).toBe(tight);
  });

  it('requires alt text for a figure', () => {
    expect(block('Figure').fields.find((f) => f.name === 'alt')).toMatchObject({ required: true });
  });
});

describe('cmsEntryRoute', () => {
  it('opens each kind of content file in the editor', () => {
    expect(cmsEntryRoute('content/posts/2025/gyomu-tanaoroshi.mdx')).toBe('#/collections/posts/entries/2025/gyomu-tanaoroshi');
    expect(cmsEntryRoute('content/principles/cost.mdx')).toBe('#/collections/principles/entries/cost');
    expect(cmsEntryRoute('content/mission/index.mdx')).toBe('#/collections/mission/entries/index');
    expect(cmsEntryRoute('content/glossary.yaml')).toBeUndefined();
  });
});

describe('Term and PrincipleLink inside a sentence', () => {
  const choices = {
    principles: [{ label: 'コスト意識の徹底', value: 'cost', order: 3, href: '/mayor/principles/cost/' }],
    terms: [
      { label: '業務の棚卸し', value: 'tanaoroshi', href: '/mayor/glossary/#tanaoroshi', reading: 'ぎょうむのたなおろし', short: '仕事を洗い出すことです。' },
      // A term in kana alone needs no reading (src/rules/schemas.ts).
      { label: 'ミッション', value: 'mission', href: '/mayor/glossary/#mission', short: '組織が何のために仕事をするのかを示す言葉です。' },
    ],
  };
  const dictionary = localize(ja, TEST_WORDS);
  const references = cmsInlineReferences(choices, dictionary);
  const reference = (id: string) => references.find((candidate) => candidate.id === id)!;
  const read = (id: string, written: string) => {
    const match = reference(id).pattern.exec(written);
    expect(match?.[0], written).toBe(written);
    return reference(id).fromBlock(match!);
  };

  it('reads each form the site accepts and writes it back exactly as written', () => {
    const forms: Array<[string, string]> = [
      ['TermInline', '<Term id="tanaoroshi">棚卸し</Term>'],
      ['TermInline', '<Term id="tanaoroshi" />'],
      ['PrincipleLinkInline', '<PrincipleLink id="cost" />'],
      ['PrincipleLinkInline', '<PrincipleLink id="cost">この行動指針</PrincipleLink>'],
    ];
    for (const [id, written] of forms) expect(reference(id).toBlock(read(id, written))).toBe(written);
    // Other spellings stay text (never rewritten into one of the forms above).
    for (const other of ['<Term id="tanaoroshi"></Term>', '<Term id="tanaoroshi">{x}</Term>', '<PrincipleLink id="cost"/>', "<Term id='tanaoroshi'>a</Term>"]) {
      expect(references.some((candidate) => candidate.pattern.exec(other)?.[0] === other), other).toBe(false);
    }
  });

  it('shows in the preview what the page shows: the number and title linked to the principle, the word linked to the glossary with its tip', () => {
    expect(reference('PrincipleLinkInline').toPreview!({ id: 'cost' })).toBe('<a class="principle-link" href="/mayor/principles/cost/">行動指針3「コスト意識の徹底」</a>');
    expect(reference('PrincipleLinkInline').toPreview!({ id: 'cost', text: 'この<行動指針>' })).toBe('<a class="principle-link" href="/mayor/principles/cost/">この&lt;行動指針&gt;</a>');
    const term = reference('TermInline').toPreview!({ id: 'tanaoroshi' });
    expect(term).toContain('<a class="term__link" href="/mayor/glossary/#tanaoroshi" aria-describedby="cms-term-tip-');
    expect(term).toContain('>業務の棚卸し</a>');
    expect(term).toContain('<strong>業務の棚卸し</strong>（ぎょうむのたなおろし）<br>仕事を洗い出すことです。</span>');
    // A kana-only term has no reading to show: no empty brackets, as on the page (Term.astro).
    expect(reference('TermInline').toPreview!({ id: 'mission' })).toContain('<strong>ミッション</strong><br>組織が何のために');
    // Each tip has its own id: two words in one preview do not share a tooltip.
    expect(reference('TermInline').toPreview!({ id: 'tanaoroshi' }).match(/id="([^"]+)"/u)?.[1]).not.toBe(term.match(/id="([^"]+)"/u)?.[1]);
    // Nor does a Term on a line of its own (a block, drawn by cmsBlocks) share one with a Term inside a sentence.
    // As the editor makes them: the blocks and the in-sentence references, each once.
    const block = cmsBlocks(choices, dictionary).find((candidate) => candidate.id === 'Term')!;
    const inline = cmsInlineReferences(choices, dictionary).find((candidate) => candidate.id === 'TermInline')!;
    const tipIds = [block.toPreview!({ id: 'tanaoroshi', text: '' }), inline.toPreview!({ id: 'tanaoroshi' })].map((markup) => markup.match(/id="([^"]+)"/u)?.[1]);
    expect(new Set(tipIds).size).toBe(2);
  });

  it('shows an id the site does not know with the message the build and the save check give', () => {
    expect(reference('PrincipleLinkInline').toPreview!({ id: 'no-such' })).toContain(unknownPrincipleMessage('no-such', ['cost'], { cost: 'コスト意識の徹底' }).ja);
    expect(reference('TermInline').toPreview!({ id: 'no-such', text: '言葉' })).toContain('用語ID「no-such」は content/glossary.yaml にありません');
    expect(reference('TermInline').toPreview!({ id: 'no-such', text: '言葉' })).toMatch(/^<strong class="badge badge--warning">⚠ /u);
  });

  it('names the chip in the rich-text field by its kind and what the reader sees', () => {
    expect(reference('TermInline').chip({ id: 'tanaoroshi', text: '棚卸し' })).toEqual({ kind: '用語', text: '棚卸し', known: true });
    expect(reference('TermInline').chip({ id: 'tanaoroshi' })).toEqual({ kind: '用語', text: '業務の棚卸し', known: true });
    expect(reference('PrincipleLinkInline').chip({ id: 'cost' })).toEqual({ kind: '行動指針', text: '行動指針3「コスト意識の徹底」', known: true });
    expect(reference('PrincipleLinkInline').chip({ id: 'no-such' })).toEqual({ kind: '行動指針', text: 'no-such', known: false });
  });
});
