import { describe, expect, it } from 'vitest';
import {
  checkGlossary,
  gojuonRow,
  groupByRow,
  shortDefinition,
  sortByReading,
} from '../../src/rules/glossary.ts';
import type { KnownPages } from '../../src/rules/pageRefs.ts';
import { glossarySchema } from '../../src/rules/schemas.ts';
import { schemaIssues } from '../../src/rules/schemaIssues.ts';

const term = (reading: string, name = reading) => ({ reading, term: name });

describe('glossary order', () => {
  it('sorts by reading in 五十音 order, not by the kanji', () => {
    const sorted = sortByReading([
      term('ざいせいりょくしすう', '財政力指数'),
      term('さーびすせっけいじゅうにかじょう', 'サービス設計12箇条'),
      term('かすたまーさくせす', 'カスタマーサクセス'),
      term('こうふきん', '交付金'),
      term('さんそうぶんり', '三層分離'),
      term('あ'),
    ]);
    expect(sorted.map((entry) => entry.term)).toEqual([
      'あ',
      'カスタマーサクセス',
      '交付金',
      'サービス設計12箇条',
      '財政力指数',
      '三層分離',
    ]);
  });

  it('files each reading under its 行, voiced sounds with their plain row', () => {
    expect(gojuonRow('さんそうぶんり')).toBe('さ');
    expect(gojuonRow('ざいせい')).toBe('さ');
    expect(gojuonRow('でじたる')).toBe('た');
    expect(gojuonRow('ぎょうむ')).toBe('か');
    expect(gojuonRow('みっしょん')).toBe('ま');
    expect(gojuonRow('わ')).toBe('わ');
    expect(groupByRow(sortByReading([term('こう'), term('かい'), term('しみん')])).map((group) => group.row)).toEqual(['か', 'さ']);
  });
});

describe('shortDefinition', () => {
  it('uses the first sentence, or the editor’s own short text', () => {
    expect(shortDefinition({ definition: '一文目です。二文目です。' })).toBe('一文目です。');
    expect(shortDefinition({ definition: '句点のない説明' })).toBe('句点のない説明');
    expect(shortDefinition({ definition: '長い説明。', short: '短い説明' })).toBe('短い説明');
  });
});

describe('glossary file checks', () => {
  const known: KnownPages = { principles: ['cost'], handbook: ['why-reform'], posts: ['keiei-kaigi'], glossary: ['a', 'b'] };

  it('accepts related links to pages that exist', () => {
    expect(checkGlossary([{ id: 'a', related: ['mission', 'principles/cost', 'glossary/b', 'glossary'] }], known, 'g.yaml')).toEqual([]);
  });

  it('rejects duplicate ids and related links to missing pages, naming the field', () => {
    const issues = checkGlossary(
      [
        { id: 'a', related: [] },
        { id: 'a', related: ['posts/no-such-post'] },
      ],
      known,
      'content/glossary.yaml',
    );
    expect(issues.map((issue) => issue.field)).toEqual(['terms[1].id', 'terms[1].related[0]']);
    expect(issues[1]!.ja).toContain('no-such-post');
    expect(issues[1]!.en).toContain('keiei-kaigi');
  });

  it('requires readings in kana, with a bilingual message', () => {
    const data = { terms: [{ id: 'x', term: '三層分離', reading: 'sansou bunri', definition: '説明。' }] };
    const result = glossarySchema.safeParse(data);
    expect(result.success).toBe(false);
    const [issue] = schemaIssues(result.error!, data, 'content/glossary.yaml');
    expect(issue?.field).toBe('terms[0].reading');
    expect(issue?.ja).toContain('ひらがな');
    expect(issue?.en).toContain('hiragana');
  });
});

describe('katakana in the glossary', () => {
  const entry = (term: string, reading?: string) => ({ id: 'x', term, ...(reading ? { reading } : {}), definition: '説明。' });

  it('a term written in kana alone needs no reading; a term with kanji does', () => {
    expect(glossarySchema.safeParse({ terms: [entry('カスタマーサクセス')] }).success).toBe(true);
    const data = { terms: [entry('経営会議')] };
    const result = glossarySchema.safeParse(data);
    expect(result.success).toBe(false);
    const [issue] = schemaIssues(result.error!, data, 'content/glossary.yaml');
    expect(issue?.field).toBe('terms[0].reading');
    expect(issue?.ja).toContain('読みを書いてください');
  });

  it('katakana parts of a reading stay katakana, and sort and file as their hiragana', () => {
    expect(glossarySchema.safeParse({ terms: [entry('改革伴走チーム', 'かいかくばんそうチーム')] }).success).toBe(true);
    const sorted = sortByReading([
      { term: 'ミッション' },
      { term: '改革伴走チーム', reading: 'かいかくばんそうチーム' },
      { term: 'カスタマーサクセス' },
      { term: '交付金', reading: 'こうふきん' },
    ]);
    expect(sorted.map((term) => term.term)).toEqual(['改革伴走チーム', 'カスタマーサクセス', '交付金', 'ミッション']);
    expect(groupByRow(sorted).map((group) => group.row)).toEqual(['か', 'ま']);
  });
});
