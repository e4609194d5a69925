/**
 * YAML written by editors (frontmatter, authors.yaml, glossary.yaml,
 * onboarding.yaml), read as YAML 1.2 with the habits of Japanese typing
 * caught first, by line: a full-width colon （summary：…） or space
 * (全角スペース) where YAML needs half-width ones, or no space after the
 * colon. YAML's own error would otherwise name a code such as
 * MULTILINE_IMPLICIT_KEY, often on the wrong line.
 */
import { parseDocument, visit } from 'yaml';
import type { ContentIssue } from './issues.ts';

export interface YamlOptions {
  /** Lines before the YAML in its file (1 for frontmatter: the opening ---). */
  lineOffset?: number;
  /** Words for the message: 'frontmatter' or 'file'. */
  what?: 'frontmatter' | 'file';
}

export type YamlResult = { ok: true; data: unknown } | { ok: false; issues: ContentIssue[] };

/** Most aliases (*name) a YAML file may use. */
const MAX_YAML_ALIASES = 10;

const KEY = /^(\s*(?:-\s+)?)([A-Za-z][\w-]*)/u;

function field(line: number, name?: string): string {
  return `${name ?? '(YAML)'} ${line}行目 / line ${line}`;
}

/** Typing habits that break YAML, one issue per line. */
function yamlHabits(text: string, file: string, lineOffset = 0): ContentIssue[] {
  const issues: ContentIssue[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1 + lineOffset;
    const key = KEY.exec(raw);
    const rest = key ? raw.slice(key[0].length) : '';
    if (/^\u3000|^\s*-\u3000/u.test(raw) || /^[ \t]*\u3000/u.test(raw)) {
      issues.push({
        code: 'yaml.full-width-indent',
        file,
        field: field(line),
        ja: '行の始めに全角スペースがあります。字下げには半角スペースを使ってください',
        en: 'the line starts with a full-width space (全角スペース): indent with ordinary half-width spaces',
      });
    } else if (key && /^\s*：/u.test(rest)) {
      issues.push({
        code: 'yaml.full-width-colon',
        file,
        field: field(line, key[2]),
        ja: `「${key[2]}」の後のコロンが全角（：）です。半角のコロンと半角スペースで「${key[2]}: 」と書いてください`,
        en: `the colon after "${key[2]}" is full-width (：): type a half-width colon and a space, "${key[2]}: "`,
      });
    } else if (key && /^:[^\s/]/u.test(rest)) {
      issues.push({
        code: 'yaml.no-space-after-colon',
        file,
        field: field(line, key[2]),
        ja: `「${key[2]}:」の後に半角スペースがありません。「${key[2]}: 値」のようにコロンの後に空白を入れてください`,
        en: `no space after "${key[2]}:": write "${key[2]}: value" with a space after the colon`,
      });
    }
  });
  return issues;
}

export function parseYaml(text: string, file: string, { lineOffset = 0, what = 'file' }: YamlOptions = {}): YamlResult {
  const habits = yamlHabits(text, file, lineOffset);
  if (habits.length > 0) return { ok: false, issues: habits };
  // prettyErrors fills in linePos, which the message needs for its line number.
  const document = parseDocument(text, { version: '1.2', prettyErrors: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      issues: document.errors.map((error) => {
        const line = (error.linePos?.[0]?.line ?? 1) + lineOffset;
        return what === 'frontmatter'
          ? {
              code: 'yaml.syntax' as const,
              file,
              field: `(frontmatter ${line}行目 / line ${line})`,
              ja: `フロントマター（--- で囲んだ部分）の書き方に誤りがあります。コロンの後の空白、引用符の閉じ忘れ、字下げを確認してください（${error.code}）`,
              en: `the frontmatter (between the --- lines) is not valid YAML: check the space after each colon, unclosed quotes and indentation (${error.code})`,
            }
          : {
              code: 'yaml.syntax' as const,
              file,
              field: `(${line}行目 / line ${line})`,
              ja: `YAML の書き方に誤りがあります。コロンの後の空白、引用符の閉じ忘れ、字下げを確認してください（${error.code}）`,
              en: `not valid YAML: check the space after each colon, unclosed quotes and indentation (${error.code})`,
            };
      }),
    };
  }
  // Aliases (*name) can multiply a few lines into gigabytes (an "alias bomb"); editors never need many.
  let aliases = 0;
  let firstAlias: number | undefined;
  visit(document, {
    Alias(_, node) {
      aliases += 1;
      firstAlias ??= node.range?.[0];
    },
  });
  if (aliases > MAX_YAML_ALIASES) {
    const line = text.slice(0, firstAlias ?? 0).split('\n').length + lineOffset;
    return {
      ok: false,
      issues: [
        {
          code: 'yaml.too-many-aliases',
          file,
          field: `(YAML ${line}行目 / line ${line})`,
          ja: `別名（*名前）が ${aliases} 個あります。${MAX_YAML_ALIASES} 個までにしてください。同じ値はそれぞれの場所にそのまま書いてください`,
          en: `${aliases} aliases (*name) found, at most ${MAX_YAML_ALIASES} are allowed: write each value out where it is used`,
        },
      ],
    };
  }
  try {
    return { ok: true, data: document.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
  } catch {
    return {
      ok: false,
      issues: [
        {
          code: 'yaml.unreadable-values',
          file,
          field: '(YAML)',
          ja: 'YAML の値を読み取れません（別名 *名前 の使いすぎ、または循環）。別名を使わず、値をそのまま書いてください',
          en: 'the YAML values cannot be read (too many or circular aliases, *name): write the values out without aliases',
        },
      ],
    };
  }
}
