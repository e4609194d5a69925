/**
 * Turn schema validation failures into bilingual ContentIssues.
 *
 * Zod's own messages are English and technical ("expected string, received
 * undefined"); editors need to know which field to fix and how.
 */
import type { z } from 'astro/zod';
import type { ContentIssue } from './issues.ts';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, { ja: string; en: string }> = {
  string: { ja: '文字列', en: 'text' },
  number: { ja: '数値', en: 'a number' },
  boolean: { ja: 'true か false', en: 'true or false' },
  array: { ja: 'リスト（[a, b] または 「- 」で始まる行）', en: 'a list ([a, b] or lines starting with "- ")' },
  object: { ja: '項目の組', en: 'a mapping of fields' },
  date: { ja: '日付', en: 'a date' },
};

function typeName(expected: string): { ja: string; en: string } {
  return TYPE_NAMES[expected] ?? { ja: expected, en: expected };
}

/** Our custom messages are "日本語 / English"; zod's defaults never contain " / ". */
function isBilingual(message: string): boolean {
  return message.includes(' / ');
}

/** Split our "日本語 / English" custom messages back into their halves. */
function splitBilingual(message: string): { ja: string; en: string } {
  const [ja, ...rest] = message.split(' / ');
  return rest.length > 0 ? { ja: ja ?? message, en: rest.join(' / ') } : { ja: message, en: message };
}

function describeIssue(issue: Issue, input: unknown): { ja: string; en: string } {
  // A schema's own bilingual message (e.g. the summary's length) says it best.
  if (issue.code !== 'invalid_type' && issue.message.includes(' / ')) return splitBilingual(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      const value = issue.path.reduce<unknown>(
        (node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined),
        input,
      );
      const expected = typeName(issue.expected);
      if (value === undefined) {
        return { ja: `必須の項目です。${expected.ja}で書いてください`, en: `this field is required; expected ${expected.en}` };
      }
      return {
        ja: `${expected.ja}で書いてください（今の値: ${JSON.stringify(value)}）`,
        en: `expected ${expected.en}, got ${JSON.stringify(value)}`,
      };
    }
    case 'too_small':
      if (isBilingual(issue.message)) return splitBilingual(issue.message);
      if (issue.origin === 'string') return { ja: '空にはできません。内容を書いてください', en: 'must not be empty' };
      // positive() is "> 0": saying "0 以上" would invite the very value that fails.
      return issue.inclusive === false
        ? { ja: `${String(issue.minimum)} より大きくしてください`, en: `must be greater than ${String(issue.minimum)}` }
        : { ja: `${String(issue.minimum)} 以上にしてください`, en: `must be at least ${String(issue.minimum)}` };
    case 'too_big':
      // The schema's own message (e.g. the summary's 200-character rule) says more than the number alone.
      if (isBilingual(issue.message)) return splitBilingual(issue.message);
      return { ja: `${String(issue.maximum)} 以下にしてください`, en: `must be at most ${String(issue.maximum)}` };
    case 'invalid_value':
      return {
        ja: `次のいずれかを書いてください: ${issue.values.map(String).join(', ')}`,
        en: `expected one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'unrecognized_keys':
      return {
        ja: `知らない項目です: ${issue.keys.join(', ')}（綴りを確認してください）`,
        en: `unknown field(s): ${issue.keys.join(', ')} (check the spelling)`,
      };
    default:
      return splitBilingual(issue.message);
  }
}

export function schemaIssues(error: z.ZodError, input: unknown, file: string): ContentIssue[] {
  return error.issues.map((issue) => {
    const key = issue.code === 'unrecognized_keys' ? '(frontmatter)' : formatPath(issue.path);
    return { code: `schema.${issue.code}` as const, file, field: key, ...describeIssue(issue, input) };
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(frontmatter)';
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}
