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
 * - Everyday words: staff type パソコン where the text says PC, 残業 where it
 *   says 超過勤務. A small table of general (organisation-neutral) synonyms
 *   adds one more Pagefind search per synonym; a result needs any one of them.
 */

export interface NormalizedQuery {
  /** The cleaned words, as the reader meant them. */
  words: string[];
  /** The string handed to Pagefind's search(). */
  search: string;
  /** Every shown result's text must contain each of these (see `containsAll`). */
  required: string[];
  /** Words written only in hiragana (these often match only noise). */
  hiraganaWords: string[];
  /** Further searches, one per synonym of a typed word; results are merged. */
  alternatives: string[];
  /** A shown result must contain one string of every group (see `containsEach`). */
  requiredGroups: string[][];
}

/**
 * Words that mean the same in everyday office Japanese (folded: NFKC, lower
 * case). Only general vocabulary belongs here; an organisation's own words go
 * into a page's `searchTerms`.
 */
const SYNONYMS: readonly (readonly string[])[] = [
  ['パソコン', 'pc', 'ピーシー'],
  ['残業', '超過勤務', '時間外勤務'],
  ['メール', '電子メール'],
  ['スマホ', 'スマートフォン'],
  ['ネット', 'インターネット'],
  ['新人', '新規採用', '新採用', '新任', '新入職員'],
  ['打ち合わせ', '打合せ', 'ミーティング'],
  ['休み', '休暇'],
];

/** The other words for `word` (folded), or none. */
function synonymsOf(word: string): string[] {
  return SYNONYMS.find((group) => group.includes(word))?.filter((w) => w !== word) ?? [];
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

function termsOf(word: string): Term[] {
  // A word written only in hiragana is kept whole: its pieces would be noise.
  if (HIRAGANA_ONLY.test(word)) return [{ search: word, required: word }];
  const pieces = word.match(PIECES) ?? [];
  // Inside a mixed word, hiragana-only pieces are particles (を, の): dropped.
  return pieces.filter((piece) => !HIRAGANA_ONLY.test(piece)).map(termOf);
}

function searchOf(words: readonly string[]): string {
  return [...new Set(words.flatMap(termsOf).map((term) => term.search))].join(' ');
}

export function normalizeQuery(raw: string): NormalizedQuery {
  const words = [...new Set(foldText(raw).split(SEPARATORS).filter((word) => word !== ''))];
  const terms = words.flatMap(termsOf);
  const alternatives = words.flatMap((word, index) =>
    synonymsOf(word).map((synonym) => searchOf(words.map((w, i) => (i === index ? synonym : w)))),
  );
  const requiredGroups = words.flatMap((word) => {
    const synonyms = synonymsOf(word);
    const own = termsOf(word).map((term) => term.required);
    return synonyms.length > 0 ? [[word, ...synonyms]] : own.map((required) => [required]);
  });
  return {
    words,
    search: searchOf(words),
    required: [...new Set(terms.map((term) => term.required))],
    hiraganaWords: words.filter((word) => HIRAGANA_ONLY.test(word)),
    alternatives: [...new Set(alternatives)],
    requiredGroups,
  };
}

/** True when `text` contains at least one string of every group (compared folded). */
export function containsEach(text: string, groups: readonly (readonly string[])[]): boolean {
  const folded = foldText(text);
  return groups.every((group) => group.some((term) => folded.includes(term)));
}

/** True when `text` contains every required string (compared folded). */
export function containsAll(text: string, required: readonly string[]): boolean {
  const folded = foldText(text);
  return required.every((term) => folded.includes(term));
}
