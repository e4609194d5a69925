/**
 * Search result excerpts that read like Japanese. Pagefind's own excerpt is a
 * window of N words: it starts mid-word, shows block boundaries as an English
 * ". ", and includes the hidden extra terms (summary, searchTerms) indexed
 * at the end of a page. Here the excerpt is cut from the page text Pagefind
 * returns (`content`) at sentence boundaries (。！？), without the hidden
 * tail, with the typed words marked.
 */
import { foldText } from './normalizeQuery.ts';

/** Pagefind separates the segments of Japanese text with zero-width spaces. */
const SEGMENT_MARK = /\u200b/gu;
/**
 * Pagefind ends a block (heading, list item) without final punctuation with
 * ". ": a period after Japanese, or before it, is such an end (「見直し. PC端末」
 * as much as 「案. 市民」); "Ver. 2" in English text is not.
 */
const BLOCK_END = /(?<=[^\x00-\x7f])\.\s+|\.\s+(?=[^\x00-\x7f])|(?<=[。！？!?」』）])\s+/u;
const SENTENCE_END = /(?<=[。！？!?])/u;
const TARGET = 90;
const LONG = 140;

function cleanContent(content: string, hiddenTail = ''): string {
  let text = content.replace(SEGMENT_MARK, '');
  const tail = hiddenTail.replace(SEGMENT_MARK, '').trim();
  if (tail) {
    const at = text.lastIndexOf(tail);
    if (at >= 0) text = text.slice(0, at);
  }
  return text.trim().replace(/\.$/u, '');
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** Escape the text and wrap every occurrence of the terms (compared folded) in <mark>. */
function markTerms(text: string, terms: readonly string[]): string {
  const folded = foldText(text);
  // NFKC may change lengths (ｺｽﾄ); mark only when the folded text lines up.
  if (folded.length !== text.length) return escapeHtml(text);
  const marks: Array<[number, number]> = [];
  for (const term of terms.filter((t) => t !== '')) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      marks.push([at, at + term.length]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  for (const [start, end] of marks) {
    if (start < from) continue;
    out += `${escapeHtml(text.slice(from, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    from = end;
  }
  return out + escapeHtml(text.slice(from));
}

export interface ExcerptInput {
  content: string;
  title?: string | undefined;
  /** The hidden extra terms at the end of the indexed text (meta "terms"). */
  hiddenTail?: string | undefined;
  /** Shown when the page text has none of the terms (title or extra-term match). */
  fallback?: string | undefined;
}

/** Plain-text excerpt: whole sentences from the first that contains a term. */
export function excerptText(input: ExcerptInput, terms: readonly string[]): string {
  const text = cleanContent(input.content, input.hiddenTail);
  const blocks = text.split(BLOCK_END).map((block) => block.trim()).filter(Boolean);
  // The first block is the page title (the h1 inside data-pagefind-body).
  if (input.title && blocks[0] && foldText(blocks[0]) === foldText(input.title)) blocks.shift();
  const wanted = terms.filter((t) => t !== '');
  // Prose first: a heading (no 。) is a poor excerpt when a sentence has the word.
  for (const prose of [true, false]) {
    for (const block of blocks) {
      if (prose !== /[。！？!?]$/u.test(block)) continue;
      const sentences = block.split(SENTENCE_END).filter((s) => s.trim() !== '');
      const hit = sentences.findIndex((s) => wanted.some((term) => foldText(s).includes(term)));
      if (hit < 0) continue;
      let excerpt = sentences[hit] ?? '';
      if (excerpt.length > LONG) return trimAround(excerpt, wanted);
      for (const next of sentences.slice(hit + 1)) {
        if (excerpt.length + next.length > TARGET + 30) break;
        excerpt += next;
        if (excerpt.length >= TARGET) break;
      }
      return excerpt.trim();
    }
  }
  if (input.fallback) return input.fallback.trim();
  const first = blocks.find((block) => /[。！？]$/u.test(block)) ?? blocks[0] ?? '';
  return first.length > LONG ? `${first.slice(0, LONG)}…` : first;
}

/** A very long sentence: from the clause (after 、) before the first term. */
function trimAround(sentence: string, terms: readonly string[]): string {
  const folded = foldText(sentence);
  const at = Math.min(...terms.map((t) => folded.indexOf(t)).filter((i) => i >= 0));
  const clause = sentence.lastIndexOf('、', at);
  const start = at > 60 && clause >= 0 ? clause + 1 : 0;
  const end = Math.min(sentence.length, start + LONG);
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end)}${end < sentence.length ? '…' : ''}`;
}

/** The excerpt as safe HTML with the terms marked. */
export function excerptHtml(input: ExcerptInput, terms: readonly string[]): string {
  return markTerms(excerptText(input, terms), terms);
}
