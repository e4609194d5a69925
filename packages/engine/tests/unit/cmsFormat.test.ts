/**
 * The browser editor's file format (src/site/cmsFormat.ts): opening and saving
 * a post without edits leaves it byte for byte as it was, for every post,
 * page and chapter of the default content and the fixtures; an edit changes
 * only its own lines, keeping order and comments.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/files/listFiles.ts';
import { contentDir } from '../../src/files/projectPaths.ts';
import { fromFile, literalText, toFile } from '../../src/site/cmsFormat.ts';
import { checkEntry } from '../../src/rules/checkEntry.ts';
import { postSchema } from '../../src/rules/schemas.ts';
import { AUTHOR_COMPONENTS } from '../../src/rules/bodyReferences.ts';

const roots = [contentDir(), path.resolve('tests/fixtures')];
const files = roots.flatMap((root) =>
  listFiles(root)
    .filter((file) => /\.mdx?$/u.test(file) && !/README\.md$/u.test(file))
    .map((file) => path.join(root, file)),
);

/** What Decap hands back when nothing was touched: the same data (its form never sees __source). */
const reopen = (text: string) => toFile(fromFile(text));

const sample = `---
# 市長のあいさつ（下書きから公開へ）
title: "経営会議で部署の壁を越える"
date: 2025-04-01 # 年度の初日
summary: 部署をまたいで話し合いました。
tags: [経営, 会議]
principles:
- real-problem
- cost
author: mayor
---

本文の一段落目です。

<Callout type="注意" title="大切">
- 一つ目
- 二つ目
</Callout>
`;

describe('the editor keeps files as written', () => {
  it('finds the files it must keep', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [path.relative(process.cwd(), file), file]))('%s: open + save without edits is byte-identical', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(reopen(text)).toBe(text);
  });

  it('a changed field replaces its own line only; comments, quotes and order stay', () => {
    const data = fromFile(sample);
    const out = toFile({ ...data, summary: '部署をまたいで、よく話し合いました。' });
    const changed = out.split('\n').filter((line, i) => line !== sample.split('\n')[i]);
    expect(changed).toEqual(['summary: 部署をまたいで、よく話し合いました。']);
    expect(out).toContain('# 市長のあいさつ（下書きから公開へ）');
    expect(out).toContain('date: 2025-04-01 # 年度の初日');
  });

  it('a changed list and date keep the comment beside them and the body as written', () => {
    const out = toFile({ ...fromFile(sample), date: '2025-04-02', principles: ['cost'] });
    expect(out).toContain('date: 2025-04-02 # 年度の初日');
    expect(out).toContain('principles:\n  - cost\nauthor: mayor');
    expect(out.split('---\n').slice(2).join('---\n')).toBe(sample.split('---\n').slice(2).join('---\n'));
  });

  it('an optional field left empty is removed (author takes the default), a new one is added', () => {
    const out = toFile({ ...fromFile(sample), author: '', updated: '2025-05-01', draft: false });
    expect(out).not.toContain('author:');
    expect(out).toContain('updated: 2025-05-01');
    expect(out).not.toContain('draft:');
  });

  it('a new post is written in the form order, without empty fields or form-only helpers', () => {
    const out = toFile(
      { title: '初めての記事', date: '2027-01-01', summary: '概要です。', tags: [], principles: ['cost'], author: '', draft: false, fileName: 'hajime', body: '本文です。\n' },
      ['title', 'date', 'summary', 'tags', 'principles', 'author', 'draft', 'body'],
    );
    expect(out).toBe('---\ntitle: 初めての記事\ndate: 2027-01-01\nsummary: 概要です。\nprinciples:\n  - cost\n---\n\n本文です。\n');
  });

  it('dates and numbers-looking text stay text', () => {
    expect(fromFile('---\ndate: 2025-04-01\ntitle: "2025"\n---\n').date).toBe('2025-04-01');
  });

  it('writes text that merely looks like code so that the build accepts it and shows it as typed', () => {
    const typed = [
      '10人<20人、a<b、{process.env.HOME} と ｛全角｝',
      '改行は <br> で、<script>alert(1)</script> は書いただけ',
      'import の話: 輸入のことです',
      'import x from "y"',
      '<PrincipleLink id="cost" />',
      '`<br>` はコードです',
    ].join('\n\n');
    const text = toFile({ title: '記号の記事', date: '2026-12-05', summary: '記号を書いた記事です。', body: typed }, ['title', 'date', 'summary']);
    const result = checkEntry(text, postSchema('mayor'), {
      file: 'content/posts/2026/2026-12-05-kigou.mdx',
      principleIds: ['cost'],
      postSlugs: [],
      fileExists: () => true,
    });
    expect(result.issues).toEqual([]);
    // The site's own component and code stay as they are.
    expect(text).toContain('<PrincipleLink id="cost" />');
    expect(text).toContain('`<br>` はコードです');
    expect(literalText('<Callout type="point">\n\n本文\n\n</Callout>')).toBe('<Callout type="point">\n\n本文\n\n</Callout>');
  });

  it('an edited body keeps the lines the file had as written (raw MDX opened as source); only new lines are made literal', () => {
    const text = '---\ntitle: 表のある記事\n---\n\n<div class="note">生の HTML</div>\n\n| 項目 | 値 |\n| - | - |\n| {人数} | 3 |\n\n一文目です。\n';
    const data = fromFile(text);
    const out = toFile({ ...data, body: String(data.body).replace('一文目です。', '一文目を直しました。<br>') });
    const changed = out.split('\n').filter((line, index) => line !== text.split('\n')[index]);
    expect(changed).toEqual(['一文目を直しました。\\<br>']);
  });

  it('an edited body ends as the file did: a blank line at the end stays', () => {
    const text = '---\ntitle: 末尾に空行\n---\n\n一文目です。\n\n';
    const data = fromFile(text);
    expect(toFile({ ...data, body: '一文目を直しました。' })).toBe('---\ntitle: 末尾に空行\n---\n\n一文目を直しました。\n\n');
  });

  it('keeps a misspelt component as a tag, for the pre-save check to refuse by name; capitals only stay text', () => {
    expect(literalText('<Calout type="注意" />')).toBe('<Calout type="注意" />');
    expect(literalText('<Callout title={process.env.HOME} />')).toBe('<Callout title={process.env.HOME} />');
    expect(literalText('<NHK>で放送、<PDF/>を配布')).toBe('\\<NHK>で放送、\\<PDF/>を配布');
  });

  it('knows every component a body may hold', () => {
    for (const name of AUTHOR_COMPONENTS) expect(literalText(`<${name} />`), name).toBe(`<${name} />`);
  });
});
