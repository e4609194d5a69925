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
    expect(issue?.en).toContain('unknown principle id "real-problm"');
  });

  it('reports an unknown post slug', () => {
    expect(check("<PostEmbed slug='nope' />")[0]?.en).toContain('no post named "nope"');
  });

  it('reports a misspelt component name', () => {
    expect(check('<Calout>text</Calout>')[0]?.ja).toContain('部品「Calout」はありません');
  });

  it('allows components brought in with an import line', () => {
    expect(check("import Chart from './Chart.astro';\n\n<Chart />")).toEqual([]);
  });

  it('checks Callout types (Japanese names accepted) and Figure captions', () => {
    expect(check('<Callout type="注意">x</Callout><Callout type="point">y</Callout>')).toEqual([]);
    expect(check('<Callout type="warning">x</Callout>')[0]?.field).toContain('type');
    expect(check('<Figure>\n\n![a](./photo.png)\n\n</Figure>')[0]?.field).toContain('caption');
  });

  it('reads attributes in quotes and braces', () => {
    const { components } = collectReferences('<PostEmbed slug={"first-post"} />\n<Figure caption="a > b">');
    expect(components.map((c) => c.attributes)).toEqual([{ slug: 'first-post' }, { caption: 'a > b' }]);
  });
});
