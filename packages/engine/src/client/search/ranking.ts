/**
 * Result order on top of Pagefind's. Pagefind segments 副部長 as 副 + 部長,
 * so a search for 部長 ranks pages about the 副部長 as high as pages about
 * the 部長. Among the first results, pages are grouped:
 *   0. the title has every typed word as a whole word (shortest title first)
 *   1. the title contains every typed word
 *   2. the text has every typed word as a whole word (部長 as such, not in 副部長)
 *   3. the rest (only as part of longer words)
 * keeping Pagefind's order inside a group.
 */
import { foldText } from './normalizeQuery.ts';

const KANJI = /\p{Script=Han}/u;
const KATAKANA = /[\p{Script=Katakana}ー]/u;
const LATIN = /[a-z0-9]/u;

function sameKind(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return (KANJI.test(a) && KANJI.test(b)) || (KATAKANA.test(a) && KATAKANA.test(b)) || (LATIN.test(a) && LATIN.test(b));
}

/**
 * True when `word` occurs in `text` not glued to more of the same script:
 * 部長 in 「部長として」 but not in 「副部長」 or 「部長室」.
 */
export function hasWholeWord(text: string, word: string): boolean {
  const folded = foldText(text).replace(/\u200b/gu, '');
  const chars = [...word];
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
    const before = folded[at - 1];
    const after = folded[at + word.length];
    if (!sameKind(before, chars[0]) && !sameKind(after, chars.at(-1))) return true;
  }
  return false;
}

export interface Rankable {
  title: string;
  content: string;
}

/** One group of alternatives per typed word (a word and its synonyms). */
export type WordGroups = readonly (readonly string[])[];

function everyGroup(groups: WordGroups, test: (word: string) => boolean): boolean {
  return groups.length > 0 && groups.every((group) => group.some(test));
}

function rankGroup(item: Rankable, groups: WordGroups): number {
  const title = foldText(item.title);
  if (everyGroup(groups, (w) => hasWholeWord(title, w))) return 0;
  if (everyGroup(groups, (w) => title.includes(w))) return 1;
  if (everyGroup(groups, (w) => hasWholeWord(item.content, w))) return 2;
  return 3;
}

/** Indexes of `items` in the new order (stable within a group). */
export function rankOrder(items: readonly Rankable[], groups: WordGroups): number[] {
  const keyed = items.map((item, index) => ({
    index,
    group: rankGroup(item, groups),
    titleLength: item.title.length,
  }));
  keyed.sort(
    (a, b) =>
      a.group - b.group || (a.group <= 1 ? a.titleLength - b.titleLength : 0) || a.index - b.index,
  );
  return keyed.map((k) => k.index);
}
