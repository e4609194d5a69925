import { describe, expect, it } from 'vitest';
import { parseFrontmatter, type FrontmatterResult } from '../../src/rules/frontmatter.ts';

const FILE = 'content/posts/2025/a.mdx';

function dataOf(result: FrontmatterResult): Record<string, unknown> {
  if (!result.ok) throw new Error(`expected valid frontmatter, got ${JSON.stringify(result.issues)}`);
  return result.data;
}

function issueOf(result: FrontmatterResult) {
  if (result.ok) throw new Error('expected a frontmatter error');
  return result.issues[0]!;
}

describe('parseFrontmatter', () => {
  it('reads fields between the --- lines', () => {
    const data = dataOf(parseFrontmatter('---\ntitle: 業務の棚卸し\ntags: [DX, 働き方]\ndraft: true\n---\n本文', FILE));
    expect(data).toEqual({ title: '業務の棚卸し', tags: ['DX', '働き方'], draft: true });
  });

  it('keeps unquoted dates as text (YAML 1.2), so 2025-02-30 is not silently rolled over', () => {
    const data = dataOf(parseFrontmatter('---\ndate: 2025-02-30\nupdated: 2025-06-02\n---\n', FILE));
    expect(data.date).toBe('2025-02-30');
    expect(data.updated).toBe('2025-06-02');
  });

  it('does not read yes/no as booleans (YAML 1.2)', () => {
    expect(dataOf(parseFrontmatter('---\ndraft: yes\n---\n', FILE)).draft).toBe('yes');
  });

  it('accepts Windows line endings and a byte order mark', () => {
    expect(dataOf(parseFrontmatter('\uFEFF---\r\ntitle: a\r\n---\r\nbody', FILE))).toEqual({ title: 'a' });
  });

  it('gives empty data when there is no frontmatter', () => {
    expect(dataOf(parseFrontmatter('# 本文だけ', FILE))).toEqual({});
    expect(dataOf(parseFrontmatter('---\n\n---\n', FILE))).toEqual({});
  });

  it('reports a YAML syntax error with the file and its line in the file', () => {
    const source = ['---', 'title: a', 'date: 2025-06-02', 'summary: "閉じ忘れ', '---', '本文'].join('\n');
    const issue = issueOf(parseFrontmatter(source, FILE));
    expect(issue.file).toBe(FILE);
    expect(issue.field).toBe('(frontmatter 4行目 / line 4)');
    expect(issue.ja).toContain('フロントマター');
    expect(issue.en).toContain('not valid YAML');
  });

  it('reports the line of an unclosed list', () => {
    const source = ['---', 'title: a', 'tags: [a, b', '---', ''].join('\n');
    expect(issueOf(parseFrontmatter(source, FILE)).field).toBe('(frontmatter 3行目 / line 3)');
  });

  it('reports a duplicated field', () => {
    const issue = issueOf(parseFrontmatter('---\ntitle: a\ntitle: b\n---\n', FILE));
    expect(issue.field).toBe('(frontmatter 3行目 / line 3)');
    expect(issue.en).toContain('DUPLICATE_KEY');
  });

  it('rejects frontmatter that is a list instead of fields', () => {
    const issue = issueOf(parseFrontmatter('---\n- a\n- b\n---\n', FILE));
    expect(issue.field).toBe('(frontmatter)');
    expect(issue.ja).toContain('項目名: 値');
  });
});
