/**
 * Phrase-aware Japanese line breaking for short, prominent text (headings,
 * the mission statement, card titles, navigation, the print cover) and for
 * narrow places (table cells, captions, the mission history's definitions).
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
import { Parser } from 'htmlparser2';

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
  // Narrow places: a table column or a definition wraps at every phrase it can.
  'th',
  'td',
  'caption',
  'figcaption',
  'summary',
  '.mission-history dd',
  '.prev-next__title',
].join(', ');

const PHRASES_CLASS = 'phrases';

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

/**
 * One rule of PHRASE_SELECTOR: an element with this tag or class, optionally
 * inside an ancestor with that tag or class ("nav a", ".print-cover p").
 */
interface Simple {
  tag?: string;
  className?: string;
}
interface Rule {
  target: Simple;
  ancestor?: Simple;
}

function simple(text: string): Simple {
  return text.startsWith('.') ? { className: text.slice(1) } : { tag: text.toLowerCase() };
}

/** PHRASE_SELECTOR as rules; it uses only tags, classes and one descendant combinator. */
const RULES: readonly Rule[] = PHRASE_SELECTOR.split(',').map((part) => {
  const steps = part.trim().split(/\s+/u);
  const target = simple(steps.at(-1)!);
  return steps.length > 1 ? { target, ancestor: simple(steps[0]!) } : { target };
});

interface Open {
  tag: string;
  classes: readonly string[];
}

const matches = (want: Simple, element: Open) => (want.tag ? element.tag === want.tag : element.classes.includes(want.className!));

/** Text of a matched element: one entry per text or character-reference token, with its place in the source. */
interface TextPiece {
  start: number;
  end: number;
  text: string;
}

interface Phrased {
  /** Where the open tag ends in the source (the offset of its ">"). */
  tagStart: number;
  tagEnd: number;
  depth: number;
  pieces: TextPiece[];
}

const boundaryCache = new Map<string, number[]>();

/** phraseBoundaries, remembered: card titles and summaries repeat on many list pages. */
function cachedBoundaries(text: string): number[] {
  let cuts = boundaryCache.get(text);
  if (!cuts) {
    if (boundaryCache.size > 50_000) boundaryCache.clear();
    cuts = phraseBoundaries(text);
    boundaryCache.set(text, cuts);
  }
  return cuts;
}

/** Where, in the source, each phrase boundary of the element's text falls; and the class to add. */
function editsFor(html: string, element: Phrased, edits: Array<[number, string]>): void {
  const full = element.pieces.map((piece) => piece.text).join('');
  if (!JAPANESE.test(full)) return;
  let at = 0;
  let next = 0;
  const cuts = cachedBoundaries(full);
  for (const piece of element.pieces) {
    const end = at + piece.text.length;
    // A cut inside a character reference (&amp;) cannot be marked; plain text maps one to one.
    const plain = piece.end - piece.start === piece.text.length;
    while (next < cuts.length && cuts[next]! < end) {
      const cut = cuts[next]!;
      if (cut === at) edits.push([piece.start, '<wbr>']);
      else if (plain && cut > at) edits.push([piece.start + (cut - at), '<wbr>']);
      next += 1;
    }
    at = end;
  }
  const tag = html.slice(element.tagStart, element.tagEnd);
  const classAttribute = /\sclass\s*=\s*(["'])/iu.exec(tag);
  if (classAttribute) {
    const close = tag.indexOf(classAttribute[1]!, classAttribute.index + classAttribute[0].length);
    edits.push([element.tagStart + close, ` ${PHRASES_CLASS}`]);
  } else {
    const nameEnd = /^<[^\s/>]+/u.exec(tag)![0].length;
    edits.push([element.tagStart + nameEnd, ` class="${PHRASES_CLASS}"`]);
  }
}

/** Elements whose text is never phrase-broken (nor counted): code and graphics. */
const OPAQUE = new Set(['script', 'style', 'svg', 'math', 'template', 'textarea', 'pre', 'noscript']);

/**
 * Add phrase breaks to a whole HTML document (or fragment). One streaming
 * pass (htmlparser2) finds the matched elements' text; the source is then
 * copied with <wbr> and the class inserted, so everything else stays byte
 * for byte as Astro wrote it. (A DOM parse and re-serialisation of every
 * page cost about 7 s CPU per 1,000 posts; see bench/README.md.)
 */
export function addPhraseBreaks(html: string): string {
  const stack: Open[] = [];
  const edits: Array<[number, string]> = [];
  let skipDepth = 0;
  let opaqueDepth = 0;
  let active: Phrased | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element: Open = { tag: name, classes: (attributes.class ?? '').split(/\s+/u).filter(Boolean) };
        stack.push(element);
        if (skipDepth === 0 && 'data-phrases-skip' in attributes) skipDepth = stack.length;
        if (opaqueDepth === 0 && OPAQUE.has(name)) opaqueDepth = stack.length;
        if (active || skipDepth > 0 || opaqueDepth > 0) return;
        const hit = RULES.some(({ target, ancestor }) => matches(target, element) && (!ancestor || stack.slice(0, -1).some((open) => matches(ancestor, open))));
        if (hit) active = { tagStart: parser.startIndex, tagEnd: parser.endIndex + 1, depth: stack.length, pieces: [] };
      },
      ontext(text) {
        if (active && opaqueDepth === 0) active.pieces.push({ start: parser.startIndex, end: parser.endIndex + 1, text });
      },
      onclosetag() {
        if (active?.depth === stack.length) {
          editsFor(html, active, edits);
          active = undefined;
        }
        if (skipDepth === stack.length) skipDepth = 0;
        if (opaqueDepth === stack.length) opaqueDepth = 0;
        stack.pop();
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (active) editsFor(html, active, edits);
  if (edits.length === 0) return html;
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  for (const [at, insert] of edits) {
    out += html.slice(from, at) + insert;
    from = at;
  }
  return out + html.slice(from);
}
