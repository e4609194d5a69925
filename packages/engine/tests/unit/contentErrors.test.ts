import { describe, expect, it } from 'vitest';
import {
  ContentValidationError,
  bilingual,
  formatContentIssue,
  formatContentIssues,
  type ContentIssue,
} from '../../src/rules/issues.ts';

const issue: ContentIssue = {
  code: 'schema.invalid_type',
  file: 'content/posts/2025/a.mdx',
  field: 'date',
  ja: '日付を確認してください',
  en: 'check the date',
};

describe('formatContentIssue', () => {
  it('names the file and field, then Japanese, then English', () => {
    expect(formatContentIssue(issue)).toBe(
      '● content/posts/2025/a.mdx › date\n  [日本語] 日付を確認してください\n  [English] check the date',
    );
  });
});

describe('formatContentIssues', () => {
  it('counts the problems in both languages and lists each one', () => {
    const text = formatContentIssues([issue, { ...issue, field: 'title' }]);
    expect(text).toContain('コンテンツに 2 件の問題があります');
    expect(text).toContain('Found 2 content problem(s)');
    expect(text).toContain('› date');
    expect(text).toContain('› title');
  });
});

describe('ContentValidationError', () => {
  it('carries the issues and the whole report as its message', () => {
    const error = new ContentValidationError([issue]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentValidationError');
    expect(error.issues).toEqual([issue]);
    expect(error.message).toBe(formatContentIssues([issue]));
  });
});

describe('bilingual', () => {
  it('joins Japanese and English with " / "', () => {
    expect(bilingual('必須です', 'required')).toBe('必須です / required');
  });
});
