/** Checks on the built files themselves (no browser needed). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

test('every route of the site is in dist/', () => {
  for (const route of [
    'index.html',
    '404.html',
    'posts/index.html',
    'posts/gyomu-tanaoroshi/index.html',
    'tags/index.html',
    'tags/業務改善/index.html',
    'mission/index.html',
    'principles/index.html',
    'principles/real-problem/index.html',
    'principles/better-solutions/index.html',
    'principles/start-small/index.html',
    'principles/new-challenges/index.html',
    'principles/cost/index.html',
    'handbook/index.html',
    'handbook/management-meeting/index.html',
  ]) {
    expect(statSync(path.join(DIST, route)).isFile(), route).toBe(true);
  }
});

test('every HTML page declares lang="ja"', () => {
  const pages = filesUnder(DIST).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(20);
  for (const file of pages) expect(readFileSync(file, 'utf8'), file).toMatch(/<html lang="ja"/u);
});

test('a draft never reaches any output file', () => {
  const phrase = 'この下書きは公開されてはならない';
  for (const file of filesUnder(DIST)) {
    expect(readFileSync(file).includes(Buffer.from(phrase)), file).toBe(false);
  }
  expect(() => statSync(path.join(DIST, 'posts/draft-example'))).toThrow();
});

/** The script files a page references, resolved inside dist/ (base path stripped). */
function scriptsOf(html: string): Array<{ tag: string; file?: string }> {
  return [...html.matchAll(/<script\b[^>]*>/gu)].map(([tag]) => {
    const src = /\ssrc="([^"]+)"/u.exec(tag)?.[1];
    const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/u, '/');
    return src ? { tag, file: path.join(DIST, src.startsWith(base) ? src.slice(base.length) : src) } : { tag };
  });
}

test('client JavaScript: one small search loader, feature scripts only where needed, nothing inline', () => {
  // Onboarding progress (the path and its steps), glossary tooltips (Esc to dismiss) and the 新着 marks
  // of the pages that list posts and chapters need a script; every other page carries only the shared search loader.
  const needsFeatureScript = /data-onboarding-progress|data-onboarding-step|data-term\b|data-new-since-bar/u;
  const isLoader = (file: string) => readFileSync(file, 'utf8').includes('searchUi');
  const all = filesUnder(DIST).filter((file) => file.endsWith('.html'));
  // The editor (/admin/) is for editors and is checked below on its own.
  const isAdmin = (file: string) => path.relative(DIST, file).startsWith(`admin${path.sep}`);
  const html = all.filter((file) => !isAdmin(file));
  for (const file of all.filter(isAdmin)) {
    // Its only inline <script> is configuration data, which browsers never run.
    const inline = [...readFileSync(file, 'utf8').matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>/gu)].map((m) => m[0]);
    for (const tag of inline) expect(tag, file).toMatch(/type="application\/json"/u);
  }
  const loaders = new Set<string>();
  for (const file of html) {
    const source = readFileSync(file, 'utf8');
    const scripts = scriptsOf(source);
    for (const script of scripts) {
      expect(script.tag, file).toMatch(/type="module"/u);
      expect(script.file, `${file}: inline scripts are not allowed`).toBeDefined();
    }
    const searchLoaders = scripts.filter((script) => isLoader(script.file!));
    expect(searchLoaders.length, file).toBeLessThanOrEqual(1);
    for (const script of searchLoaders) loaders.add(script.file!);
    if (!needsFeatureScript.test(source)) expect(scripts.length - searchLoaders.length, file).toBe(0);
  }
  expect(readFileSync(path.join(DIST, 'posts/keiei-kaigi/index.html'), 'utf8').match(/<script\b/gu)?.length).toBe(1);
  // Every page that has the search button has the loader; it is one shared file.
  expect(loaders.size).toBe(1);
  const [loader] = [...loaders];
  const code = readFileSync(loader!, 'utf8');
  expect(code.length, 'loader size in bytes').toBeLessThan(4 * 1024);
  // No static import: the search UI (and Pagefind through it) comes by import() only.
  expect(code).not.toMatch(/^\s*import\s|[;}]\s*import\s*[{*\w]/mu);
  expect(code).toMatch(/import\(`\.\/searchUi\.[\w-]+\.js`\)|import\("\.\/searchUi\.[\w-]+\.js"\)/u);
  expect(code).not.toContain('pagefind');
});

test('the search index holds exactly the content pages, never a draft', () => {
  const html = filesUnder(DIST).filter((file) => file.endsWith('.html'));
  const indexed = html.filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'));
  // 13 published posts, 5 principles, 8 handbook chapters, the mission, the onboarding guide and the glossary.
  expect(indexed.length).toBe(29);
  for (const page of ['index.html', '404.html', 'posts/index.html', 'tags/index.html', 'search/index.html', 'handbook/index.html']) {
    expect(indexed, page).not.toContain(path.join(DIST, page));
  }
  const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(Object.keys(entry.languages)).toEqual(['ja']);
  expect(entry.languages.ja?.page_count).toBe(indexed.length);
  // Pagefind's files are gzip-compressed: look inside them for the draft.
  const texts = filesUnder(path.join(DIST, 'pagefind'))
    .filter((name) => /\.pf_(fragment|index|meta|filter)$/u.test(name))
    .map((file) => [file, gunzipSync(readFileSync(file)).toString('utf8')] as const);
  expect(texts.some(([, text]) => text.includes('三層分離の見直しという案')), 'published text is readable').toBe(true);
  for (const [file, text] of texts) {
    expect(text.includes('この下書きは公開されてはならない'), file).toBe(false);
    expect(text.includes('draft-example'), file).toBe(false);
  }
});

// Scoped component styles reach their elements by a class (astro.config's
// scopedStyleStrategy 'class', set by the engine), not by a data-astro-cid-*
// attribute on every element: ~9 bytes less on each of the ~200 elements of
// every page. The styles must still apply, with the same specificity.
test('component styles reach their elements by class, with no per-element attribute', async ({ page }) => {
  const pages = filesUnder(DIST).filter((file) => file.endsWith('.html'));
  const marked = pages.filter((file) => readFileSync(file, 'utf8').includes('data-astro-cid-')).map((file) => path.relative(DIST, file));
  expect(marked).toEqual([]);
  await page.goto('posts/');
  const card = page.locator('article.post-card').first();
  await expect(card).toHaveClass(/\bastro-[a-z0-9]{8}\b/u);
  // PostCard.astro's own <style>: a bordered card, a 1.15rem title, a flex meta line.
  const look = await card.evaluate((element) => {
    const style = getComputedStyle(element);
    const title = getComputedStyle(element.querySelector('.post-card__title')!);
    const meta = getComputedStyle(element.querySelector('.post-card__meta')!);
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
    return { border: style.borderTopWidth, titleRem: parseFloat(title.fontSize) / root, meta: meta.display };
  });
  expect(look).toEqual({ border: '1px', titleRem: 1.15, meta: 'flex' });
});
