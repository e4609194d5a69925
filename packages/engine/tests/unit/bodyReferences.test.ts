import { describe, expect, it } from 'vitest';
import { checkBodyReferences, collectReferences } from '../../src/rules/bodyReferences.ts';

const context = {
  file: 'content/posts/2025/a.mdx',
  principleIds: ['real-problem', 'start-small'],
  postSlugs: ['first-post'],
  fileExists: (relative: string) => relative === './photo.png' || relative === './会議.jpg',
};
const check = (body: string, firstLine = 1) => checkBodyReferences(body, { ...context, firstLine });

describe('images beside the post', () => {
  it('accepts an image that exists and has alt text, including Japanese file names', () => {
    expect(check('![会議の様子](./photo.png)\n![写真](./%E4%BC%9A%E8%AD%B0.jpg)')).toEqual([]);
  });

  it('reports a missing file with the line in the file', () => {
    const [issue] = check('text\n\n![会議](./missing.jpg)', 6);
    expect(issue).toMatchObject({ file: context.file, field: '画像 image 8行目 / line 8' });
    expect(issue?.ja).toContain('「./missing.jpg」が見つかりません');
    expect(issue?.en).toContain('not found');
  });

  it('reports empty alt text', () => {
    const issues = check('![  ](./photo.png)');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.ja).toContain('代替テキストが空');
    expect(issues[0]?.en).toContain('no alt text');
  });

  it('refuses images on other servers (the intranet cannot reach them)', () => {
    expect(check('![地図](https://maps.example.com/a.png)')[0]?.en).toContain('another server');
  });

  it('ignores examples inside code blocks and inline code', () => {
    expect(check('```mdx\n![](./nope.png)\n<PrincipleLink id="nope" />\n```\n\n`![](./x.png)`')).toEqual([]);
  });
});

describe('author components', () => {
  it('accepts known ids', () => {
    expect(check('<PrincipleLink id="start-small" /> <PostEmbed slug="first-post" />')).toEqual([]);
  });

  it('reports an unknown principle id and lists the valid ones', () => {
    const [issue] = check('<PrincipleLink id="real-problm" />');
    expect(issue?.field).toBe('<PrincipleLink> 1行目 / line 1 id');
    expect(issue?.ja).toContain('real-problem, start-small');
    expect(issue?.en).toContain('unknown principle "real-problm"');
  });

  it('reports an unknown post slug', () => {
    expect(check("<PostEmbed slug='nope' />")[0]?.en).toContain('no post named "nope"');
  });

  it('reports a misspelt component name', () => {
    expect(check('<Calout>text</Calout>')[0]?.ja).toContain('部品「Calout」はありません');
  });

  it('refuses import lines, even for a component (posts never run code)', () => {
    const issues = check("import Chart from './Chart.astro';\n\n<Chart />", 5);
    expect(issues.map((issue) => issue.field)).toEqual(['import / export 5行目 / line 5', '<Chart> 7行目 / line 7']);
    expect(issues[0]?.ja).toContain('import や export は書けません');
    expect(issues[0]?.en).toContain('never run code');
  });

  it('checks Callout types (Japanese names accepted) and Figure captions', () => {
    expect(check('<Callout type="注意">x</Callout><Callout type="point">y</Callout>')).toEqual([]);
    expect(check('<Callout type="warning">x</Callout>')[0]?.field).toContain('type');
    expect(check('<Figure>\n\n![a](./photo.png)\n\n</Figure>')[0]?.field).toContain('caption');
  });

  it('reads attributes in quotes, smart quotes included; refuses attributes in braces', () => {
    const { components } = collectReferences('<PostEmbed slug="first-post" />\n<Figure caption=“a > b”>x</Figure>');
    expect(components.map((c) => c.attributes)).toEqual([{ slug: 'first-post' }, { caption: 'a > b' }]);
    expect(check('<PostEmbed slug={"first-post"} />')[0]?.field).toBe('<PostEmbed> slug 1行目 / line 1');
  });

  it('checks <Term> ids against the glossary, by line', () => {
    const terms = [{ id: 'kofukin', term: '交付金' }];
    const issues = checkBodyReferences('<Term id="kofukin">交付金</Term>\n<Term id="nai">ない</Term>', { ...context, terms });
    expect(issues.map((issue) => issue.field)).toEqual(['<Term> 2行目 / line 2 id']);
    expect(issues[0]?.ja).toContain('用語ID「nai」は content/glossary.yaml にありません');
    expect(issues[0]?.en).toContain('kofukin（交付金）');
    // Without a readable glossary (its own error is reported), no cascade of unknown ids.
    expect(checkBodyReferences('<Term id="nai">x</Term>', { ...context, terms: undefined })).toEqual([]);
  });
});

describe('what editors type in running text', () => {
  it('takes < and { in running text literally', () => {
    expect(check('10人<20人、{月曜}、<二十人>、x < y、{ 1 + 2 }')).toEqual([]);
  });

  it('refuses code: import/export, {expressions}, script elements, on… handlers', () => {
    const fields = (body: string) => check(body).map((issue) => issue.field);
    expect(fields("import fs from 'node:fs'\n\n{fs.readFileSync('/etc/hostname')}")).toEqual([
      'import / export 1行目 / line 1',
      '{ } 3行目 / line 3',
    ]);
    expect(fields('ホーム: {process.env.HOME}')).toEqual(['{ } 1行目 / line 1']);
    expect(fields('export const a = 1')).toEqual(['import / export 1行目 / line 1']);
    expect(fields("<script>alert('x')</script>")).toEqual(['<script> 1行目 / line 1']);
    expect(fields('<a href="#" onclick="alert(1)">x</a>')).toEqual(['<a> onclick 1行目 / line 1']);
    expect(fields('<a href="javascript:alert(1)">x</a>')).toEqual(['<a> href 1行目 / line 1']);
    expect(check('{process.env.HOME}')[0]?.ja).toContain('プログラムとして実行される');
  });

  it('names the line of an unclosed component in both languages', () => {
    const [issue] = check('本文\n\n<Callout type="注意">\n\n締め切り', 6);
    expect(issue?.field).toBe('<Callout> 8行目 / line 8');
    expect(issue?.ja).toContain('</Callout> を書く');
    expect(issue?.en).toContain('is not closed');
  });

  it('refuses thousands of nesting levels before the compiler sees them, and very long bodies', () => {
    for (const body of ['>'.repeat(5000) + ' x', Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'), '<div>'.repeat(300) + 'x']) {
      const issues = check(body);
      expect(issues).toHaveLength(1);
      expect(issues[0]?.ja).toContain('入れ子が深すぎます');
    }
    expect(check('>'.repeat(20) + ' 引用')).toEqual([]);
    expect(check('あ'.repeat(1_000_001))[0]?.en).toContain('too long');
  });
});
