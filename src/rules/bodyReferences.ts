/**
 * Checks on what editors write in a post's body, run before anything is
 * rendered: images beside the post (present, with alt text, not on another
 * server) and the author components (known names, known ids).
 *
 * Why a light text scan rather than a remark plugin: Astro 7's default MDX
 * processor (satteri) does not run remark plugins, and the checker CLI must
 * stay fast and dependency-free. The scan skips fenced code blocks and inline
 * code, which is where example markup legitimately appears.
 */
import type { ContentIssue } from './issues.ts';

/** Components available in every MDX file without an import. */
export const AUTHOR_COMPONENTS = ['Callout', 'Figure', 'PrincipleLink', 'PostEmbed', 'Term'] as const;

/** Callout kinds; the Japanese spelling is accepted too. */
export const CALLOUT_TYPES: Record<string, 'point' | 'caution'> = {
  point: 'point',
  ポイント: 'point',
  caution: 'caution',
  注意: 'caution',
};

export interface ImageReference {
  alt: string;
  url: string;
  line: number;
}

export interface ComponentReference {
  name: string;
  attributes: Record<string, string>;
  line: number;
}

export interface BodyReferences {
  images: ImageReference[];
  components: ComponentReference[];
  /** Names brought in with an MDX `import` line (allowed as components). */
  imported: string[];
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/u;
const INLINE_CODE = /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/gu;
const IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/gu;
const COMPONENT = /<([A-Z][A-Za-z0-9]*)\b((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)>/gu;
const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/gu;
const IMPORT = /^import\s+(?:(\w+)|\{([^}]*)\})[^\n]*$/gmu;

/** Blank out code so its contents are not mistaken for markup; keeps offsets. */
function maskCode(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/gu, ' ');
  let fence: string | undefined;
  const lines = body.split('\n').map((line) => {
    const marker = FENCE_OPEN.exec(line)?.[1];
    if (fence === undefined) {
      if (!marker) return line;
      fence = marker;
      return blank(line);
    }
    // A fence closes with the same character, at least as long, and nothing after it.
    if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    return blank(line);
  });
  return lines.join('\n').replace(INLINE_CODE, blank);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (text.charCodeAt(index) === 10) line += 1;
  return line;
}

export function collectReferences(body: string): BodyReferences {
  const text = maskCode(body);
  const images = [...text.matchAll(IMAGE)].map((match) => ({
    alt: match[1] ?? '',
    url: match[2] ?? '',
    line: lineAt(text, match.index),
  }));
  const components = [...text.matchAll(COMPONENT)].map((match) => {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      attributes[attribute[1] ?? ''] = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
    }
    return { name: match[1] ?? '', attributes, line: lineAt(text, match.index) };
  });
  const imported = [...text.matchAll(IMPORT)].flatMap((match) =>
    match[1]
      ? [match[1]]
      : (match[2] ?? '').split(',').map(
          (name) =>
            name
              .trim()
              .split(/\s+as\s+/u)
              .pop() ?? '',
        ),
  );
  return { images, components, imported: imported.filter(Boolean) };
}

export interface ReferenceContext {
  /** Project-relative path of the file, for messages. */
  file: string;
  /** Line of the file on which the body starts (after the frontmatter), for messages. */
  firstLine?: number;
  principleIds: readonly string[];
  postSlugs: readonly string[];
  /** Does a file exist at this path relative to the content file's folder? */
  fileExists: (relativePath: string) => boolean;
}

const isExternal = (url: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/iu.test(url);

export function checkBodyReferences(body: string, context: ReferenceContext): ContentIssue[] {
  const { file, principleIds, postSlugs, fileExists, firstLine = 1 } = context;
  const references = collectReferences(body);
  const issues: ContentIssue[] = [];
  const at = (bodyLine: number, what: string) => {
    const line = bodyLine + firstLine - 1;
    return `${what} ${line}行目 / line ${line}`;
  };

  for (const image of references.images) {
    const field = at(image.line, '画像 image');
    if (image.alt.trim() === '') {
      issues.push({
        file,
        field,
        ja: `画像「${image.url}」の代替テキストが空です。![ここ](${image.url}) の角かっこの中に、画像の内容を短い文で書いてください`,
        en: `the image "${image.url}" has no alt text: describe the picture inside the square brackets, ![here](${image.url})`,
      });
    }
    if (image.url === '') {
      issues.push({ file, field, ja: '画像のファイル名が書かれていません', en: 'the image has no file name' });
    } else if (isExternal(image.url)) {
      issues.push({
        file,
        field,
        ja: `画像「${image.url}」は外部のサーバーにあります。庁内ネットワークでは表示できないため、画像ファイルを記事と同じフォルダに置き ./ファイル名 で指定してください`,
        en: `the image "${image.url}" is on another server, which the intranet cannot reach: put the file beside the post and write ./file-name`,
      });
    } else if (!image.url.startsWith('/') && !fileExists(safeDecode(image.url))) {
      issues.push({
        file,
        field,
        ja: `画像ファイル「${image.url}」が見つかりません。記事と同じフォルダに置き、ファイル名（大文字・小文字、拡張子）を確認してください`,
        en: `image file "${image.url}" not found: put it beside the post and check the file name (case and extension)`,
      });
    }
  }

  const known = new Set<string>([...AUTHOR_COMPONENTS, ...references.imported]);
  for (const component of references.components) {
    const { name, attributes } = component;
    const field = at(component.line, `<${name}>`);
    if (!known.has(name)) {
      issues.push({
        file,
        field,
        ja: `部品「${name}」はありません。使える部品: ${AUTHOR_COMPONENTS.join(', ')}（綴りと大文字・小文字を確認してください）`,
        en: `there is no component "${name}". Available: ${AUTHOR_COMPONENTS.join(', ')} (check spelling and case)`,
      });
      continue;
    }
    if (name === 'PrincipleLink' && !principleIds.includes(attributes.id ?? '')) {
      issues.push({
        file,
        field: `${field} id`,
        ja: `原則（principles/）のID「${attributes.id ?? ''}」はありません。id="…" に次のいずれかを書いてください: ${principleIds.join(', ')}`,
        en: `unknown principle id "${attributes.id ?? ''}". Write id="…" with one of: ${principleIds.join(', ')}`,
      });
    }
    if (name === 'PostEmbed' && !postSlugs.includes(attributes.slug ?? '')) {
      issues.push({
        file,
        field: `${field} slug`,
        ja: `記事「${attributes.slug ?? ''}」はありません。slug="…" には記事のファイル名（.mdx を除いたもの）を書いてください`,
        en: `no post named "${attributes.slug ?? ''}". Write slug="…" with the post's file name without .mdx`,
      });
    }
    if (name === 'Callout' && attributes.type !== undefined && !(attributes.type in CALLOUT_TYPES)) {
      issues.push({
        file,
        field: `${field} type`,
        ja: `type には ${Object.keys(CALLOUT_TYPES).join(', ')} のいずれかを書いてください（今の値: "${attributes.type}"）`,
        en: `type must be one of: ${Object.keys(CALLOUT_TYPES).join(', ')} (got "${attributes.type}")`,
      });
    }
    if (name === 'Figure' && (attributes.caption ?? '').trim() === '') {
      issues.push({
        file,
        field: `${field} caption`,
        ja: '図のキャプションが空です。caption="…" に図の説明を書いてください',
        en: 'the figure has no caption: write caption="…" describing it',
      });
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
    file: files.join(', ') || '(MDX)',
    field: '<PostEmbed> slug',
    ja: `記事「${slug}」は下書きか、公開日が未来のため、まだ埋め込めません。公開後に埋め込むか、この部品を外してください`,
    en: `the post "${slug}" is a draft or dated in the future, so it cannot be embedded yet; embed it once published, or remove it`,
  };
}
