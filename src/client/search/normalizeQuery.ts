/**
 * Turns what a reader typed into what Pagefind is asked, plus the strings
 * every shown result must really contain. This works around Pagefind's
 * Japanese weak spots from outside (see README「検索」):
 *
 * - Width and case: ＤＸ, ｺｽﾄ and dx all become the indexed form (NFKC).
 * - Inflection: Pagefind has no Japanese stemmer, so 見直す would miss pages
 *   that say 見直し. Two or more kanji followed by okurigana or a particle
 *   are searched by their kanji stem (見直), which Pagefind matches as a
 *   prefix of 見直す, 見直し and 見直して alike. Phrases typed without spaces
 *   (部署を越える) are cut after each run of hiragana, particles dropped.
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

const HIRAGANA_ONLY = /^\p{Script=Hiragana}+$/u;
/** Punctuation and symbols are separators, never part of a word. */
const SEPARATORS = /[\s\p{P}\p{S}]+/gu;
/**
 * A typed phrase such as 部署を越える is cut after each run of hiragana
 * (particles, okurigana): 部署を | 越える. A leading hiragana run stands alone.
 */
const PIECES = /\p{Script=Hiragana}+|[^\p{Script=Hiragana}]+\p{Script=Hiragana}*/gu;
const LEADING_NON_HIRAGANA = /^[^\p{Script=Hiragana}]+/u;

/** NFKC + lower case: the form both queries and page texts are compared in. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

interface Term {
  /** Handed to Pagefind. */
  search: string;
  /** Must appear in a shown result. */
  required: string;
}

/**
 * One piece of a word: 見直す → search 見直 (a two-or-more character stem is
 * matched by Pagefind as a prefix of every inflection); 越える → search the
 * piece itself (a one-kanji prefix would match far too much) but require only
 * 越, so 越えて still passes the check.
 */
export function termOf(piece: string): Term {
  const stem = LEADING_NON_HIRAGANA.exec(piece)?.[0] ?? piece;
  return { search: [...stem].length >= 2 ? stem : piece, required: stem };
}

/** The kanji stem of an inflected word (見直す → 見直), or the word itself. */
export function stemWord(word: string): string {
  return termOf(word).search;
}

function termsOf(word: string): Term[] {
  // A word written only in hiragana is kept whole: its pieces would be noise.
  if (HIRAGANA_ONLY.test(word)) return [{ search: word, required: word }];
  const pieces = word.match(PIECES) ?? [];
  // Inside a mixed word, hiragana-only pieces are particles (を, の): dropped.
  return pieces.filter((piece) => !HIRAGANA_ONLY.test(piece)).map(termOf);
}

export function normaliseQuery(raw: string): NormalisedQuery {
  const words = [...new Set(foldText(raw).split(SEPARATORS).filter((word) => word !== ''))];
  const terms = words.flatMap(termsOf);
  return {
    words,
    search: [...new Set(terms.map((term) => term.search))].join(' '),
    required: [...new Set(terms.map((term) => term.required))],
    hiraganaWords: words.filter((word) => HIRAGANA_ONLY.test(word)),
  };
}

/** True when `text` contains every required string (compared folded). */
export function containsAll(text: string, required: readonly string[]): boolean {
  const folded = foldText(text);
  return required.every((term) => folded.includes(term));
}
