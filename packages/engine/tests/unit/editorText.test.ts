/** Encodings and YAML typing habits, read by the rules every checker shares. */
import { describe, expect, it } from 'vitest';
import { checkBodyReferences } from '../../src/rules/bodyReferences.ts';
import { decodeContentFile } from '../../src/rules/sourceText.ts';
import { parseYaml } from '../../src/rules/yamlText.ts';

describe('content files that are not UTF-8', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode('本文');
    expect(decodeContentFile(bytes, 'a.mdx')).toEqual({ ok: true, text: '本文' });
    expect(decodeContentFile(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), 'a.mdx')).toEqual({ ok: true, text: '本文' });
  });

  it('names the file and the likely encoding: Shift_JIS, EUC-JP, UTF-16', () => {
    const guess = (bytes: number[]) => {
      const result = decodeContentFile(new Uint8Array(bytes), 'content/posts/a.mdx');
      return result.ok ? 'ok' : `${result.issue.file} ${result.issue.field} ${result.issue.en}`;
    };
    expect(guess([0x83, 0x65, 0x83, 0x58, 0x83, 0x67])).toContain('Shift_JIS'); // テスト
    expect(guess([0xa5, 0xc6, 0xa5, 0xb9, 0xa5, 0xc8])).toMatch(/EUC-JP|Shift_JIS/u);
    expect(guess([0xff, 0xfe, 0x46, 0x30])).toBe('content/posts/a.mdx (文字コード / encoding) this file is not saved as UTF-8 (it looks like UTF-16): save it again choosing the UTF-8 encoding ("Save as" in Notepad, "Save with Encoding" in VS Code)');
  });
});

describe('YAML as editors type it', () => {
  it('reports a syntax error on its real line, never line 0', () => {
    const result = parseYaml('terms:\n  - id: a\n    term: "閉じていない\n', 'content/glossary.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.field).toMatch(/^\((?:[1-9]\d*)行目 \/ line [1-9]\d*\)$/u);
  });

  it('names a full-width colon, a missing space and a full-width indent by key and line', () => {
    const fields = (text: string) => {
      const result = parseYaml(text, 'f.yaml', { lineOffset: 1, what: 'frontmatter' });
      return result.ok ? [] : result.issues.map((issue) => issue.field);
    };
    expect(fields('title: a\nsummary：b')).toEqual(['summary 3行目 / line 3']);
    expect(fields('title:a')).toEqual(['title 2行目 / line 2']);
    expect(fields('tags:\n\u3000- a')).toEqual(['(YAML) 3行目 / line 3']);
    // A URL's colon is no mistake.
    expect(fields('editUrl: https://example.jp/')).toEqual([]);
  });

  it('finds a full-width colon after any key: with spaces before it, indented, in a list item, at any depth', () => {
    const colonFields = (text: string) => {
      const result = parseYaml(text, 'content/glossary.yaml');
      return result.ok ? [] : result.issues.filter((issue) => issue.en.includes('full-width (：)')).map((issue) => issue.field);
    };
    expect(colonFields('summary：b')).toEqual(['summary 1行目 / line 1']);
    expect(colonFields('summary ：b')).toEqual(['summary 1行目 / line 1']);
    expect(colonFields('summary\u3000：b')).toEqual(['summary 1行目 / line 1']);
    expect(colonFields('summary  ： b')).toEqual(['summary 1行目 / line 1']);
    expect(colonFields('terms:\n  - id：kofukin')).toEqual(['id 2行目 / line 2']);
    expect(colonFields('terms:\n  - id: kofukin\n    term ：交付金')).toEqual(['term 3行目 / line 3']);
    expect(colonFields('a:\n  b:\n    c:\n      deep_key：x')).toEqual(['deep_key 4行目 / line 4']);
    expect(colonFields('editor:\n  branch-name：main')).toEqual(['branch-name 2行目 / line 2']);
    // In a value, a full-width colon is just text.
    expect(colonFields('title: 会議：午後の部\nsummary: "時間：10時"')).toEqual([]);
    expect(parseYaml('title: 会議：午後の部', 'f.yaml').ok).toBe(true);
  });
});

describe('YAML aliases (*name)', () => {
  it('refuses an alias bomb in frontmatter with the file and line, and accepts a few aliases', () => {
    const bomb = ['title: x', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]'].join('\n');
    const result = parseYaml(bomb, 'content/posts/2025/bomb.mdx', { lineOffset: 1, what: 'frontmatter' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({ file: 'content/posts/2025/bomb.mdx', field: '(YAML 4行目 / line 4)' });
      expect(result.issues[0]?.en).toContain('18 aliases (*name) found, at most 10');
    }
    expect(parseYaml('a: &a 1\nb: *a\nc: *a', 'f.yaml')).toEqual({ ok: true, data: { a: 1, b: 1, c: 1 } });
  });
});

describe('plain Markdown files (.md)', () => {
  it('refuse script elements and on… handlers too', () => {
    const context = { file: 'content/mission/versions/v1.md', principleIds: [], postSlugs: [], fileExists: () => true };
    expect(checkBodyReferences('本文\n\n<script>alert(1)</script>\n', context).map((issue) => issue.field)).toEqual(['<script> 3行目 / line 3']);
    expect(checkBodyReferences('10人<20人 {月曜}\n', context)).toEqual([]);
  });
});
