import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, SearchIndexError } from '../../src/build/integrations/pagefind.ts';

const dirs: string[] = [];
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pagefind-test-'));
  dirs.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('buildSearchIndex', () => {
  it('writes the bundle beside the site and counts only data-pagefind-body pages', async () => {
    const dir = site({
      'index.html': '<html lang="ja"><body><h1>一覧</h1></body></html>',
      'posts/a/index.html': '<html lang="ja"><body><article data-pagefind-body><h1>目安箱</h1><p>本文</p></article></body></html>',
    });
    const result = await buildSearchIndex(dir);
    expect(result.pageCount).toBeGreaterThanOrEqual(1);
    expect(existsSync(path.join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(path.join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  }, 30_000);

  it('fails the build, in Japanese and English, when nothing could be indexed', async () => {
    const dir = site({});
    const failure = buildSearchIndex(dir);
    await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
    await expect(buildSearchIndex(dir)).rejects.toThrow(/検索インデックスの作成に失敗しました[\s\S]*building the search index failed[\s\S]*no page was indexed/u);
  }, 30_000);
});
