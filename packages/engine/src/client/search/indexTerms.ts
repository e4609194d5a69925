/**
 * Extra words indexed with a page but not shown on it: the post summary (it
 * only appears in lists, not on the post page) and the editor's optional
 * `searchTerms` (synonyms, abbreviations, words the text never uses, e.g.
 * 残業 for a post about 超過勤務). They are folded like queries (NFKC) and
 * deduplicated; Pagefind indexes them with a small weight.
 */
import { foldText } from './normalizeQuery.ts';

export function extraIndexTerms(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    const folded = foldText(text).trim().replace(/\s+/gu, ' ');
    if (folded !== '') seen.add(folded);
  }
  return [...seen];
}
