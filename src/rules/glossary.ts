/**
 * Glossary rules: 五十音 order by reading, the row (行) a term is filed
 * under, the short definition shown on hover/focus, and finding the terms a
 * page marks with <Term id="…"> so unknown ids stop the build.
 */
import type { ContentIssue } from './issues.ts';
import { checkPageRef, type KnownPages } from './pageRefs.ts';

const collator = new Intl.Collator('ja');

/** Sorted by reading (五十音), then by the term itself for equal readings. */
export function sortByReading<T extends { reading: string; term: string }>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => collator.compare(a.reading, b.reading) || collator.compare(a.term, b.term));
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

/** The 行 of a hiragana reading: さんそうぶんり → さ, ぶ → は (voiced marks ignored). */
export function gojuonRow(reading: string): string {
  const first = [...reading.normalize('NFD').replace(/[\u3099\u309A]/gu, '')][0] ?? '';
  return ROWS.find(([, chars]) => chars.includes(first))?.[0] ?? 'その他';
}

/** Group already-sorted terms by 行, keeping order. */
export function groupByRow<T extends { reading: string }>(terms: readonly T[]): Array<{ row: string; terms: T[] }> {
  const groups: Array<{ row: string; terms: T[] }> = [];
  for (const term of terms) {
    const row = gojuonRow(term.reading);
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
