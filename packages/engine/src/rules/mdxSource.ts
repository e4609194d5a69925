/**
 * The body of an MDX file as an editor means it, before any parser sees it.
 * One pass, shared by `npm run check:content`, the build's loader and the MDX
 * compiler itself (src/site/editorSafeMdx.ts wraps the Markdown processor with
 * it), so what is checked is exactly what is rendered:
 *
 * - `{` and `}` in running text are literal (posts never run code, so braces
 *   can only mean braces): 「{月曜}」 is shown as written.
 * - `<` that does not open a tag (10人<20人, <二十人>) is literal.
 * - `<https://…>` becomes a link; a bare URL followed by Japanese text
 *   (https://example.jp/。) ends where the ASCII ends.
 * - `<!-- … -->` is an editor's hidden note: removed (MDX has no HTML comments).
 * - Smart quotes around a component's attribute (type=“注意”) become "…".
 * - Lines starting `import`/`export` and `{…}` inside a tag are left as they are,
 *   so the MDX parser finds them and the checks refuse them by line.
 *
 * It also measures nesting (lists, quotes, tags) without parsing: thousands of
 * levels crash the native MDX compiler, so such a body is refused first.
 * Newlines are never added or removed: line numbers stay those of the file.
 */

/** Deeper nesting than this is refused (the compiler crashes at some thousands). */
export const MAX_NESTING = 100;
/** Longer bodies are refused: a post is not a pasted database dump. */
export const MAX_BODY_CHARACTERS = 1_000_000;

export interface PreparedSource {
  source: string;
  /** Deepest nesting met, and the 1-based body line where it first exceeded MAX_NESTING. */
  depth: number;
  tooDeepAt?: number | undefined;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/u;
const CONTAINER = /^[ \t]{0,3}(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))[ \t]?/u;
const ESM_LINE = /^(?:import|export)\b/u;
/** A line the character scan below may change. */
const MARKUP = /[<{}`\\]|https?:|mailto:/iu;
const URL_START = /^(?:https?|mailto):/iu;
/** HTML elements that never have content: they open no nesting level (<br>, <img …>). */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Attribute quotes, smart ones mapped to the straight quote MDX needs. */
const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '"', '”': '"', '‘': "'", '’': "'" };
const SMART_CLOSERS: Record<string, string> = { '"': '“”', "'": '‘’' };

/**
 * Braces around ASCII code ({process.env.HOME}, {fs.readFileSync(…)}) are an
 * attempt to run code and are refused; braces around words in Japanese
 * ({月曜}) or around nothing code-like are just braces.
 */
function looksLikeCode(inner: string): boolean {
  return /[A-Za-z_$]/u.test(inner) && /^[\x20-\x7E\t]*$/u.test(inner);
}

function lineDepth(line: string): number {
  if (line.trim() === '') return 0;
  let rest = line;
  let depth = 0;
  for (let match = CONTAINER.exec(rest); match && match[0].length > 0; match = CONTAINER.exec(rest)) {
    depth += 1;
    rest = rest.slice(match[0].length);
    if (depth > MAX_NESTING) break;
  }
  const indent = /^[ \t]*/u.exec(line)?.[0].length ?? 0;
  return depth + Math.floor(indent / 2);
}

/** A line the Markdown and MDX parsers could read differently: indented code (MDX has none), and images (MDX imports them). */
const NOT_PLAIN = /^(?:\t| {4})|!\[/u;

/**
 * True when the body is plain Markdown that the MDX compiler would render
 * exactly as the Markdown renderer does: no component, tag, brace, code,
 * URL or image, nothing prepareMdxSource would rewrite, no indented code.
 * Such a body is rendered once by the content loader and kept in Astro's
 * content store (src/model/loaders/strictGlob.ts) instead of being compiled
 * into a JavaScript module on every build. Deliberately conservative: any
 * doubt sends the body down the MDX path, which renders everything.
 */
export function rendersAsPlainMarkdown(body: string): boolean {
  if (body.length > MAX_BODY_CHARACTERS) return false;
  for (const line of body.split('\n')) {
    if (FENCE_OPEN.test(line) || MARKUP.test(line) || ESM_LINE.test(line) || NOT_PLAIN.test(line)) return false;
  }
  // Thousands of nesting levels crash either compiler: the checks refuse those first.
  return prepareMdxSource(body).tooDeepAt === undefined;
}

/**
 * Where the scanner is inside a line. A component may spread its attributes
 * over several lines, and a note over several paragraphs, so this carries
 * from one line to the next.
 *
 * - text: running Markdown text;
 * - comment: inside `<!-- … -->`;
 * - tag: inside `<Name …>`, between attributes;
 * - quoted: inside an attribute value in quotes;
 * - braced: inside `{…}` in a tag (left for the parser, which refuses it).
 */
type CharState = 'text' | 'comment' | 'tag' | 'quoted' | 'braced';

/**
 * One pass over a body, line by line and inside each line character by
 * character. Each state has its own handler, which consumes at least one
 * character of the current line and appends what MDX should read.
 */
class Scanner {
  readonly out: string[] = [];
  depth = 0;
  tooDeepAt: number | undefined;
  /** Whether tags open nesting levels: they do in MDX (components are parsed as a tree), not in Markdown (HTML is raw text to it). */
  private readonly countTags: boolean;

  constructor(countTags: boolean) {
    this.countTags = countTags;
  }

  // Line-level state: inside a fenced code block, or an import/export block.
  private fence: string | undefined;
  private inEsm = false;

  // Character-level state.
  private state: CharState = 'text';
  /** The straight quote that closes the current value, and whether it opened with a smart one. */
  private quote = '';
  private smartQuote = false;
  /** Open braces inside a tag. */
  private braces = 0;
  /** Components open now (opening tags minus closing and self-closing ones; void HTML elements do not count). */
  private tagDepth = 0;
  /** The deepest tagDepth reached within the current line: thousands of tags may open and close on one line. */
  private linePeak = 0;
  /** Whether the tag being read counts towards tagDepth (an HTML void element such as <br> does not). */
  private tagCounts = true;

  // The line being scanned.
  private line = '';
  private at = 0;
  private result = '';

  private readonly handlers: Record<CharState, () => void> = {
    text: () => this.scanText(),
    comment: () => this.scanComment(),
    tag: () => this.scanTag(),
    quoted: () => this.scanQuoted(),
    braced: () => this.scanBraced(),
  };

  scanLine(line: string, index: number): void {
    const marker = FENCE_OPEN.exec(line)?.[1];
    if (this.fence !== undefined) {
      const fence = this.fence;
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) this.fence = undefined;
      this.out.push(line);
      return;
    }
    const inText = this.state === 'text';
    if (inText && marker) {
      this.fence = marker;
      this.out.push(line);
      return;
    }
    if (this.inEsm) {
      if (line.trim() === '') this.inEsm = false;
      this.out.push(line);
      return;
    }
    if (inText && ESM_LINE.test(line)) {
      this.inEsm = true;
      this.out.push(line);
      return;
    }
    this.linePeak = this.tagDepth;
    const inTag = this.state === 'tag' || this.state === 'quoted' || this.state === 'braced';
    const lineNesting = inTag ? 0 : lineDepth(line);
    if (inText && !MARKUP.test(line)) {
      // Most lines of most posts: nothing to rewrite (fast path, same result).
      this.recordNesting(lineNesting, index);
      this.out.push(line);
      return;
    }
    this.line = line;
    this.at = 0;
    this.result = '';
    while (this.at < line.length) this.handlers[this.state]();
    this.recordNesting(lineNesting, index);
    this.out.push(this.result);
  }

  private recordNesting(lineNesting: number, index: number): void {
    const nesting = lineNesting + Math.max(this.tagDepth, this.linePeak, 0);
    if (nesting > this.depth) this.depth = nesting;
    if (this.tooDeepAt === undefined && nesting > MAX_NESTING) this.tooDeepAt = index + 1;
  }

  /** Copy `count` characters as they are. */
  private keep(count = 1): void {
    this.result += this.line.slice(this.at, this.at + count);
    this.at += count;
  }

  /** Replace `count` characters with `text`. */
  private emit(text: string, count: number): void {
    this.result += text;
    this.at += count;
  }

  private scanComment(): void {
    const end = this.line.indexOf('-->', this.at);
    if (end < 0) {
      this.emit(' '.repeat(this.line.length - this.at), this.line.length - this.at);
      return;
    }
    this.emit(' '.repeat(end + 3 - this.at), end + 3 - this.at);
    this.state = 'text';
  }

  private scanQuoted(): void {
    const char = this.line[this.at]!;
    // A value opened with a smart quote (what a Japanese IME types) closes with one too.
    const closes = this.smartQuote ? SMART_CLOSERS[this.quote]!.includes(char) || char === this.quote : char === this.quote;
    if (closes) {
      this.emit(this.quote, 1);
      this.state = 'tag';
      return;
    }
    this.keep();
  }

  private scanBraced(): void {
    const char = this.line[this.at]!;
    if (char === '{') this.braces += 1;
    if (char === '}') this.braces -= 1;
    if (this.braces === 0) this.state = 'tag';
    this.keep();
  }

  private scanTag(): void {
    const char = this.line[this.at]!;
    if (char in QUOTES) {
      this.quote = QUOTES[char]!;
      this.smartQuote = char !== this.quote;
      this.state = 'quoted';
      this.emit(this.quote, 1);
      return;
    }
    if (char === '{') {
      this.braces = 1;
      this.state = 'braced';
    }
    if (char === '>') {
      this.state = 'text';
      if (this.line[this.at - 1] === '/' && this.tagCounts) this.tagDepth -= 1;
    }
    this.keep();
  }

  private scanText(): void {
    const { line, at } = this;
    const char = line[at]!;
    if (char === '`') return this.textCode();
    if (char === '\\' && at + 1 < line.length) return this.keep(2);
    if (char === '{' || char === '}') return this.textBrace();
    if (char === '<') return this.textAngle();
    if ((char === 'h' || char === 'm') && URL_START.test(line.slice(at)) && !/[[(<"'=\]/]$/u.test(this.result)) {
      if (this.textBareUrl()) return;
    }
    this.keep();
  }

  /** `code`: kept as it is; an unmatched run of backticks is literal. */
  private textCode(): void {
    const run = /^`+/u.exec(this.line.slice(this.at))![0];
    const close = this.line.indexOf(run, this.at + run.length);
    this.keep(close > 0 ? close + run.length - this.at : run.length);
  }

  private textBrace(): void {
    const { line, at } = this;
    if (line[at] === '{') {
      const close = line.indexOf('}', at + 1);
      const inner = close > 0 ? line.slice(at + 1, close) : '';
      if (close > 0 && /^\s*\/\*[\s\S]*\*\/\s*$/u.test(inner)) {
        // {/* note */}: MDX's comment, an editor's hidden note like <!-- -->.
        return this.emit(' '.repeat(close + 1 - at), close + 1 - at);
      }
      if (close > 0 && !inner.includes('{') && looksLikeCode(inner)) {
        // Left for the parser, so the check refuses it by line: content never runs code.
        return this.keep(close + 1 - at);
      }
    }
    this.emit(`\\${line[at]!}`, 1);
  }

  private textAngle(): void {
    const rest = this.line.slice(this.at + 1);
    if (rest.startsWith('!--')) {
      this.state = 'comment';
      return this.emit('    ', 4);
    }
    const autolink = /^((?:https?|mailto):[^\s<>]*)>/iu.exec(rest);
    if (autolink) return this.emit(`[${autolink[1]}](${autolink[1]})`, autolink[0].length + 1);
    const name = /^\/?([A-Za-z][\w.:-]*)/u.exec(rest);
    if (name) {
      this.state = 'tag';
      this.tagCounts = this.countTags && !VOID_ELEMENTS.has(name[1]!);
      if (this.tagCounts) this.tagDepth += rest.startsWith('/') ? -1 : 1;
      if (this.tagDepth > this.linePeak) this.linePeak = this.tagDepth;
      return this.keep();
    }
    this.emit('\\<', 1);
  }

  /** A bare URL followed by Japanese text ends where the ASCII ends. True when it was rewritten. */
  private textBareUrl(): boolean {
    const url = /^[\x21-\x7E]+/u.exec(this.line.slice(this.at))![0].replace(/[.,;:!?)\]]+$/u, '');
    const next = this.line[this.at + url.length];
    if (next !== undefined && next.charCodeAt(0) > 0x7e && !url.includes('](')) {
      this.emit(`[${url}](${url})`, url.length);
      return true;
    }
    return false;
  }
}

/**
 * `markdown: true` measures a .md body's nesting for the Markdown parser:
 * lists and quotes only, since it reads HTML as raw text (the HTML's own
 * nesting is measured on the HTML parser's tree, bodyReferences.ts).
 */
export function prepareMdxSource(body: string, { markdown = false }: { markdown?: boolean } = {}): PreparedSource {
  const scanner = new Scanner(!markdown);
  body.split('\n').forEach((line, index) => scanner.scanLine(line, index));
  return { source: scanner.out.join('\n'), depth: scanner.depth, tooDeepAt: scanner.tooDeepAt };
}
