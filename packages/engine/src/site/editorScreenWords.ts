/**
 * Every word the browser editor (/admin/) can show: the UI dictionary in the
 * organisation's words (the configuration's labels and hints, the blocks,
 * the phrases added to Decap) and Decap's own Japanese locale, with its
 * placeholders filled by the form's labels (「＋ 記事」, 「タグを追加」) and
 * split at sentences and at `: ` (「ステータス: %{status}」). A guide that
 * names a button checks the name against this (sites' CONTRIBUTING tests).
 */
import decapJa from 'decap-cms-locales/dist/esm/ja/index.js';
import type { ja } from './i18n/ja.ts';
import type { Filled } from './i18n/words.ts';

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

const PLACEHOLDER = /%\{[^}]+\}/gu;

export function editorScreenWords(dictionary: Filled<typeof ja>): Set<string> {
  const phrases = [...leaves(dictionary), ...leaves(decapJa)];
  const labels = [...leaves(dictionary.editor.collections), ...leaves(dictionary.editor.fields)];
  const words = new Set<string>();
  for (const phrase of phrases) {
    const filled = phrase.match(PLACEHOLDER) ? labels.map((label) => phrase.replace(PLACEHOLDER, label)) : [];
    for (const text of [phrase, ...filled]) {
      words.add(text.trim());
      for (const sentence of text.split(/(?<=。)/u)) words.add(sentence.trim());
    }
    for (const part of phrase.split(/%\{[^}]+\}|: /u)) if (part.trim()) words.add(part.trim());
  }
  words.delete('');
  return words;
}
