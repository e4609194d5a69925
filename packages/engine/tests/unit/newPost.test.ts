import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newPostPath, parseNewPostArgs, renderPostTemplate } from '../../src/cli/newPostTemplate.ts';
import { postSchema, TEMPLATE_SUMMARY } from '../../src/rules/schemas.ts';
import { validateEntrySource } from '../../src/rules/validateEntry.ts';

const today = '2025-06-02';

describe('parseNewPostArgs', () => {
  it('defaults the date to today and the file name to a date-based slug', () => {
    expect(parseNewPostArgs(['--title', '市長から'], today)).toEqual({
      ok: true,
      options: { title: '市長から', slug: '2025-06-02-post', date: today },
    });
  });

  it('accepts --slug and --date, also written with =', () => {
    const result = parseNewPostArgs(['--title=t', '--slug=keiei-kaigi', '--date', '2025-07-10'], today);
    expect(result).toEqual({ ok: true, options: { title: 't', slug: 'keiei-kaigi', date: '2025-07-10' } });
  });

  it('refuses a missing title, an impossible date and a bad slug, in both languages', () => {
    for (const argv of [
      [],
      ['--title', 'x', '--date', '2025-02-30'],
      ['--title', 'x', '--slug', 'Keiei_Kaigi'],
      ['--title', 'x', '--slug', '2025'],
    ]) {
      const result = parseNewPostArgs(argv, today);
      expect(result.ok, argv.join(' ')).toBe(false);
      if (!result.ok) expect(result.ja && result.en).toBeTruthy();
    }
    expect(parseNewPostArgs(['--tittle', 'x'], today)).toMatchObject({ ok: false, en: 'unknown argument: --tittle' });
  });
});

describe('the template', () => {
  const options = { title: 'タイトル: "引用" と # 記号', slug: 'a-post', date: today };
  const source = renderPostTemplate(options, {
    defaultAuthor: 'mayor',
    authorIds: ['mayor', 'koho'],
    principleIds: ['cost'],
  });

  it('goes into the year folder', () => {
    expect(newPostPath(options)).toBe('posts/2025/a-post.mdx');
  });

  it('passes the real post schema once the summary is written, whatever the title contains', () => {
    const written = source.replace(TEMPLATE_SUMMARY, '経営会議について書きました。');
    const result = validateEntrySource(written, 'x.mdx', postSchema('mayor'));
    expect(result.issues).toEqual([]);
    expect(result.data?.title).toBe(options.title);
  });

  it('cannot be published with the placeholder summary left in', () => {
    const result = validateEntrySource(source, 'x.mdx', postSchema('mayor'));
    expect(result.issues.map((issue) => issue.field)).toEqual(['summary']);
    expect(result.issues[0]?.ja).toContain('ひな形のまま');
  });

  it('fills in and explains every field of the schema', () => {
    const frontmatter = source.split('---')[1] ?? '';
    const fields = Object.keys(postSchema('mayor').shape);
    for (const field of fields) expect(frontmatter, field).toMatch(new RegExp(`^#? ?${field}:`, 'mu'));
    expect(Object.keys(parse(frontmatter) as object).length).toBe(fields.length - 1); // `updated` stays commented out
    expect(frontmatter.match(/^# /gmu)?.length).toBeGreaterThanOrEqual(fields.length);
    expect(frontmatter).toContain('使えるID: cost');
  });
});
