/**
 * Incremental builds must publish exactly what a clean build publishes.
 *
 * One throw-away copy of the project (tests/support/fixtureBuild.ts) with a
 * small content set (content-valid plus four generated posts) and its own git
 * history, so 最終更新日 comes from real commits. A series of edits an editor
 * makes is applied one by one; after each, the incremental build (keeping
 * Astro's caches from the previous step) and a clean build (`--force`, empty
 * cache) of the same content must produce byte-identical HTML and XML.
 *
 * A cacheKey that misses an input shows up here as a page restored from the
 * previous build while the clean build renders it differently: the test names
 * the file and the edit. Each step also asserts that some pages WERE reused,
 * so the comparison never passes merely because nothing was cached.
 *
 * Slow (about 20 builds): `npm run test:incremental`, not part of test:unit.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectWithFixture, run, type Project } from '../support/fixtureBuild.ts';

const ENV = { BUILD_DATE: '2026-01-15' };

let project: Project;
let content: string;
let day = 1;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: project.dir, encoding: 'utf8' });
}

/** Commit content/ on a new day, so every git date the pages show moves on. */
function commit(message: string): void {
  const date = `2025-12-${String(day++).padStart(2, '0')}T10:00:00+09:00`;
  git('add', '-A', 'content');
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
    cwd: project.dir,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

function edit(relative: string, change: (text: string) => string): void {
  const file = path.join(content, relative);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit of ${relative} changed nothing`);
  writeFileSync(file, after);
}

function post(slug: string, date: string, title: string, tags: string[], principles: string[], author: string): void {
  writeFileSync(
    path.join(content, 'posts', `${slug}.mdx`),
    `---\ntitle: ${title}\ndate: '${date}'\nsummary: ${title}の要約です。\ntags: [${tags.join(', ')}]\nprinciples: [${principles.join(', ')}]\nauthor: ${author}\n---\n\n${title}の本文です。\n`,
  );
}

/** Every HTML and XML file under dir, relative path → content. */
function pages(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|xml)$/u.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), readFileSync(file, 'utf8'));
  }
  return files;
}

async function build(kind: 'incremental' | 'clean'): Promise<string> {
  const outDir = path.join(project.dir, `dist-${kind}`);
  const cacheDir = path.join(project.dir, `.cache-${kind}`);
  if (kind === 'clean') rmSync(cacheDir, { recursive: true, force: true });
  const args = ['src/cli/astro.mjs', 'build', '--outDir', outDir, ...(kind === 'clean' ? ['--force'] : [])];
  const result = await run(args, project.dir, { ...ENV, ASTRO_CACHE_DIR: cacheDir });
  if (result.code !== 0) throw new Error(`${kind} build failed:\n${result.output.slice(-3000)}`);
  return result.output;
}

/** First differing line of two files, for a readable failure. */
function firstDifference(a: string, b: string): string {
  const left = a.split('\n');
  const right = b.split('\n');
  const at = left.findIndex((line, index) => line !== right[index]);
  const line = at < 0 ? left.length : at;
  const [l, r] = [left[line] ?? '', right[line] ?? ''];
  // HTML lines are long: show the text around the first differing character.
  let column = 0;
  while (column < l.length && l[column] === r[column]) column += 1;
  const around = (text: string) => text.slice(Math.max(0, column - 80), column + 120);
  return `line ${line + 1}, column ${column + 1}\n  incremental: …${around(l)}\n  clean:       …${around(r)}`;
}

async function expectSameAsClean(step: string): Promise<{ restored: number; rendered: string[] }> {
  const log = await build('incremental');
  await build('clean');
  const incremental = pages(path.join(project.dir, 'dist-incremental'));
  const clean = pages(path.join(project.dir, 'dist-clean'));
  expect([...incremental.keys()].sort(), `${step}: the same files`).toEqual([...clean.keys()].sort());
  const differing = [...clean].filter(([file, html]) => incremental.get(file) !== html);
  expect(
    differing.map(([file, html]) => `${file}: ${firstDifference(incremental.get(file) ?? '', html)}`),
    `${step}: pages that differ from a clean build (a cacheKey misses an input)`,
  ).toEqual([]);
  const restored = (log.match(/\((?:restored|cached)\)/gu) ?? []).length;
  const rendered = [...log.matchAll(/├─ (\S+) \(\+/gu)].map((match) => match[1]!);
  return { restored, rendered };
}

beforeAll(async () => {
  project = projectWithFixture('content-valid');
  content = path.join(project.dir, 'content');
  // More posts, so that neighbours, related posts and tag lists exist.
  post('budget-talk', '2025-07-01', '予算の話', ['お知らせ'], ['real-problem'], 'mayor');
  post('counter-visit', '2025-08-01', '窓口を訪ねて', ['使い方'], ['start-small'], 'koho');
  post('small-steps', '2025-09-01', '小さな一歩', ['お知らせ', '使い方'], ['start-small', 'real-problem'], 'mayor');
  post('year-end', '2025-12-01', '年の瀬に', ['お知らせ'], ['real-problem'], 'koho');
  git('init', '-q');
  git('config', 'user.email', 'test@example.test');
  git('config', 'user.name', 'test');
  commit('initial content');
  await build('incremental'); // cold: fills the incremental cache
}, 300_000);

afterAll(() => project?.dispose());

interface Step {
  name: string;
  apply: () => void;
  /** False when the edit shows on every page (site.yaml), so nothing can be reused. */
  reuses?: boolean;
  /** Pages that must have been rendered again. */
  rerendered?: string[];
}

describe('an incremental build equals a clean build after each edit', () => {
  const steps: Step[] = [
    {
      name: "a post's body",
      apply: () => edit('posts/2025/components-demo.mdx', (text) => `${text}\n\n追記: 本文を一文だけ変えました。\n`),
      rerendered: ['/posts/components-demo/index.html'],
    },
    {
      name: 'only a git date (最終更新日) changed',
      // Commit the same content again on a later day.
      apply: () => git('reset', '-q', '--soft', 'HEAD~1'),
      rerendered: ['/posts/components-demo/index.html'],
    },
    {
      // Plain Markdown: rendered by the loader and kept in the content store (docs/incremental-builds.md).
      name: "a plain post's body",
      apply: () => edit('posts/2024/first-post.mdx', (text) => `${text}\n\n追記: 本文に一文を足しました。\n`),
      rerendered: ['/posts/first-post/index.html'],
    },
    {
      name: 'a plain post gains a component (its body moves to the MDX compiler)',
      apply: () => edit('posts/2024/first-post.mdx', (text) => `${text}\n<Callout type="注意">気をつけます。</Callout>\n`),
      rerendered: ['/posts/first-post/index.html'],
    },
    {
      name: 'a title shown on other pages (neighbours, lists, related, embeds)',
      apply: () => edit('posts/2024/first-post.mdx', (text) => text.replace('title: 最初の記事', 'title: 最初の記事（改題）')),
      rerendered: ['/posts/first-post/index.html', '/posts/components-demo/index.html', '/posts/index.html'],
    },
    {
      name: "a principle's title",
      apply: () => edit('principles/start-small.mdx', (text) => text.replace('title: 小さく始める', 'title: まず小さく始める')),
    },
    {
      name: "an author's role",
      apply: () => edit('authors.yaml', (text) => text.replace('role: 庁内ブログ編集担当', 'role: 広報・ブログ編集担当')),
    },
    {
      name: 'a post added',
      apply: () => post('new-year', '2026-01-05', '新年のごあいさつ', ['お知らせ'], ['real-problem'], 'mayor'),
    },
    { name: 'a post deleted', apply: () => unlinkSync(path.join(content, 'posts', 'counter-visit.mdx')) },
    {
      name: 'a tag renamed',
      apply: () => {
        for (const file of ['posts/2024/first-post.mdx', 'posts/budget-talk.mdx', 'posts/year-end.mdx', 'posts/new-year.mdx']) {
          edit(file, (text) => text.replace(/tags: \[お知らせ/u, 'tags: [庁内連絡'));
        }
      },
    },
    {
      name: 'site.yaml changed',
      apply: () => edit('site.yaml', (text) => text.replace('organization: テスト市役所', 'organization: テスト市役所（試験）')),
      reuses: false,
    },
    { name: 'a glossary term changed', apply: () => edit('glossary.yaml', (text) => text.replace('国が特定の目的', '国が決まった目的')) },
    {
      // A stylesheet only the print page imports: the site's one stylesheet is renamed, and a page restored with the old name links a missing file (withastro/astro#17974).
      name: "an engine stylesheet changed (the lockfile did not)",
      apply: () => {
        const file = path.join(project.dir, 'node_modules', 'mission-handbook', 'src', 'styles', 'handbook-print.css');
        writeFileSync(file, `${readFileSync(file, 'utf8')}\n.incremental-probe { outline: 1px solid; }\n`);
      },
      reuses: false,
    },
    { name: 'a post after the style change', apply: () => post('after-style', '2026-01-06', '様式の変更の後', ['お知らせ'], ['real-problem'], 'mayor') },
  ];

  for (const step of steps) {
    it(step.name, async () => {
      step.apply();
      commit(step.name);
      const { restored, rendered } = await expectSameAsClean(step.name);
      for (const page of step.rerendered ?? []) expect(rendered, `${step.name}: ${page} rendered again`).toContain(page);
      // Otherwise the comparison would pass without testing any key.
      if (step.reuses !== false) expect(restored, `${step.name}: some pages are reused from the previous build`).toBeGreaterThan(0);
    }, 300_000);
  }
});
