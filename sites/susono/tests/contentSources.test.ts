/**
 * A check of this site's content, not of the engine (the engine's tests read
 * their own frozen copy, packages/engine/tests/fixtures/site).
 *
 * docs/content-sources.md maps each factual statement of the default content
 * to the line of the city's announcement it rests on. This keeps the table
 * honest both ways: the site's words must still be in the content file (an
 * edit that rewrites a fact shows up here), and the original's words must be
 * on the cited line of docs/sources/susono-announcement.txt.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SITE = path.resolve(import.meta.dirname, '..');
const REPO = path.resolve(SITE, '../..');
const CONTENT = path.join(SITE, 'content');

const TABLE = path.join(REPO, 'docs/content-sources.md');
const SOURCE = path.join(REPO, 'docs/sources/susono-announcement.txt');

interface Row {
  file: string;
  site: string;
  lines: number[];
  original: string;
}

/** Spaces and line breaks do not count: YAML folds lines, MDX wraps them. */
const squash = (text: string) => text.replace(/\s+/gu, '');

/** The rows of the first table whose header starts with ファイル. */
function readRows(markdown: string): Row[] {
  const rows: Row[] = [];
  let inTable = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('| ファイル')) {
      inTable = true;
      continue;
    }
    if (!inTable) continue;
    if (!line.startsWith('|')) break;
    if (/^\|\s*-/u.test(line)) continue;
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const [file = '', site = '', lineCell = '', original = ''] = cells;
    const lines = lineCell.split(/[,、]/u).flatMap((part) => {
      const [from, to] = part.split(/[-–〜]/u).map(Number);
      return to ? Array.from({ length: to - from! + 1 }, (_, i) => from! + i) : [from!];
    });
    rows.push({ file, site, lines, original });
  }
  return rows;
}

const rows = readRows(readFileSync(TABLE, 'utf8'));
const source = readFileSync(SOURCE, 'utf8').split('\n');

describe('the sources table of the default content', () => {
  it('covers every part of the default content', () => {
    expect(rows.length).toBeGreaterThan(50);
    const files = new Set(rows.map((row) => row.file.split('/')[0]));
    for (const part of ['mission', 'handbook', 'principles', 'posts', 'glossary.yaml']) expect(files, part).toContain(part);
  });

  for (const row of rows) {
    it(`${row.file}: 「${row.site.slice(0, 30)}」 ← line ${row.lines.join(',')}`, () => {
      const file = path.join(CONTENT, row.file);
      expect(existsSync(file), `${row.file} exists`).toBe(true);
      expect(squash(readFileSync(file, 'utf8')), 'the site still says this').toContain(squash(row.site));
      const cited = row.lines.map((n) => source[n - 1] ?? '').join('');
      expect(squash(cited), `line ${row.lines.join(',')} of the announcement says this`).toContain(squash(row.original));
    });
  }
});
