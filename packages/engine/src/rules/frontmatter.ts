/**
 * Frontmatter read as YAML 1.2.
 *
 * Astro's own parser follows YAML 1.1, which turns an unquoted 2025-02-30
 * into 2 March without a word. Under YAML 1.2's core schema dates stay text,
 * so our schemas can reject impossible days with a clear message.
 */
import type { ContentIssue } from './issues.ts';
import { parseYaml } from './yamlText.ts';

/** The one frontmatter pattern: `---` lines around YAML at the very top. */
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;

export interface SplitSource {
  /** The YAML between the --- lines, or undefined without frontmatter. */
  yaml: string | undefined;
  /** What MDX renders. */
  body: string;
  /** File line on which the body starts. */
  firstLine: number;
}

export function splitFrontmatter(source: string): SplitSource {
  const match = FRONTMATTER.exec(source);
  const block = match?.[0] ?? '';
  return { yaml: match?.[1], body: source.slice(block.length), firstLine: block.split('\n').length };
}

export type FrontmatterResult =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; issues: ContentIssue[] };

export function parseFrontmatter(source: string, file: string): FrontmatterResult {
  const { yaml } = splitFrontmatter(source);
  if (yaml === undefined) return { ok: true, data: {} };
  // Line 1 of the YAML is line 2 of the file (after the opening ---).
  const parsed = parseYaml(yaml, file, { lineOffset: 1, what: 'frontmatter' });
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  if (data === null || data === undefined) return { ok: true, data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      issues: [
        {
          code: 'yaml.not-a-mapping',
          file,
          field: '(frontmatter)',
          ja: 'フロントマターは「項目名: 値」の形で書いてください',
          en: 'the frontmatter must be a list of "field: value" lines',
        },
      ],
    };
  }
  return { ok: true, data: data as Record<string, unknown> };
}
