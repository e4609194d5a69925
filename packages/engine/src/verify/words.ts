/**
 * Finding words in what the build wrote. The build breaks Japanese text into
 * phrases with <wbr> and zero-width spaces (src/site/phraseBreaks.ts) and
 * writes entities, so a word is looked for in text with those removed and
 * decoded, in the same way in pages, feeds and the search index. Pure.
 */

/** Characters that break or join text without showing: zero-width space/joiners, word joiner, BOM, soft hyphen. */
// One alternative per character (not a class): ZWJ is refused inside a class by no-misleading-character-class.
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD/gu;
const WBR = /<wbr\s*\/?>/giu;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ZeroWidthSpace: '\u200B', shy: '\u00AD' };

/** Decode numeric and the common named character references (&amp; &#8203; &#x200b; …). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

/**
 * Text as a reader (or a search) sees it: <wbr> and invisible characters
 * gone (before and after decoding, since &#8203; decodes to one), NFKC so
 * that full-width Ｌａｔｉｎ matches Latin.
 */
export function visibleText(text: string): string {
  return decodeEntities(text.replace(WBR, '').replace(INVISIBLE, '')).replace(INVISIBLE, '').normalize('NFKC');
}

/** A word as it is compared: trimmed, NFKC, lower-case (so Kasou, KASOU and kasou are one word). */
function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * The words of a `--forbid` file: one per line; blank lines and lines
 * starting with # are skipped; surrounding spaces trimmed; duplicates once.
 */
export function parseWordList(text: string): string[] {
  const words = text
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u)
    .map((line) => line.replace(INVISIBLE, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  return [...new Set(words)];
}

export interface TextFile {
  /** Path relative to the output folder, forward slashes. */
  file: string;
  text: string;
}

export interface WordHit {
  file: string;
  word: string;
  /** A few characters around the first occurrence, for the report. */
  context: string;
}

/** Each (file, word) where a listed word occurs in the file's visible text; case-insensitive. */
export function findWords(files: readonly TextFile[], words: readonly string[]): WordHit[] {
  const wanted = words.map((word) => ({ word, key: comparable(word) })).filter(({ key }) => key !== '');
  const hits: WordHit[] = [];
  for (const { file, text } of files) {
    const visible = visibleText(text);
    const haystack = comparable(visible);
    for (const { word, key } of wanted) {
      const at = haystack.indexOf(key);
      if (at < 0) continue;
      // NFKC and lower-casing keep lengths for the text a context is cut from often enough; trim to one line.
      const context = visible.slice(Math.max(0, at - 20), at + key.length + 20).replace(/\s+/gu, ' ').trim();
      hits.push({ file, word, context });
    }
  }
  return hits;
}
