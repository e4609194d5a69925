/**
 * Glossary rules: 五十音 order by reading, the row (行) a term is filed
 * under, the short definition shown on hover/focus, and finding the terms a
 * page marks with <Term id="…"> so unknown ids stop the build.
 */
import type { ContentIssue } from './issues.ts';
import { checkPageRef, type KnownPages } from './pageRefs.ts';

const collator = new Intl.Collator('ja');

/** Katakana to hiragana (ー and other marks unchanged), for 五十音 order only. */
function toHiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/gu, (char) => String.fromCodePoint(char.codePointAt(0)! - 0x60));
}

/** What a term sorts and files by: its reading, or the term itself when written in kana alone. */
function sortKey(term: { reading?: string | undefined; term: string }): string {
  return toHiragana(term.reading ?? term.term);
}

/** Sorted by reading (五十音), then by the term itself for equal readings. */
export function sortByReading<T extends { reading?: string | undefined; term: string }>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => collator.compare(sortKey(a), sortKey(b)) || collator.compare(a.term, b.term));
}

const ROWS: ReadonlyArray<readonly [string, string]> = [
  ['あ', 'ぁあぃいぅうゔぇえぉお'],
  ['か', 'かきくけこゕゖ'],
  ['さ', 'さしすせそ'],
  ['た', 'たちっつてと'],
  ['な', 'なにぬねの'],
  ['は', 'はひふへほ'],
  ['ま', 'まみむめも'],
  ['や', 'ゃやゅゆょよ'],
  ['ら', 'らりるれろ'],
  ['わ', 'ゎわゐゑをん'],
];

/** The 行 of a reading: さんそうぶんり → さ, ぶ → は (voiced marks ignored), カ → か. */
export function gojuonRow(reading: string): string {
  const first = [...toHiragana(reading).normalize('NFD').replace(/[\u3099\u309A]/gu, '')][0] ?? '';
  return ROWS.find(([, chars]) => chars.includes(first))?.[0] ?? 'その他';
}

/** Group already-sorted terms by 行, keeping order. */
export function groupByRow<T extends { reading?: string | undefined; term: string }>(terms: readonly T[]): Array<{ row: string; terms: T[] }> {
  const groups: Array<{ row: string; terms: T[] }> = [];
  for (const term of terms) {
    const row = gojuonRow(sortKey(term));
    const last = groups.at(-1);
    if (last?.row === row) last.terms.push(term);
    else groups.push({ row, terms: [term] });
  }
  return groups;
}

/** The definition's first sentence (up to and including 「。」), for tooltips. */
export function shortDefinition(term: { definition: string; short?: string | undefined }): string {
  if (term.short) return term.short;
  const match = /^[\s\S]*?。/u.exec(term.definition.trim());
  return (match?.[0] ?? term.definition).trim();
}

/** Duplicate ids and related links that point nowhere. */
export function checkGlossary(
  terms: ReadonlyArray<{ id: string; related: readonly string[] }>,
  known: KnownPages,
  file: string,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  terms.forEach((term, index) => {
    if (seen.has(term.id)) {
      issues.push({
        code: 'glossary.duplicate-id',
        file,
        field: `terms[${index}].id`,
        ja: `用語ID「${term.id}」が2回使われています。IDは用語ごとに別にしてください`,
        en: `the term id "${term.id}" is used twice; give each term its own id`,
      });
    }
    seen.add(term.id);
    term.related.forEach((ref, r) => {
      const problem = checkPageRef(ref, known, file, `terms[${index}].related[${r}]`);
      if (problem) issues.push(problem);
    });
  });
  return issues;
}
