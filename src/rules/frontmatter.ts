/**
 * Frontmatter read as YAML 1.2.
 *
 * Astro's own parser follows YAML 1.1, which turns an unquoted 2025-02-30
 * into 2 March without a word. Under YAML 1.2's core schema dates stay text,
 * so our schemas can reject impossible days with a clear message.
 */
import { parseDocument } from 'yaml';
import type { ContentIssue } from './issues.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;

export type FrontmatterResult =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; issue: ContentIssue };

export function parseFrontmatter(source: string, file: string): FrontmatterResult {
  const match = FRONTMATTER.exec(source);
  if (!match) return { ok: true, data: {} };
  // prettyErrors fills in linePos, which the message below needs for its line number.
  const document = parseDocument(match[1] ?? '', { version: '1.2', prettyErrors: true });
  const error = document.errors[0];
  if (error) {
    const line = (error.linePos?.[0]?.line ?? 0) + 1; // +1: the opening ---
    return {
      ok: false,
      issue: {
        file,
        field: `(frontmatter ${line}行目 / line ${line})`,
        ja: `フロントマター（--- で囲んだ部分）の書き方に誤りがあります。コロンの後の空白、引用符の閉じ忘れ、字下げを確認してください（${error.code}）`,
        en: `the frontmatter (between the --- lines) is not valid YAML: check the space after each colon, unclosed quotes and indentation (${error.code})`,
      },
    };
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return { ok: true, data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      issue: {
        file,
        field: '(frontmatter)',
        ja: 'フロントマターは「項目名: 値」の形で書いてください',
        en: 'the frontmatter must be a list of "field: value" lines',
      },
    };
  }
  return { ok: true, data: data as Record<string, unknown> };
}
