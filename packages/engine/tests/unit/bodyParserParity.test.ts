/**
 * The guarantee "same rules, same verdict": the body rules (src/rules/bodyRules.ts)
 * give the same problems (code and line), components and images whether the
 * tree comes from satteri (the build, check:content) or from the JavaScript
 * parser the browser editor loads (src/rules/jsMdxParser.ts). Inputs: every
 * body of every content file of the fixtures (their site/ is a frozen copy of
 * the default content; SITE_DIR adds a town's own), every
 * string of the body-rule unit tests, and a seeded generator of nasty bodies.
 * The figures printed here are the ones docs/cms.md quotes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { checkBodyWith, collectReferencesWith, bodyFormat, type BodyParser } from '../../src/rules/bodyRules.ts';
import { satteriParser } from '../../src/rules/bodyReferences.ts';
import { jsMdxParser } from '../../src/rules/jsMdxParser.ts';
import { bodyOf } from '../../src/rules/validateEntry.ts';
import { DEFAULT_CONTENT, FIXTURES } from '../support/paths.ts';

const context = {
  principleIds: ['cost', 'real-problem'],
  principleTitles: { cost: 'コスト意識の徹底', 'real-problem': '本質的な課題の特定' },
  postSlugs: ['first-post'],
  terms: [{ id: 'kpi', term: 'KPI' }],
  fileExists: (relative: string) => !relative.includes('missing'),
};

/** What the rules make of a body with one parser: problems by code and line, components, images. */
function verdict(parser: BodyParser, body: string, file: string) {
  const issues = checkBodyWith(parser, body, { ...context, file }).map((issue) => `${issue.code} ${issue.field}`);
  const { components, images } = collectReferencesWith(parser, body, bodyFormat(file));
  return {
    issues: issues.sort(),
    components: components.map((component) => `${component.line} ${component.name} ${JSON.stringify(component.attributes)}`),
    images: images.map((image) => `${image.line} ${image.url} ${image.alt}`),
  };
}

interface Tally {
  agree: number;
  total: number;
  /** Bodies the JavaScript parser refuses and satteri accepts: what the editor may only warn about. */
  onlyJs: string[];
  /** Bodies satteri refuses and the JavaScript parser accepts: saves the build would refuse. */
  onlySatteri: string[];
  /** Both refuse or both accept, but with other problems, components or images. */
  other: string[];
}
const tally = (): Tally => ({ agree: 0, total: 0, onlyJs: [], onlySatteri: [], other: [] });

function compare(body: string, file: string, into: Tally) {
  const build = verdict(satteriParser, body, file);
  const editor = verdict(jsMdxParser, body, file);
  into.total += 1;
  if (JSON.stringify(build) === JSON.stringify(editor)) {
    into.agree += 1;
    return;
  }
  const sample = `${JSON.stringify(body.slice(0, 300))}\n  build:  ${JSON.stringify(build)}\n  editor: ${JSON.stringify(editor)}`;
  if (build.issues.length === 0 && editor.issues.length > 0) into.onlyJs.push(sample);
  else if (editor.issues.length === 0 && build.issues.length > 0) into.onlySatteri.push(sample);
  else into.other.push(sample);
}

function contentFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/u.test(entry.name) && !entry.parentPath.includes('node_modules') && !entry.parentPath.includes('/dist'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every string literal of a test file: the bodies its cases check. */
function stringsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const report = (name: string, result: Tally) => {
  console.log(
    `[parity] ${name}: ${result.agree}/${result.total} agree; only the JS parser refuses: ${result.onlyJs.length}; only satteri refuses: ${result.onlySatteri.length}; other differences: ${result.other.length}`,
  );
};

const expectSameVerdicts = (result: Tally) => {
  // What the build refuses, the editor refuses too (never a save the build would refuse)…
  expect(result.onlySatteri, result.onlySatteri.join('\n')).toEqual([]);
  // …and where both refuse, they say the same thing at the same line.
  expect(result.other, result.other.join('\n')).toEqual([]);
};

describe('the JavaScript parser gives the build parser’s verdict', () => {
  it('on every body of the fixtures (the fixture site is a frozen copy of the default content) and of SITE_DIR’s site', () => {
    const files = [...new Set([...contentFiles(FIXTURES), ...contentFiles(DEFAULT_CONTENT)])];
    expect(files.length).toBeGreaterThan(50);
    const result = tally();
    for (const file of files) compare(bodyOf(readFileSync(file, 'utf8')).body, file, result);
    report('content files', result);
    expectSameVerdicts(result);
    expect(result.onlyJs).toEqual([]);
  });

  it('on every body the body-rule unit tests check, as .mdx and as .md', () => {
    const tests = ['bodyReferences', 'contentCheck', 'editorText', 'cmsCheck', 'plainMarkdown'].map((name) => path.join(import.meta.dirname, `${name}.test.ts`));
    const bodies = [...new Set(tests.flatMap(stringsOf))];
    expect(bodies.length).toBeGreaterThan(100);
    const result = tally();
    for (const body of bodies) {
      compare(body, 'content/posts/2025/a.mdx', result);
      compare(body, 'content/handbook/a.md', result);
    }
    report('unit-test bodies', result);
    expectSameVerdicts(result);
    expect(result.onlyJs).toEqual([]);
  });

  it('on what satteri reads by default: GFM, footnotes, a frontmatter-like block at the top', () => {
    const bodies = [
      '---\ntitle: x\n---\n\n<Foo />\n',
      '---\ntitle: {process.env.HOME} <Foo>\n---\n\n本文\n',
      '+++\ntitle = "x"\n+++\n\n<b>太字</b>\n',
      '| 窓口 | 件数 |\n|---|--:|\n| <b>市民課</b> | {人数} |\n',
      '本文[^1]と <Term id="kpi">KPI</Term>。\n\n[^1]: 注 <PrincipleLink id="cost" />\n',
      '- [ ] 未着手 <Foo />\n- [x] 済み ~~取り消し~~ https://example.jp/。\n',
      '$x$ と $$y$$ と <https://example.jp/a>\n',
    ];
    const result = tally();
    for (const body of bodies) {
      compare(body, 'content/posts/2025/a.mdx', result);
      compare(body, 'content/handbook/a.md', result);
    }
    report('Markdown extensions', result);
    expect(result.agree, [...result.onlyJs, ...result.onlySatteri, ...result.other].join('\n')).toBe(result.total);
  });

  it('on generated nasty bodies (seeded)', () => {
    const piece = fc.oneof(
      fc.constantFrom('<', '>', '{', '}', '/', '｛', '｝', '<!-- ', ' -->', '\n', '\n\n', '  ', '    ', '\t', '- ', '1. ', '> ', '```\n', '`', '![', '](', ')', '"', "'", '=', '\\', '---\n', '+++\n', 'title: x\n', '| a | b |\n|---|---|\n', '[^1]\n\n[^1]: 注\n'),
      fc.constantFrom('<Callout type="注意" title="大切">', '</Callout>', '<Callout>', '<PrincipleLink id="cost" />', '<PrincipleLink id={x} />', '<Term id="kpi">KPI</Term>', '<Foo />', '<foo>', '</foo>', '<b>', '</b>', '<br>', '<script>', '</script>', '<a href="x" onclick="y">', '<iframe src="x">', '<Figure caption="図">', '</Figure>', '<Callout title="{a}" type=\'ポイント\'>'),
      fc.constantFrom('import a from "b"\n', 'export const x = 1\n', '{process.env.HOME}', '{月曜}', '{a b}', 'a<b', '10人<20人', '![写真](photo.png)', '![](x.png)', '![地図](https://example.com/a.png)', '<https://example.jp/>'),
      fc.constantFrom('本文です。', '会議の進め方', 'text', 'abc', '第3段落', '一', ' '),
    );
    const body = fc.array(piece, { minLength: 1, maxLength: 30 }).map((pieces) => pieces.join(''));
    const result = tally();
    fc.assert(
      fc.property(body, fc.constantFrom('content/posts/2025/a.mdx', 'content/handbook/a.md'), (text, file) => {
        compare(text, file, result);
      }),
      { seed: 20261205, numRuns: Number(process.env.PARITY_RUNS ?? 3000) },
    );
    report('generated bodies', result);
    if (process.env.PARITY_SHOW) console.log(result.other.slice(0, Number(process.env.PARITY_SHOW)).join('\n'));
    // Never one parser refusing what the other accepts: the editor refuses exactly what the build refuses.
    expect(result.onlySatteri, result.onlySatteri.join('\n')).toEqual([]);
    expect(result.onlyJs, result.onlyJs.join('\n')).toEqual([]);
    // Both refuse, but a body with several mistakes may be stopped at another one first (each parser
    // stops at its first): the editor names one the build also refuses. Measured with this seed (docs/cms.md):
    // a ceiling, so a change in how the JavaScript parser is set up that moves it away from satteri fails.
    expect(result.other.length).toBeLessThanOrEqual(Number(process.env.PARITY_RUNS ?? 3000) === 3000 ? 136 : result.total);
  });
});
