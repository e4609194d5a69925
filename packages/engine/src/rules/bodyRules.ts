/**
 * Checks on what editors write in a body (posts, principles, handbook
 * chapters, the mission), run before anything is rendered, on an MDX tree
 * (mdast): the body may use the registered components and plain
 * Markdown/HTML only — no import/export, no `{expression}`, no script, no on…
 * handler — and its images and component attributes must point at things
 * that exist.
 *
 * One walk, one set of messages, whatever parser made the tree: the build and
 * `npm run check:content` pass satteri, the parser the build compiles with
 * (./bodyReferences.ts); the browser editor passes a pure-JavaScript parser
 * (./jsMdxParser.ts), checked against satteri by
 * tests/unit/bodyParserParity.test.ts.
 *
 * The body first goes through prepareMdxSource (./mdxSource.ts), as it does
 * in the build, so literal `<` and `{` in running text are no mistakes.
 */
import { listChoices, type ContentIssue, type IssueCode } from './issues.ts';
import { attributeProblem, FORBIDDEN_ELEMENTS, htmlProblems } from './htmlSafety.ts';
import { unknownPrincipleMessage } from './principleMessages.ts';
import { hasQueryOrFragment, imageProblems } from './imageRules.ts';

import { MAX_BODY_CHARACTERS, MAX_NESTING, prepareMdxSource } from './mdxSource.ts';

/** Components available in every MDX file without an import. */
export const AUTHOR_COMPONENTS = ['Callout', 'Figure', 'PrincipleLink', 'PostEmbed', 'Term'] as const;

/**
 * Callout kinds; the Japanese spelling is accepted too. `explanation` (解説)
 * marks text the site wrote to help readers, so that it is never read as the
 * organisation's official wording or policy.
 */
export const CALLOUT_TYPES: Record<string, 'point' | 'caution' | 'explanation'> = {
  point: 'point',
  ポイント: 'point',
  caution: 'caution',
  注意: 'caution',
  explanation: 'explanation',
  解説: 'explanation',
};

/** The one message for a Callout type that does not exist (loader check and component alike). */
export function calloutTypeProblem(type: string): { ja: string; en: string } | undefined {
  if (type in CALLOUT_TYPES) return undefined;
  return {
    ja: `type には ${Object.keys(CALLOUT_TYPES).join(', ')} のいずれかを書いてください（今の値: "${type}"）`,
    en: `type must be one of: ${Object.keys(CALLOUT_TYPES).join(', ')} (got "${type}")`,
  };
}

interface ImageReference {
  alt: string;
  url: string;
  line: number;
}

interface ComponentReference {
  name: string;
  attributes: Record<string, string>;
  line: number;
}

export interface BodyReferences {
  images: ImageReference[];
  components: ComponentReference[];
}

/** A problem in the body itself, at a line of the body (1-based). */
interface BodyProblem {
  code: IssueCode;
  line: number;
  field: string;
  ja: string;
  en: string;
}

interface BodyAnalysis extends BodyReferences {
  problems: BodyProblem[];
}

export type BodyFormat = 'mdx' | 'md';

/** A node of an mdast tree, as much of it as the walk reads. */
export interface MdastNode {
  type: string;
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } } | undefined;
  children?: MdastNode[];
  [key: string]: unknown;
}

/** What a parser reports when it cannot read a body: the line (1-based) and its own words. */
export interface ParseFailure {
  line: number;
  reason: string;
}

/**
 * An MDX/Markdown parser for the walk: the tree of `source`, or why it cannot
 * be read. `name` keeps each parser's results apart in the cache.
 */
export interface BodyParser {
  name: string;
  parse(source: string, format: BodyFormat): { tree: MdastNode } | { failure: ParseFailure };
}

const NEEDS_PARSE = /[<{}]|!\[|^(?:import|export)\b/mu;

/** `foo.md` is plain Markdown (no components, no MDX syntax); everything else MDX. */
export function bodyFormat(file: string): BodyFormat {
  return /\.md$/iu.test(file) ? 'md' : 'mdx';
}

const lineOf = (node: MdastNode): number => node.position?.start.line ?? 1;

/**
 * The parser's own words ("Expected a closing tag for `<Callout>` (3:1) …")
 * as a message an editor can act on. Both parsers' phrasings are read here,
 * so the same mistake gets the same code and line whichever parser saw it.
 */
function parseProblem({ line, reason }: ParseFailure): BodyProblem {
  const detail = reason.replace(/\s*\((?:mdx|micromark)[^)]*\)\s*$/u, '');
  const field = '本文 body';
  const unclosed = /Expected a closing tag for `<([^>\s]+)>`(?: \((\d+):\d+)?/u.exec(detail);
  if (unclosed) {
    const name = unclosed[1]!;
    return {
      code: 'body.unclosed-tag',
      // Where the tag opens (the parsers differ on where they notice it is missing).
      line: unclosed[2] ? Number(unclosed[2]) : line,
      field: `<${name}>`,
      ja: `<${name}> が閉じられていません。中身の後に </${name}> を書くか、中身がなければ <${name} /> と書いてください`,
      en: `<${name}> is not closed: write </${name}> after its content, or <${name} /> when it has none`,
    };
  }
  const stray = /Unexpected closing (?:slash|tag)[^`]*`?<?\/?([^>`\s]*)/u.exec(detail);
  if (stray) {
    return {
      code: 'body.stray-closing-tag',
      line,
      field,
      ja: `閉じタグ </${stray[1] ?? ''}> に対応する開始タグがありません。開始タグを書くか、この閉じタグを消してください`,
      en: `the closing tag </${stray[1] ?? ''}> has no opening tag: add the opening tag or remove this one`,
    };
  }
  if (/import|export|\besm\b/iu.test(detail)) return esmProblem(line);
  return {
    code: 'body.unreadable',
    line,
    field,
    ja: `本文の書き方を読み取れません。部品のタグ（<名前 …>）の閉じ忘れ、属性の引用符（"…"）を確認してください（解析器の説明: ${detail}）`,
    en: `the body cannot be read: check that each component tag (<Name …>) is closed and its attributes are in "quotes" (parser: ${detail})`,
  };
}

function esmProblem(line: number): BodyProblem {
  return {
    code: 'body.import-export',
    line,
    field: 'import / export',
    ja: `本文に import や export は書けません（記事ではプログラムを動かせません）。使える部品（${AUTHOR_COMPONENTS.join(', ')}）は import なしで使えます。この行を消してください`,
    en: `import and export are not allowed in content (posts never run code). The components ${AUTHOR_COMPONENTS.join(', ')} work without an import: remove this line`,
  };
}

function expressionProblem(line: number, field: string): BodyProblem {
  if (field === '{ }') {
    return {
      code: 'body.expression',
      line,
      field,
      ja: '{ } の中の英数字はプログラムとして実行されるため書けません。括弧を文字として見せるときは全角の ｛ ｝ を使うか、\\{ と書いてください',
      en: 'English letters inside { } would run as code, which content may not do: to show braces, use full-width ｛ ｝ or write \\{',
    };
  }
  return {
    code: 'body.attribute-expression',
    line,
    field,
    ja: '属性に { } は使えません（プログラムとして実行されます）。name="値" のように引用符で書いてください',
    en: 'an attribute in { } would run as code, which content may not do: write it in quotes, name="value"',
  };
}

function forbiddenAttribute(line: number, tag: string, key: string): BodyProblem {
  return {
    code: 'body.event-attribute',
    line,
    field: `<${tag}> ${key}`,
    ja: `属性「${key}」は使えません（読む人のブラウザでプログラムが動きます）。この属性を消してください`,
    en: `the attribute "${key}" is not allowed (it would run code in readers' browsers): remove it`,
  };
}

function attributesOf(node: MdastNode, problems: BodyProblem[]): Record<string, string> {
  const attributes: Record<string, string> = {};
  const name = (node as { name?: string | null }).name ?? '';
  const line = lineOf(node);
  for (const attribute of (node as { attributes?: MdastNode[] }).attributes ?? []) {
    const { type, name: key, value } = attribute as { type: string; name?: string; value?: unknown };
    if (type !== 'mdxJsxAttribute' || typeof key !== 'string') {
      problems.push(expressionProblem(line, `<${name}>`));
      continue;
    }
    if (value !== null && value !== undefined && typeof value !== 'string') {
      problems.push(expressionProblem(line, `<${name}> ${key}`));
      continue;
    }
    const text = typeof value === 'string' ? value : '';
    if (attributeProblem(key, text)) {
      problems.push(forbiddenAttribute(line, name, key));
      continue;
    }
    attributes[key] = text;
  }
  return attributes;
}

/** Tree nodes that open a nesting level. */
const NESTING_NODES = new Set(['list', 'blockquote', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

function tooDeepProblem(line: number): BodyProblem {
  return {
    code: 'body.too-deep',
    line,
    field: '本文 body',
    ja: `箇条書き・引用・部品の入れ子が深すぎます（${MAX_NESTING} 段を超えています）。入れ子を浅くしてください`,
    en: `lists, quotes or components are nested too deeply (more than ${MAX_NESTING} levels): flatten them`,
  };
}

const caches = new Map<string, Map<string, BodyAnalysis>>();

/** Prepare, parse and walk a body once; the last few results are kept (check and embed scan read the same body). */
function analyse(body: string, format: BodyFormat, parser: BodyParser): BodyAnalysis {
  const key = `${format}\u0000${body}`;
  const cache = caches.get(parser.name) ?? new Map<string, BodyAnalysis>();
  caches.set(parser.name, cache);
  const known = cache.get(key);
  if (known) return known;
  const result = analyseUncached(body, format, parser);
  if (cache.size > 8) cache.clear();
  cache.set(key, result);
  return result;
}

function analyseUncached(body: string, format: BodyFormat, parser: BodyParser): BodyAnalysis {
  const empty = (problems: BodyProblem[]): BodyAnalysis => ({ images: [], components: [], problems });
  if (body.length > MAX_BODY_CHARACTERS) {
    return empty([
      {
        code: 'body.too-long',
        line: 1,
        field: '本文 body',
        ja: `本文が長すぎます（${body.length.toLocaleString('en')} 字）。${MAX_BODY_CHARACTERS.toLocaleString('en')} 字以内にし、長い資料は記事を分けるかファイルとして添付してください`,
        en: `the body is too long (${body.length.toLocaleString('en')} characters): keep it under ${MAX_BODY_CHARACTERS.toLocaleString('en')}, split the post, or attach long material as a file`,
      },
    ]);
  }
  // A .md body is rendered as written; the scan still measures its nesting (the parser crashes on thousands).
  const prepared = format === 'mdx' ? prepareMdxSource(body) : { ...prepareMdxSource(body, { markdown: true }), source: body };
  if (prepared.tooDeepAt !== undefined) {
    return empty([tooDeepProblem(prepared.tooDeepAt)]);
  }
  // Nothing a parser could find (no tag, brace, image or import): skip it.
  // Most posts are plain text; this keeps the check fast at thousands of posts.
  if (!NEEDS_PARSE.test(prepared.source)) return empty([]);
  const parsed = parser.parse(prepared.source, format);
  if ('failure' in parsed) return empty([parseProblem(parsed.failure)]);
  const { tree } = parsed;
  const analysis: BodyAnalysis = { images: [], components: [], problems: [] };
  const htmlPieces: MdastNode[] = [];
  const stack: Array<[MdastNode, number]> = [[tree, 0]];
  let tooDeep = false;
  while (stack.length > 0) {
    const [node, outer] = stack.pop()!;
    // Nesting as parsed: lists, quotes and components inside one another.
    const nesting = NESTING_NODES.has(node.type) ? outer + 1 : outer;
    if (nesting > MAX_NESTING && !tooDeep) {
      tooDeep = true;
      analysis.problems.push(tooDeepProblem(lineOf(node)));
    }
    const line = lineOf(node);
    switch (node.type) {
      case 'mdxjsEsm':
        analysis.problems.push(esmProblem(line));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        analysis.problems.push(expressionProblem(line, '{ }'));
        break;
      case 'image': {
        const image = node as { alt?: string | null; url?: string };
        analysis.images.push({ alt: image.alt ?? '', url: image.url ?? '', line });
        break;
      }
      case 'html':
        htmlPieces.push(node);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = (node as { name?: string | null }).name ?? '';
        const attributes = attributesOf(node, analysis.problems);
        if (/^[a-z]/u.test(name) && FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
          analysis.problems.push(forbiddenHtml(line, name));
          break; // its content is not looked at
        }
        if (/^[A-Z]/u.test(name) || name.includes('.')) analysis.components.push({ name, attributes, line });
        break;
      }
    }
    const children = (node as { children?: MdastNode[] }).children;
    if (children) for (let index = children.length - 1; index >= 0; index -= 1) stack.push([children[index]!, nesting]);
  }
  analysis.problems.push(...rawHtmlProblems(prepared.source, htmlPieces));
  analysis.components.sort((a, b) => a.line - b.line);
  analysis.images.sort((a, b) => a.line - b.line);
  return analysis;
}

const offsetOf = (node: MdastNode): { start: number; end: number } => {
  const position = (node as { position?: { start: { offset?: number }; end: { offset?: number } } }).position;
  return { start: position?.start.offset ?? 0, end: position?.end.offset ?? 0 };
};

const escapeText = (text: string) =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');

/**
 * Raw HTML of a Markdown (.md) body: every element and attribute of every
 * piece, read by the HTML parser. Each piece is read alone, and all of them
 * together with the text between them as the renderer escapes it — the
 * browser reads the page as one document, where a piece can end inside a
 * tag that the next one completes.
 */
function rawHtmlProblems(source: string, pieces: MdastNode[]): BodyProblem[] {
  if (pieces.length === 0) return [];
  const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;
  const found = new Map<string, BodyProblem>();
  const add = (line: number, tag: string, attribute: string | undefined) => {
    const problem = attribute === undefined ? forbiddenHtml(line, tag) : forbiddenAttribute(line, tag, attribute);
    found.set(`${line}\u0000${problem.field}`, problem);
  };
  const ordered = pieces.map(offsetOf).sort((a, b) => a.start - b.start);
  // The joined reading, with where each part came from in the source.
  let joined = '';
  const parts: Array<{ at: number; source: number; raw: boolean }> = [];
  let previous = 0;
  for (const { start, end } of ordered) {
    if (start < previous) continue;
    parts.push({ at: joined.length, source: previous, raw: false });
    joined += escapeText(source.slice(previous, start));
    parts.push({ at: joined.length, source: start, raw: true });
    joined += source.slice(start, end);
    previous = end;
    for (const problem of htmlProblems(source.slice(start, end))) {
      if (!problem.tooDeep) add(lineAt(start) + problem.line - 1, problem.tag, problem.attribute);
    }
  }
  for (const problem of htmlProblems(joined)) {
    const offset = problem.offset ?? 0;
    if (problem.tooDeep) {
      const part = parts.findLast((item) => item.at <= offset) ?? { at: 0, source: 0, raw: true };
      const line = lineAt(part.raw ? part.source + offset - part.at : part.source);
      found.set(`${line}\u0000depth`, tooDeepProblem(line));
      continue;
    }
    const part = parts.findLast((item) => item.at <= offset) ?? { at: 0, source: 0, raw: true };
    const sourceOffset = part.raw ? part.source + offset - part.at : part.source;
    add(lineAt(sourceOffset), problem.tag, problem.attribute);
  }
  return [...found.values()];
}

function forbiddenHtml(line: number, tag: string): BodyProblem {
  return {
    code: 'body.forbidden-html',
    line,
    field: `<${tag}>`,
    ja: `<${tag}> は本文に書けません（プログラムの実行や外部ページの読み込みになります）。使える部品（${AUTHOR_COMPONENTS.join(', ')}）と通常の Markdown で書いてください`,
    en: `<${tag}> is not allowed in content (it runs code or loads other pages): use the components ${AUTHOR_COMPONENTS.join(', ')} and plain Markdown`,
  };
}

/** Images and components of a body, found by the MDX parser (code blocks are code, not markup). */
export function collectReferencesWith(parser: BodyParser, body: string, format: BodyFormat = 'mdx'): BodyReferences {
  const { images, components } = analyse(body, format, parser);
  return { images, components };
}

export interface ReferenceContext {
  /** Project-relative path of the file, for messages. */
  file: string;
  /** Line of the file on which the body starts (after the frontmatter), for messages. */
  firstLine?: number;
  principleIds: readonly string[];
  /** Official titles, for messages that list the choices. */
  principleTitles?: Readonly<Record<string, string>>;
  postSlugs: readonly string[];
  /** Glossary terms; undefined when glossary.yaml cannot be read (its own problem is reported). */
  terms?: ReadonlyArray<{ id: string; term: string }> | undefined;
  /** Does a file exist at this path relative to the content file's folder? */
  fileExists: (relativePath: string) => boolean;
  /**
   * Is the file at this path (which exists) really inside the content folder,
   * resolved through links? Omitted where there is no disk (the editor).
   */
  fileInside?: (relativePath: string) => boolean;
}

const isExternal = (url: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/iu.test(url);

/** The one message for an unknown glossary term id (loader check and <Term> alike). */
export function unknownTermMessage(id: string, terms: ReadonlyArray<{ id: string; term: string }>): { ja: string; en: string } {
  if (terms.length === 0) {
    // No glossary.yaml: the glossary is off (it is optional).
    return {
      ja: `用語ID「${id}」は使えません。用語集（content/glossary.yaml）がないためです。用語集を作るか、<Term> を消して言葉だけにしてください`,
      en: `glossary term id "${id}" cannot be used: there is no glossary (content/glossary.yaml); add one, or remove the <Term> and keep the word`,
    };
  }
  const list = listChoices(terms.map((term) => `${term.id}（${term.term}）`));
  return {
    ja: `用語ID「${id}」は content/glossary.yaml にありません。次のいずれかを書くか、用語集に追加してください: ${list}`,
    en: `unknown glossary term id "${id}" (not in content/glossary.yaml). Use one of: ${list}, or add it to the glossary`,
  };
}

/** Every problem of a body, on the tree `parser` makes of it. */
export function checkBodyWith(parser: BodyParser, body: string, context: ReferenceContext): ContentIssue[] {
  const { file, principleIds, postSlugs, fileExists, firstLine = 1, terms } = context;
  const analysis = analyse(body, bodyFormat(file), parser);
  const issues: ContentIssue[] = [];
  const lineOf = (bodyLine: number) => bodyLine + firstLine - 1;
  const at = (bodyLine: number, what: string) => `${what} ${lineOf(bodyLine)}行目 / line ${lineOf(bodyLine)}`;
  for (const problem of analysis.problems) {
    issues.push({ code: problem.code, file, field: at(problem.line, problem.field), line: lineOf(problem.line), ja: problem.ja, en: problem.en });
  }

  for (const image of analysis.images) {
    const field = at(image.line, '画像 image');
    const line = lineOf(image.line);
    for (const problem of imageProblems(image)) issues.push({ file, field, line, ...problem });
    if (image.url === '' || isExternal(image.url) || hasQueryOrFragment(image.url)) {
      // Reported above.
    } else if (!image.url.startsWith('/') && fileExists(safeDecode(image.url)) && context.fileInside && !context.fileInside(safeDecode(image.url))) {
      issues.push({
        code: 'body.image-outside',
        file,
        field,
        line,
        ja: `画像「${image.url}」は content/ フォルダーの外にあります。画像ファイルを content/ の中（記事と同じフォルダーなど）に置いてください`,
        en: `the image "${image.url}" is outside the content folder: put the image file inside it (beside the post, for example)`,
      });
    } else if (!image.url.startsWith('/') && !fileExists(safeDecode(image.url))) {
      issues.push({
        code: 'body.image-not-found',
        file,
        field,
        line,
        ja: `画像ファイル「${image.url}」が見つかりません。記事と同じフォルダに置き、ファイル名（大文字・小文字、拡張子）を確認してください`,
        en: `image file "${image.url}" not found: put it beside the post and check the file name (case and extension)`,
      });
    }
  }

  const known = new Set<string>(AUTHOR_COMPONENTS);
  const termIds = new Set(terms?.map((term) => term.id));
  for (const component of analysis.components) {
    const { name, attributes } = component;
    const field = at(component.line, `<${name}>`);
    const line = lineOf(component.line);
    if (!known.has(name)) {
      issues.push({
        code: 'body.unknown-component',
        file,
        field,
        line,
        ja: `部品「${name}」はありません。使える部品: ${AUTHOR_COMPONENTS.join(', ')}（綴りと大文字・小文字を確認してください）`,
        en: `there is no component "${name}". Available: ${AUTHOR_COMPONENTS.join(', ')} (check spelling and case)`,
      });
      continue;
    }
    if (name === 'PrincipleLink' && !principleIds.includes(attributes.id ?? '')) {
      issues.push({ code: 'body.unknown-principle', file, field: `${field} id`, line, ...unknownPrincipleMessage(attributes.id ?? '', principleIds, context.principleTitles) });
    }
    if (name === 'PostEmbed' && !postSlugs.includes(attributes.slug ?? '')) {
      issues.push({
        code: 'body.unknown-post',
        file,
        field: `${field} slug`,
        line,
        ja: `記事「${attributes.slug ?? ''}」はありません。slug="…" には記事のファイル名（.mdx を除いたもの）を書いてください`,
        en: `no post named "${attributes.slug ?? ''}". Write slug="…" with the post's file name without .mdx`,
      });
    }
    if (name === 'Callout' && attributes.type !== undefined) {
      const problem = calloutTypeProblem(attributes.type);
      if (problem) issues.push({ code: 'body.callout-type', file, field: `${field} type`, line, ...problem });
    }
    if (name === 'Figure' && (attributes.caption ?? '').trim() === '') {
      issues.push({
        code: 'body.empty-caption',
        file,
        field: `${field} caption`,
        line,
        ja: '図のキャプションが空です。caption="…" に図の説明を書いてください',
        en: 'the figure has no caption: write caption="…" describing it',
      });
    }
    if (name === 'Term' && terms && !termIds.has(attributes.id ?? '')) {
      issues.push({ code: 'body.unknown-term', file, field: `${field} id`, line, ...unknownTermMessage(attributes.id ?? '', terms) });
    }
  }
  return issues;
}

function safeDecode(url: string): string {
  const path = url.split(/[?#]/u)[0] ?? url;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** A published page embeds a post that is a draft or dated in the future. */
export function unpublishedEmbedIssue(slug: string, files: readonly string[]): ContentIssue {
  return {
    code: 'body.unpublished-embed',
    file: files.join(', ') || '(MDX)',
    field: '<PostEmbed> slug',
    ja: `記事「${slug}」は下書きか、公開日が未来のため、まだ埋め込めません。公開後に埋め込むか、この部品を外してください`,
    en: `the post "${slug}" is a draft or dated in the future, so it cannot be embedded yet; embed it once published, or remove it`,
  };
}
