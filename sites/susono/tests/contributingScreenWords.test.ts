/**
 * A check of this site's guide: every button, menu, field and block that
 * the browser chapter of CONTRIBUTING.md names (in 「…」, in the list of
 * blocks, in the table of fields) is a word the editor shows in this site's
 * words (the engine's src/site/editorScreenWords.ts), and the chapter ends
 * with how a saved post becomes public in each backend.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteWordsIn } from '../../../packages/engine/src/model/ui.ts';
import { editorScreenWords } from '../../../packages/engine/src/site/editorScreenWords.ts';
import { ja } from '../../../packages/engine/src/site/i18n/ja.ts';
import { localize } from '../../../packages/engine/src/site/i18n/words.ts';

const SITE = path.resolve(import.meta.dirname, '..');

/** Quoted words that are not the editor's: the git server's own login page, an example title. */
const NOT_THE_EDITOR = new Set(['許可', 'DX推進 Web会議']);

function browserChapter(text: string): string {
  const start = text.indexOf('## ブラウザーで書く');
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

/** What the chapter names: 「quoted」 words, the block list's bold names, the field table's first column. */
function namedInChapter(chapter: string): string[] {
  const quoted = [...chapter.matchAll(/「([^」[\]]+)」/gu)].map((match) => match[1]!.replace(/\s*\n\s*/gu, ''));
  const blockSection = chapter.slice(chapter.indexOf('### 4.'), chapter.indexOf('### 5.'));
  const blocks = blockSection
    .split('\n')
    .filter((line) => line.startsWith('- **') && !line.includes('`'))
    .flatMap((line) => [...line.split(/[:：]/u)[0]!.matchAll(/\*\*([^*]+)\*\*/gu)].map((match) => match[1]!));
  const table = chapter
    .split('\n')
    .filter((line) => /^\| [^-|]/u.test(line) && !line.startsWith('| 項目 |'))
    .map((line) => line.split('|')[1]!.trim().replace(/（必須）$/u, ''));
  return [...new Set([...quoted, ...blocks, ...table])];
}

describe("CONTRIBUTING's browser chapter names what the screen shows", () => {
  const chapter = browserChapter(readFileSync(path.join(SITE, 'CONTRIBUTING.md'), 'utf8'));

  it('finds the chapter and what it names', () => {
    expect(chapter).toContain('## ブラウザーで書く');
    expect(namedInChapter(chapter).length).toBeGreaterThan(25);
  });

  it('every named button, menu, field and block is a word of the editor in this site', () => {
    const words = editorScreenWords(localize(ja, siteWordsIn(SITE)));
    expect(namedInChapter(chapter).filter((name) => !NOT_THE_EDITOR.has(name) && !words.has(name))).toEqual([]);
  });

  it('ends with how a saved post becomes public in each backend', () => {
    const last = chapter.slice(chapter.lastIndexOf('\n### '));
    expect(last).toMatch(/公開されるまで/u);
    for (const backend of ['GitLab', 'GitHub', 'npm run editor']) expect(last).toContain(backend);
  });
});
