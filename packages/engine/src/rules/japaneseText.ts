/**
 * Undo YAML line folding inside Japanese text. Editors wrap long values
 * (`>-` blocks), and YAML joins the lines with a space, which is wrong
 * between Japanese characters: 「系統、 インターネット」. Spaces next to
 * a Japanese character or full-width punctuation are dropped; spaces
 * between Latin words stay.
 */
const JAPANESE = '\\u3000-\\u30FF\\u3400-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF';
const SPACE_NEXT_TO_JAPANESE = new RegExp(`(?<=[${JAPANESE}])\\s+|\\s+(?=[${JAPANESE}])`, 'gu');

export function joinJapaneseLines(text: string): string {
  return text.replace(SPACE_NEXT_TO_JAPANESE, '').replace(/\s+/gu, ' ').trim();
}
