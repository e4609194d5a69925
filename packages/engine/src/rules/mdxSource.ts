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

export function prepareMdxSource(body: string): PreparedSource {
  const lines = body.split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  let inEsm = false;
  let inComment = false;
  // Tag state carries across lines: a component may spread its attributes over several.
  let inTag = false;
  let quote: string | undefined;
  let smartQuote = false;
  let braces = 0;
  let tagDepth = 0;
  let depth = 0;
  let tooDeepAt: number | undefined;

  lines.forEach((line, index) => {
    const marker = FENCE_OPEN.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      out.push(line);
      return;
    }
    if (!inTag && !inComment && marker) {
      fence = marker;
      out.push(line);
      return;
    }
    if (inEsm) {
      if (line.trim() === '') inEsm = false;
      out.push(line);
      return;
    }
    if (!inTag && !inComment && ESM_LINE.test(line)) {
      inEsm = true;
      out.push(line);
      return;
    }
    const lineNesting = inTag ? 0 : lineDepth(line);
    if (!inTag && !inComment && !MARKUP.test(line)) {
      // Most lines of most posts: nothing to rewrite (fast path, same result).
      const nesting = lineNesting + Math.max(tagDepth, 0);
      if (nesting > depth) depth = nesting;
      if (tooDeepAt === undefined && nesting > MAX_NESTING) tooDeepAt = index + 1;
      out.push(line);
      return;
    }

    let result = '';
    let i = 0;
    while (i < line.length) {
      const char = line[i]!;
      if (inComment) {
        const end = line.indexOf('-->', i);
        if (end < 0) {
          result += ' '.repeat(line.length - i);
          i = line.length;
        } else {
          result += ' '.repeat(end + 3 - i);
          i = end + 3;
          inComment = false;
        }
        continue;
      }
      if (inTag) {
        if (quote !== undefined) {
          // A value opened with a smart quote (what a Japanese IME types) closes with one too.
          const closes = smartQuote ? SMART_CLOSERS[quote]!.includes(char) || char === quote : char === quote;
          result += closes ? quote : char;
          if (closes) quote = undefined;
          i += 1;
          continue;
        }
        if (braces > 0) {
          if (char === '{') braces += 1;
          if (char === '}') braces -= 1;
          result += char;
          i += 1;
          continue;
        }
        if (char in QUOTES) {
          quote = QUOTES[char]!;
          smartQuote = char !== quote;
          result += quote;
          i += 1;
          continue;
        }
        if (char === '{') braces += 1;
        if (char === '>') {
          inTag = false;
          if (line[i - 1] === '/') tagDepth -= 1;
        }
        result += char;
        i += 1;
        continue;
      }
      // Running text.
      if (char === '`') {
        const run = /^`+/u.exec(line.slice(i))![0];
        const close = line.indexOf(run, i + run.length);
        if (close > 0) {
          result += line.slice(i, close + run.length);
          i = close + run.length;
          continue;
        }
        result += run;
        i += run.length;
        continue;
      }
      if (char === '\\' && i + 1 < line.length) {
        result += line.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (char === '{') {
        const close = line.indexOf('}', i + 1);
        const inner = close > 0 ? line.slice(i + 1, close) : '';
        if (close > 0 && /^\s*\/\*[\s\S]*\*\/\s*$/u.test(inner)) {
          // {/* note */}: MDX's comment, an editor's hidden note like <!-- -->.
          result += ' '.repeat(close + 1 - i);
          i = close + 1;
          continue;
        }
        if (close > 0 && !inner.includes('{') && looksLikeCode(inner)) {
          // Left for the parser, so the check refuses it by line: content never runs code.
          result += line.slice(i, close + 1);
          i = close + 1;
          continue;
        }
      }
      if (char === '{' || char === '}') {
        result += `\\${char}`;
        i += 1;
        continue;
      }
      if (char === '<') {
        const rest = line.slice(i + 1);
        if (rest.startsWith('!--')) {
          inComment = true;
          result += '    ';
          i += 4;
          continue;
        }
        const autolink = /^((?:https?|mailto):[^\s<>]*)>/iu.exec(rest);
        if (autolink) {
          result += `[${autolink[1]}](${autolink[1]})`;
          i += autolink[0].length + 1;
          continue;
        }
        if (/^\/?[A-Za-z]/u.test(rest)) {
          inTag = true;
          tagDepth += rest.startsWith('/') ? -1 : 1;
          result += char;
          i += 1;
          continue;
        }
        result += '\\<';
        i += 1;
        continue;
      }
      if ((char === 'h' || char === 'm') && URL_START.test(line.slice(i)) && !/[[(<"'=\]/]$/u.test(result)) {
        const url = /^[\x21-\x7E]+/u.exec(line.slice(i))![0].replace(/[.,;:!?)\]]+$/u, '');
        const next = line[i + url.length];
        if (next !== undefined && next.charCodeAt(0) > 0x7e && !url.includes('](')) {
          result += `[${url}](${url})`;
          i += url.length;
          continue;
        }
      }
      result += char;
      i += 1;
    }
    const nesting = lineNesting + Math.max(tagDepth, 0);
    if (nesting > depth) depth = nesting;
    if (tooDeepAt === undefined && nesting > MAX_NESTING) tooDeepAt = index + 1;
    out.push(result);
  });
  return { source: out.join('\n'), depth, tooDeepAt };
}
