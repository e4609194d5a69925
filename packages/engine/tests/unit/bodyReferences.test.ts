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

describe('the line of each body problem, as a number', () => {
  // The editor places its message by this number (「本文の3段落目」); it must be the line the field names.
  it('carries the file line of every kind of body problem', () => {
    const body = ['段落', '', '![](./photo.png)', '', '<Nope />', '', '<PrincipleLink id="nope" />', '', 'a {process.env.HOME} b', '', '![x](./missing.png)'].join('\n');
    const issues = check(body, 4);
    expect(issues.length).toBeGreaterThanOrEqual(5);
    for (const issue of issues) {
      expect(issue.line, issue.code).toBeTypeOf('number');
      expect(issue.field, issue.code).toContain(`${issue.line}行目`);
    }
    expect(issues.map((issue) => issue.line).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([6, 8, 10, 12, 14]);
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

describe('every on… handler and code URL, in .mdx and .md alike (read as a browser reads them)', () => {
  const HANDLERS = ['onclick', 'onerror', 'onload', 'onmouseover', 'onfocus', 'onpointerenter', 'onanimationstart', 'ontoggle', 'onbeforeprint', 'onClick', 'ONLOAD', 'OnError'];
  const md = (body: string) => checkBodyReferences(body, { ...context, file: 'content/posts/2025/a.md' });
  const fieldsOf = (issues: ReturnType<typeof check>) => issues.map((issue) => issue.field);

  it('refuses each handler on a component, an HTML element in .mdx, and raw HTML in .md', () => {
    for (const handler of HANDLERS) {
      expect(fieldsOf(check(`<Callout type="注意" ${handler}="alert(1)">x</Callout>`)), handler).toEqual([`<Callout> ${handler} 1行目 / line 1`]);
      expect(fieldsOf(check(`本文\n\n<img src="./photo.png" alt="" ${handler}="alert(1)" />`)), handler).toEqual([`<img> ${handler} 3行目 / line 3`]);
      expect(fieldsOf(md(`本文\n\n<img src="./photo.png" alt="" ${handler}="alert(1)">`)), handler).toEqual([`<img> ${handler.toLowerCase()} 3行目 / line 3`]);
      expect(fieldsOf(md(`本文 <b ${handler}=alert(1)>太字</b>`)), handler).toEqual([`<b> ${handler.toLowerCase()} 1行目 / line 1`]);
    }
    // An attribute on the next line of the tag; a slash that Markdown leaves as text stays text.
    expect(fieldsOf(md('<div\n  onclick="alert(1)">x</div>'))).toEqual(['<div> onclick 1行目 / line 1']);
    expect(md('<img/src="x"/onerror=alert(1)>')).toEqual([]);
    // Words beginning "on" in text are text.
    expect(md('online と onboarding の話。once=1')).toEqual([]);
    expect(check('<Callout type="注意">online, onboarding</Callout>')).toEqual([]);
  });

  it('reads a URL as the WHATWG URL parser does: control characters, spaces, tabs and case do not hide javascript:', () => {
    for (const url of ['javascript:alert(1)', '\u0001javascript:alert(1)', ' \u0002JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'vbscript:x', '\u001fdata:text/html,<script>alert(1)</script>']) {
      const href = url.replace(/\n/gu, '&#10;');
      expect(fieldsOf(md(`<a href="${href}">x</a>`)), JSON.stringify(url)).toEqual(['<a> href 1行目 / line 1']);
    }
    expect(fieldsOf(check('<a href="\u0001javascript:alert(1)">x</a>'))).toEqual(['<a> href 1行目 / line 1']);
    expect(fieldsOf(check('<PostEmbed slug="first-post" href=" javascript:alert(1)" />'))).toEqual(['<PostEmbed> href 1行目 / line 1']);
    // Ordinary links and text mentioning javascript are fine.
    expect(md('<a href="https://example.jp/javascript:tips">JavaScript: 入門</a>')).toEqual([]);
    expect(md('<a href="/posts/a/">記事</a> <img src="./photo.png" alt="写真">')).toEqual([]);
  });

  it('reads SVG inside a body too: a diagram is fine, a handler or javascript: in it is not', () => {
    expect(md('<svg viewBox="0 0 10 10" role="img" aria-label="図"><rect width="10" height="10" fill="#036"/></svg>')).toEqual([]);
    expect(fieldsOf(md('<svg><a href="\u0001javascript:alert(1)"><text>x</text></a></svg>'))).toEqual(['<a> href 1行目 / line 1']);
    expect(fieldsOf(md('<svg><a href="/"><set attributeName="href" to="javascript:alert(1)"/></a></svg>'))).toEqual(['<set> to 1行目 / line 1']);
    expect(fieldsOf(check('<svg onload="alert(1)" />'))).toEqual(['<svg> onload 1行目 / line 1']);
  });

  it('looks at every tag of a .md HTML block, not just the first, with the line of each', () => {
    expect(fieldsOf(md('<div>\n<p>説明</p>\n<script src="data:text/javascript,alert(1)"></script>\n</div>'))).toEqual(['<script> 3行目 / line 3', '<script> src 3行目 / line 3']);
    expect(fieldsOf(md('<p>a</p><iframe src="/x/"></iframe>'))).toEqual(['<iframe> 1行目 / line 1']);
    expect(fieldsOf(md('<div>\n<img src="./photo.png" alt="" onerror="alert(1)">\n</div>'))).toEqual(['<img> onerror 2行目 / line 2']);
  });

  it('reads the raw HTML pieces of a .md body together, as the browser reads the page', () => {
    // The first block leaves a tag open; the next piece's tag hides in its attribute when read alone.
    const issues = fieldsOf(md('<div title="\n\n<p title="><script>alert(1)</script>">x</p>'));
    expect(issues).toContain('<script> 3行目 / line 3');
  });

  it('measures nesting as parsed: thousands of components opened and closed on one line are refused', () => {
    for (const body of ['<Callout>'.repeat(5000) + 'x' + '</Callout>'.repeat(5000), 'x ' + '<b>'.repeat(5000) + 'y' + '</b>'.repeat(5000)]) {
      expect(fieldsOf(check(body))).toEqual(['本文 body 1行目 / line 1']);
      expect(fieldsOf(md(body))).toEqual(['本文 body 1行目 / line 1']);
    }
    expect(fieldsOf(md('>'.repeat(3000) + ' 引用'))).toEqual(['本文 body 1行目 / line 1']);
    // In .md, HTML nesting is measured on the HTML parser's tree: unclosed <p> and <li> close themselves.
    expect(fieldsOf(md('本文\n\n' + '<div>'.repeat(150) + 'x' + '</div>'.repeat(150)))).toEqual(['本文 body 3行目 / line 3']);
    expect(md(Array.from({ length: 300 }, (_, i) => `<p>段落${i}`).join('\n\n'))).toEqual([]);
    expect(md(Array.from({ length: 300 }, (_, i) => `${i}<${i + 1} かつ x<y の比較`).join('\n\n'))).toEqual([]);
    // Very deep HTML is read without recursion (a recursive walk could overflow the stack): one message.
    expect(fieldsOf(md('<div>'.repeat(20_000)))).toEqual(['本文 body 1行目 / line 1']);
    // Void elements open no level: many line breaks are fine.
    expect(md(Array.from({ length: 300 }, () => '一行<br>').join('\n'))).toEqual([]);
    expect(check(Array.from({ length: 300 }, () => '一行<br />').join('\n'))).toEqual([]);
    expect(check('<Callout type="注意">'.repeat(20) + 'x' + '</Callout>'.repeat(20))).toEqual([]);
  });
});
