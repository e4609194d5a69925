import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import {
  authorSchema,
  handbookSchema,
  isoDate,
  missionPageSchema,
  missionVersionSchema,
  postSchema,
  principleSchema,
} from '../../src/rules/schemas.ts';

/** Paths of the fields a schema rejects, as editors see them. */
function rejectedPaths(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => issue.path.map(String).join('.'));
}

const validPost = {
  title: '業務の棚卸しを始めます',
  date: '2025-06-02',
  summary: '今年度は全ての課で業務の棚卸しを行います。',
};

describe('isoDate', () => {
  it('accepts real days and rejects impossible ones with a bilingual message', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    const result = isoDate.safeParse('2025-02-29');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('YYYY-MM-DD');
    expect(result.error?.issues[0]?.message).toContain('実在する日');
  });
});

describe('postSchema', () => {
  const schema = postSchema('mayor');

  it('accepts a minimal post and fills in the defaults', () => {
    expect(schema.parse(validPost)).toEqual({
      ...validPost,
      tags: [],
      principles: [],
      author: 'mayor',
      draft: false,
      pinned: false,
      searchTerms: [],
      sample: false,
    });
  });

  it('uses the configured default author', () => {
    expect(postSchema('koho').parse(validPost).author).toBe('koho');
  });

  it('accepts every optional field', () => {
    const full = {
      ...validPost,
      tags: ['DX'],
      principles: ['kouken'],
      author: 'koho',
      draft: true,
      updated: '2025-06-03',
      pinned: true,
      searchTerms: ['残業'],
      sample: true,
    };
    expect(schema.parse(full)).toEqual(full);
  });

  it('trims titles and rejects blank ones', () => {
    expect(schema.parse({ ...validPost, title: '  題名  ' }).title).toBe('題名');
    expect(rejectedPaths(schema, { ...validPost, title: '   ' })).toEqual(['title']);
  });

  it.each([
    ['title', { title: undefined }],
    ['date', { date: '2025-02-30' }],
    ['date', { date: '2025/06/31' }],
    ['summary', { summary: 'あ'.repeat(201) }],
    ['summary', { summary: '' }],
    ['tags', { tags: 5 }],
    ['tags.1', { tags: ['DX', 'a/b'] }],
    ['tags.0', { tags: ['..'] }],
    ['principles.0', { principles: [3] }],
    ['updated', { date: '2025-06-10', updated: '2025-06-01' }],
    ['author', { author: '市長' }],
    ['draft', { draft: 'yes' }],
    ['pinned', { pinned: 1 }],
    ['updated', { updated: '2025-13-01' }],
  ])('rejects a bad %s', (path, change) => {
    expect(rejectedPaths(schema, { ...validPost, ...change })).toEqual([path]);
  });

  it('reads dates, tag lists and principles as a Japanese editor types them', () => {
    const parse = (change: Record<string, unknown>) => schema.parse({ ...validPost, ...change });
    expect(parse({ date: '2025年6月2日' }).date).toBe('2025-06-02');
    expect(parse({ date: '令和7年6月2日' }).date).toBe('2025-06-02');
    expect(parse({ date: '令和元年5月1日' }).date).toBe('2019-05-01');
    expect(parse({ date: '２０２５－０６－０２' }).date).toBe('2025-06-02');
    expect(parse({ date: '2025/6/2' }).date).toBe('2025-06-02');
    expect(parse({ tags: ['働き方、業務改善'] }).tags).toEqual(['働き方', '業務改善']);
    expect(parse({ tags: '［広報］' }).tags).toEqual(['広報']);
    expect(parse({ tags: 'DX' }).tags).toEqual(['DX']);
    expect(parse({ principles: ['コスト意識の徹底'] }).principles).toEqual(['コスト意識の徹底']);
  });

  it('accepts a summary of exactly 200 characters', () => {
    expect(rejectedPaths(schema, { ...validPost, summary: 'あ'.repeat(200) })).toEqual([]);
  });

  it('rejects misspelled fields instead of ignoring them', () => {
    const result = schema.safeParse({ ...validPost, tag: ['DX'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('principleSchema', () => {
  const valid = { order: 1, title: '貢献', lead: '市民のために', questions: ['誰のための仕事か'] };

  it('accepts a principle', () => {
    expect(principleSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['order', { order: 0 }],
    ['order', { order: 1.5 }],
    ['title', { title: '' }],
    ['lead', { lead: undefined }],
    ['questions', { questions: [] }],
    ['questions.0', { questions: [''] }],
  ])('rejects a bad %s', (path, change) => {
    expect(rejectedPaths(principleSchema, { ...valid, ...change })).toEqual([path]);
  });
});

describe('handbookSchema', () => {
  const valid = { title: 'はじめに', order: 0, description: '手引きの使い方' };

  it('accepts a chapter, order 0 included', () => {
    expect(handbookSchema.parse(valid)).toEqual({ ...valid, searchTerms: [], screenOnly: false });
  });

  it.each([
    ['order', { order: -1 }],
    ['description', { description: ' ' }],
    ['title', { title: 3 }],
  ])('rejects a bad %s', (path, change) => {
    expect(rejectedPaths(handbookSchema, { ...valid, ...change })).toEqual([path]);
  });
});

describe('missionPageSchema', () => {
  it('accepts a title and lead and rejects anything else', () => {
    expect(rejectedPaths(missionPageSchema, { title: 'ミッション', lead: '私たちの使命' })).toEqual([]);
    expect(rejectedPaths(missionPageSchema, { title: 'ミッション' })).toEqual(['lead']);
  });
});

describe('missionVersionSchema', () => {
  const valid = {
    version: 2,
    effective: '2025-04-01',
    statement: '市民とともに',
    shortForm: 'ともに',
    note: '改定',
    changes: '語句の修正',
    reason: '分かりやすくするため',
  };

  it('accepts a version', () => {
    expect(missionVersionSchema.parse(valid)).toEqual({ ...valid, placeholderDate: false });
  });

  it('marks an example effective date with placeholderDate', () => {
    expect(missionVersionSchema.parse({ ...valid, placeholderDate: true }).placeholderDate).toBe(true);
    expect(rejectedPaths(missionVersionSchema, { ...valid, placeholderDate: 'yes' })).toEqual(['placeholderDate']);
  });

  it.each([
    ['version', { version: 0 }],
    ['effective', { effective: '2025-04-31' }],
    ['statement', { statement: '' }],
    ['shortForm', { shortForm: undefined }],
    ['changes', { changes: '' }],
    ['reason', { reason: undefined }],
  ])('rejects a bad %s', (path, change) => {
    expect(rejectedPaths(missionVersionSchema, { ...valid, ...change })).toEqual([path]);
  });
});

describe('authorSchema', () => {
  it('accepts an author with an ASCII id', () => {
    expect(rejectedPaths(authorSchema, { id: 'mayor', name: '市長', role: '裾野市長' })).toEqual([]);
  });

  it('rejects ids with capitals or Japanese', () => {
    expect(rejectedPaths(authorSchema, { id: 'Mayor', name: '市長', role: '市長' })).toEqual(['id']);
    expect(rejectedPaths(authorSchema, { id: '市長', name: '市長', role: '市長' })).toEqual(['id']);
  });
});

describe('limits on what one field may hold (a hostile or broken file fails with the field named, never hangs a later step)', () => {
  const schema = postSchema('mayor');
  const messages = (input: unknown, target: z.ZodType = schema) => {
    const result = target.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('refuses a title over 120 characters, a 2 MB title included, and accepts 120', () => {
    expect(messages({ ...validPost, title: 'あ'.repeat(120) })).toEqual([]);
    expect(messages({ ...validPost, title: 'あ'.repeat(121) })[0]).toMatch(/^title: .*題名は 120 字以内.*at most 120 characters/su);
    expect(rejectedPaths(schema, { ...validPost, title: 'x'.repeat(2_000_000) })).toEqual(['title']);
    for (const target of [principleSchema, handbookSchema, missionPageSchema]) {
      expect(rejectedPaths(target, { title: 'あ'.repeat(121) })).toContain('title');
    }
    expect(rejectedPaths(authorSchema, { id: 'mayor', name: 'あ'.repeat(121), role: '市長' })).toEqual(['name']);
  });

  it('refuses more than 20 tags, a tag over 40 characters, and too many search terms; the limits themselves pass', () => {
    const tags = (count: number, length = 2) => Array.from({ length: count }, (_, i) => `${'タ'.repeat(length - 1)}${i}`);
    expect(messages({ ...validPost, tags: tags(20) })).toEqual([]);
    expect(messages({ ...validPost, tags: tags(21) })[0]).toMatch(/^tags: .*20 個まで.*at most 20 tags/su);
    // Written the Japanese way, one string with 、: counted after splitting.
    expect(rejectedPaths(schema, { ...validPost, tags: tags(21).join('、') })).toEqual(['tags']);
    expect(messages({ ...validPost, tags: ['あ'.repeat(40)] })).toEqual([]);
    expect(rejectedPaths(schema, { ...validPost, tags: ['あ'.repeat(41)] })).toEqual(['tags.0']);
    expect(rejectedPaths(schema, { ...validPost, searchTerms: tags(51) })).toEqual(['searchTerms']);
    expect(rejectedPaths(schema, { ...validPost, searchTerms: ['あ'.repeat(61)] })).toEqual(['searchTerms.0']);
  });

  it('keeps leads, descriptions and mission texts to a paragraph', () => {
    const principle = { order: 1, title: '原則', lead: 'あ'.repeat(1000), questions: ['問い'] };
    expect(rejectedPaths(principleSchema, principle)).toEqual([]);
    expect(rejectedPaths(principleSchema, { ...principle, lead: 'あ'.repeat(1001) })).toEqual(['lead']);
    expect(rejectedPaths(handbookSchema, { title: '章', order: 1, description: 'あ'.repeat(1001) })).toEqual(['description']);
  });
});
