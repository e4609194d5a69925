import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { bilingual, type ContentIssue } from '../../src/rules/issues.ts';
import { schemaIssues } from '../../src/rules/schemaIssues.ts';

const FILE = 'content/posts/a.mdx';

function issuesFor(schema: z.ZodType, input: unknown): ContentIssue[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return schemaIssues(result.error, input, FILE);
}

describe('schemaIssues', () => {
  it('turns a missing field into a bilingual "required" message naming the field', () => {
    expect(issuesFor(z.object({ title: z.string() }), {})).toEqual([
      {
        code: 'schema.invalid_type',
        file: FILE,
        field: 'title',
        ja: '必須の項目です。文字列で書いてください',
        en: 'this field is required; expected text',
      },
    ]);
  });

  it('shows the wrong value and the expected type in plain words', () => {
    const [issue] = issuesFor(z.object({ draft: z.boolean() }), { draft: 'yes' });
    expect(issue?.field).toBe('draft');
    expect(issue?.ja).toBe('true か falseで書いてください（今の値: "yes"）');
    expect(issue?.en).toBe('expected true or false, got "yes"');
  });

  it('writes nested paths with dots and list indexes', () => {
    const schema = z.object({ meta: z.object({ tags: z.array(z.string()) }) });
    const [issue] = issuesFor(schema, { meta: { tags: ['ok', 3] } });
    expect(issue?.field).toBe('meta.tags[1]');
    expect(issue?.en).toBe('expected text, got 3');
  });

  it('explains empty text, numbers out of range and choices', () => {
    const schema = z.object({
      title: z.string().min(1),
      order: z.number().int().positive(),
      size: z.number().max(10),
      count: z.number().min(1),
      kind: z.enum(['a', 'b']),
    });
    const issues = issuesFor(schema, { title: '', order: 0, size: 11, count: 0, kind: 'c' });
    const byField = new Map(issues.map((issue) => [issue.field, issue]));
    expect(byField.get('title')?.en).toBe('must not be empty');
    expect(byField.get('order')?.en).toBe('must be greater than 0');
    expect(byField.get('order')?.ja).toBe('0 より大きくしてください');
    expect(byField.get('size')?.en).toBe('must be at most 10');
    expect(byField.get('count')?.en).toBe('must be at least 1');
    expect(byField.get('kind')?.en).toBe('expected one of: a, b');
  });

  it('names unknown fields so misspellings are caught', () => {
    const [issue] = issuesFor(z.strictObject({ title: z.string() }), { title: 'a', titel: 'b' });
    expect(issue?.field).toBe('(frontmatter)');
    expect(issue?.ja).toContain('titel');
    expect(issue?.en).toBe('unknown field(s): titel (check the spelling)');
  });

  it('splits the schema\'s own bilingual messages into their two languages', () => {
    const schema = z.object({
      date: z.string().refine((value) => value === 'ok', bilingual('日付が違います', 'wrong date')),
      summary: z.string().max(3, bilingual('3字以内', 'at most 3 characters')),
    });
    const issues = issuesFor(schema, { date: 'no', summary: 'long' });
    expect(issues).toEqual([
      { code: 'schema.custom', file: FILE, field: 'date', ja: '日付が違います', en: 'wrong date' },
      { code: 'schema.too_big', file: FILE, field: 'summary', ja: '3字以内', en: 'at most 3 characters' },
    ]);
  });

  it('labels a problem with the whole frontmatter', () => {
    const [issue] = issuesFor(z.object({ title: z.string() }), 'just text');
    expect(issue?.field).toBe('(frontmatter)');
    expect(issue?.en).toBe('expected a mapping of fields, got "just text"');
  });
});
