/**
 * Content folders for tests: the one valid fixture (tests/fixtures/content-valid)
 * with one-file overlays (tests/fixtures/overlays/<name>/, same layout as a
 * content folder) copied over it. Cases too big to commit (thousands of
 * nesting levels, a multi-megabyte post) are generated here.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
export const VALID = path.join(FIXTURES, 'content-valid');
const OVERLAYS = path.join(FIXTURES, 'overlays');

const post = (title: string, body: string) =>
  `---\ntitle: ${title}\ndate: '2025-06-04'\nsummary: 極端な入力を試す記事です。\n---\n\n${body}\n`;

/** Overlays written by code rather than committed. */
const GENERATED: Record<string, Record<string, () => string>> = {
  'deep-nesting': {
    'posts/2025/deep-nesting.mdx': () => post('深い入れ子', `${'>'.repeat(5000)} 深すぎる引用`),
  },
  'huge-title': {
    // A 2 MB title once made the Pagefind step run for more than nine minutes.
    'posts/2025/huge-title.mdx': () => post('長'.repeat(700_000), '本文'),
  },
  'alias-bomb': {
    'posts/2025/alias-bomb.mdx': () =>
      `---\ntitle: 別名\ndate: '2025-06-04'\nsummary: 極端な入力を試す記事です。\n` +
      ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n') +
      `\n---\n\n本文\n`,
  },
  'nested-one-line': {
    // Opened and closed on one line: counting line ends saw no nesting, and the compiler crashed.
    'posts/2025/nested-one-line.mdx': () => post('一行の入れ子', `${'<Callout type="注意">'.repeat(5000)}深い${'</Callout>'.repeat(5000)}`),
  },
  'huge-post': {
    // About 3.3 MB of UTF-8: a pasted spreadsheet, not a post.
    'posts/2025/huge-post.mdx': () => post('巨大な記事', `${'これはとても長い記事の一文です。'.repeat(40)}\n\n`.repeat(1700)),
  },
};

/** The content-relative files an overlay adds or replaces. */
export function overlayFiles(name: string): string[] {
  if (GENERATED[name]) return Object.keys(GENERATED[name]);
  if (LINKED[name]) return LINKED[name].map(([link]) => link);
  const dir = path.join(OVERLAYS, name);
  if (!existsSync(dir)) throw new Error(`no overlay ${name}`);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/**
 * Overlays that place a symbolic link in the content folder, pointing at a
 * file outside it (written beside the content folder, as another checkout or
 * a home folder would be): [link inside content, file outside, its text].
 */
const LINKED: Record<string, Array<[string, string, string]>> = {
  'symlinked-post': [['posts/2025/linked-post.mdx', 'outside/secret-post.mdx', post('外部のファイル', '外にある文書')]],
  'symlinked-image': [['posts/2025/linked.svg', 'outside/secret.svg', '<svg xmlns="http://www.w3.org/2000/svg"><text>secret</text></svg>']],
};

/** Write content-valid plus the named overlays into `target` (a content folder). */
export function writeContent(target: string, overlays: readonly string[] = []): void {
  cpSync(VALID, target, { recursive: true });
  for (const name of overlays) {
    const linked = LINKED[name];
    if (linked) {
      for (const [link, outside, text] of linked) {
        const real = path.join(path.dirname(target), outside);
        mkdirSync(path.dirname(real), { recursive: true });
        writeFileSync(real, text);
        mkdirSync(path.dirname(path.join(target, link)), { recursive: true });
        symlinkSync(real, path.join(target, link));
      }
      continue;
    }
    const generated = GENERATED[name];
    if (generated) {
      for (const [file, make] of Object.entries(generated)) {
        mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
        writeFileSync(path.join(target, file), make());
      }
    } else cpSync(path.join(OVERLAYS, name), target, { recursive: true });
  }
}
