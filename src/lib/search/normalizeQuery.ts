/**
 * Turns what a reader typed into what Pagefind is asked, plus the strings
 * every shown result must really contain. This works around Pagefind's
 * Japanese weak spots from outside (see README「検索」):
 *
 * - Width and case: ＤＸ, ｺｽﾄ and dx all become the indexed form (NFKC).
 * - Inflection: Pagefind has no Japanese stemmer, so 見直す would miss pages
 *   that say 見直し. A word made of two or more kanji followed by kana
 *   (okurigana or a particle) is searched by its kanji stem (見直), which
 *   Pagefind matches as a prefix of 見直す, 見直し and 見直して alike.
 * - Noise and segmentation mismatch (Pagefind issue #1237): when a query word
 *   is segmented differently from the index, or is not in the index at all
 *   (しみん, 新幹線), Pagefind falls back to matching a fragment such as ん or
 *   新 and returns unrelated pages. `required` lists each word in full so the
 *   client drops results whose text does not contain it.
 */

export interface NormalisedQuery {
  /** The cleaned words, as the reader meant them. */
  words: string[];
  /** The string handed to Pagefind's search(). */
  search: string;
  /** Every shown result's text must contain each of these (see `containsAll`). */
  required: string[];
  /** Words written only in hiragana (these often match only noise). */
  hiraganaWords: string[];
}

const HAN = '\\p{Script=Han}々〆ヶ';
const STEMMABLE = new RegExp(`^([${HAN}]{2,})\\p{Script=Hiragana}{1,4}$`, 'u');
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
/** Punctuation and brackets are separators, never part of a word. */
const SEPARATORS = /[\s\p{P}\p{S}]+/gu;

/** NFKC + lower case: the form both queries and page texts are compared in. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The kanji stem of an inflected word (見直す → 見直), or the word itself. */
export function stemWord(word: string): string {
  const match = STEMMABLE.exec(word);
  return match?.[1] ?? word;
}

export function normaliseQuery(raw: string): NormalisedQuery {
  const words = [...new Set(foldText(raw).split(SEPARATORS).filter((word) => word !== ''))];
  const required = [...new Set(words.map(stemWord))];
  return {
    words,
    search: required.join(' '),
    required,
    hiraganaWords: words.filter((word) => HIRAGANA_ONLY.test(word)),
  };
}

/** True when `text` contains every required string (compared folded). */
export function containsAll(text: string, required: readonly string[]): boolean {
  const folded = foldText(text);
  return required.every((term) => folded.includes(term));
}
