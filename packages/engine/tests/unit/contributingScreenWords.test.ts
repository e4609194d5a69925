/**
 * The guide is the screen: every button, menu, field and block that the
 * browser chapter of the site's CONTRIBUTING.md names (in 「…」, in the list
 * of blocks, in the table of fields) is a word the editor shows — from the
 * UI dictionary in the site's words (the editor's configuration, blocks and
 * the phrases added to Decap) or from Decap's own Japanese locale.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import decapJa from 'decap-cms-locales/dist/esm/ja/index.js';
import { siteWordsIn } from '../../src/model/ui.ts';
import { ja as template } from '../../src/site/i18n/ja.ts';
import { localize } from '../../src/site/i18n/words.ts';
import { DEFAULT_SITE } from '../support/paths.ts';

const guide = path.join(DEFAULT_SITE, 'CONTRIBUTING.md');

/** The dictionary in the guide's site's words (unit tests otherwise read the fixtures' site.yaml). */
function dictionaryOfTheSite() {
  const saved = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = 'content';
  try {
    return localize(template, siteWordsIn(DEFAULT_SITE));
  } finally {
    process.env.CONTENT_DIR = saved;
  }
}

/** Quoted words that are not this editor's: the git server's own login page, an example title. */
const NOT_THE_EDITOR = new Set(['許可', 'DX推進 Web会議']);

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/**
 * What the screen can show: each phrase and its sentences, the parts around
 * %{…} and `: `, and %{…} filled with the form's field and collection labels
 * (「＋ 記事」, 「タグを追加」).
 */
function screenWords(): Set<string> {
  const ja = dictionaryOfTheSite();
  const phrases = [...leaves(ja), ...leaves(decapJa)];
  const labels = [...leaves(ja.editor.collections), ...leaves(ja.editor.fields)];
  const words = new Set<string>();
  for (const phrase of phrases) {
    const filled = /%\{[^}]+\}/u.test(phrase) ? labels.map((label) => phrase.replace(/%\{[^}]+\}/gu, label)) : [];
    for (const text of [phrase, ...filled]) {
      words.add(text.trim());
      for (const sentence of text.split(/(?<=。)/u)) words.add(sentence.trim());
    }
    for (const part of phrase.split(/%\{[^}]+\}|: /u)) if (part.trim()) words.add(part.trim());
  }
  return words;
}

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

describe.skipIf(!existsSync(guide))("CONTRIBUTING's browser chapter names what the screen shows", () => {
  const chapter = browserChapter(readFileSync(guide, 'utf8'));

  it('finds the chapter and what it names', () => {
    expect(chapter).toContain('## ブラウザーで書く');
    expect(namedInChapter(chapter).length).toBeGreaterThan(25);
  });

  it('every named button, menu, field and block is a word of the editor', () => {
    const words = screenWords();
    const missing = namedInChapter(chapter).filter((name) => !NOT_THE_EDITOR.has(name) && !words.has(name));
    expect(missing).toEqual([]);
  });

  it('ends with how a saved post becomes public in each backend', () => {
    const last = chapter.slice(chapter.lastIndexOf('\n### '));
    expect(last).toMatch(/公開されるまで/u);
    for (const backend of ['GitLab', 'GitHub', 'npm run editor']) expect(last).toContain(backend);
  });
});
