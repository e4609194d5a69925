/**
 * Phrase-aware Japanese line breaking for short, prominent text (headings,
 * the mission statement, card titles, navigation, the print cover).
 *
 * Browsers break Japanese between any two characters, so a heading can wrap as
 * 「お知らせの見直／し」. CSS `word-break: auto-phrase` fixes that only in
 * Chromium 119+ (not Safari on iPhones, not Firefox, not an Edge that the
 * intranet has not updated). So at build time BudouX (Google's segmenter)
 * finds the phrase boundaries and we insert <wbr> there; the element gets
 * `word-break: keep-all` (class "phrases", see global.css), so lines break
 * only at those <wbr>s in every browser.
 *
 * <wbr> is an element, not a character: copied text, screen readers and the
 * Pagefind index see the original words (a zero-width space would not be).
 */
import { loadDefaultJapaneseParser } from 'budoux';
import { parse, type HTMLElement, type Node, NodeType, type TextNode } from 'node-html-parser';

/** What gets phrase breaks. Body prose keeps ordinary Japanese wrapping. */
export const PHRASE_SELECTOR = [
  'h1',
  'h2',
  'h3',
  'h4',
  '.mission__statement',
  '.mission__details dd',
  '.page-lead',
  '.principle-card__lead',
  '.post-card__summary',
  '.site-header__title',
  'nav a',
  '.print-cover p',
].join(', ');

export const PHRASES_CLASS = 'phrases';

const parser = loadDefaultJapaneseParser();
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/u;

const SHORT_KANA = /^\p{Script=Hiragana}{1,3}$/u;

/**
 * BudouX phrases, with a very short all-hiragana phrase joined to the one
 * before it: BudouX splits 「市役所と／して」, and a line must not start with
 * the second half of として.
 */
function phrases(text: string): string[] {
  const out: string[] = [];
  for (const phrase of parser.parse(text)) {
    const previous = out.at(-1);
    if (previous !== undefined && SHORT_KANA.test(phrase) && !/[\s、。！？」』）]$/u.test(previous)) {
      out[out.length - 1] = previous + phrase;
    } else {
      out.push(phrase);
    }
  }
  return out;
}

/** Offsets (in `text`) where a line may break between two phrases. */
export function phraseBoundaries(text: string): number[] {
  const out: number[] = [];
  let at = 0;
  for (const phrase of phrases(text)) {
    at += phrase.length;
    const before = text[at - 1];
    const after = text[at];
    if (after === undefined || before === undefined) continue;
    // Spaces already allow a break; only Japanese needs the hint.
    if (/\s/u.test(before) || /\s/u.test(after)) continue;
    if (!JAPANESE.test(before) && !JAPANESE.test(after)) continue;
    out.push(at);
  }
  return out;
}

function escapeText(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

function textNodes(node: Node, out: TextNode[]): TextNode[] {
  for (const child of node.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE) out.push(child as TextNode);
    else if (child.nodeType === NodeType.ELEMENT_NODE) {
      const tag = (child as HTMLElement).tagName;
      if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'svg' && tag !== 'SVG') textNodes(child, out);
    }
  }
  return out;
}

/** Insert <wbr> at the phrase boundaries of one element's text. */
function phraseElement(element: HTMLElement): void {
  const nodes = textNodes(element, []);
  const texts = nodes.map((n) => n.text);
  const full = texts.join('');
  if (!JAPANESE.test(full)) return;
  const cuts = phraseBoundaries(full);
  let start = 0;
  nodes.forEach((node, i) => {
    const text = texts[i] ?? '';
    const end = start + text.length;
    const local = cuts.filter((c) => c > start && c < end).map((c) => c - start);
    if (local.length > 0) {
      const pieces: string[] = [];
      let from = 0;
      for (const cut of local) {
        pieces.push(escapeText(text.slice(from, cut)));
        from = cut;
      }
      pieces.push(escapeText(text.slice(from)));
      node.rawText = pieces.join('<wbr>');
    }
    start = end;
  });
  const classes = element.getAttribute('class');
  element.setAttribute('class', classes ? `${classes} ${PHRASES_CLASS}` : PHRASES_CLASS);
}

/** Add phrase breaks to a whole HTML document (or fragment). */
export function addPhraseBreaks(html: string): string {
  const root = parse(html, {
    comment: true,
    blockTextElements: { script: true, noscript: true, style: true, pre: true, textarea: true },
  });
  const done = new Set<HTMLElement>();
  for (const element of root.querySelectorAll(PHRASE_SELECTOR)) {
    // An element inside one already handled (a link in a heading) is covered.
    let ancestor = element.parentNode;
    let covered = false;
    while (ancestor) {
      if (done.has(ancestor)) covered = true;
      ancestor = ancestor.parentNode;
    }
    if (covered || element.closest('[data-phrases-skip]')) continue;
    phraseElement(element);
    done.add(element);
  }
  return root.toString();
}
