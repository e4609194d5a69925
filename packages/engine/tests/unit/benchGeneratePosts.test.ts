import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePosts, listPostFiles } from '../../bench/generatePosts.ts';
import { pagefindSecondsFromLog, renderedFromLog } from '../../bench/measure.ts';
import { parseFrontmatter } from '../../src/rules/frontmatter.ts';
import { postSchema } from '../../src/rules/schemas.ts';
import { postSlugProblem, postSlugFromPath } from '../../src/rules/slug.ts';

const made: string[] = [];
async function generate(count: number, seed: number): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-posts-'));
  made.push(dir);
  await generatePosts({ count, outDir: dir, seed });
  return dir;
}
afterAll(async () => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('bench generatePosts', () => {
  it('writes a whole content folder whose posts pass the site schema, with distinct past dates', async () => {
    const dir = await generate(40, 7);
    expect((await readdir(dir)).sort()).toEqual(['authors.yaml', 'glossary.yaml', 'handbook', 'mission', 'onboarding.yaml', 'posts', 'principles', 'site.yaml']);
    const files = await listPostFiles(dir);
    expect(files).toHaveLength(40);
    const dates = new Set<string>();
    for (const file of files) {
      const parsed = parseFrontmatter(await readFile(file, 'utf8'), file);
      expect(parsed.ok, file).toBe(true);
      if (!parsed.ok) continue;
      const data = postSchema('mayor').parse(parsed.data);
      expect(postSlugProblem(postSlugFromPath(file))).toBeNull();
      expect(data.tags.length).toBeLessThanOrEqual(3);
      expect(data.principles.length).toBeGreaterThanOrEqual(1);
      expect(data.date <= '2025-12-31').toBe(true);
      dates.add(data.date);
    }
    expect(dates.size).toBe(40);
  });

  it('gives the same posts for the same seed and different posts for another', async () => {
    const [a, b, c] = await Promise.all([generate(5, 1), generate(5, 1), generate(5, 2)]);
    const first = async (dir: string) => readFile((await listPostFiles(dir)).sort()[0]!, 'utf8');
    expect(await first(a)).toBe(await first(b));
    expect(await first(a)).not.toBe(await first(c));
  });
});

describe('bench pagefindSecondsFromLog', () => {
  it('reads Pagefind time from an integration line or from Pagefind output', () => {
    expect(pagefindSecondsFromLog('\u001b[32m[pagefind]\u001b[0m indexed 5309 pages in 12.5s')).toBe(12.5);
    expect(pagefindSecondsFromLog('[pagefind] done in 850ms')).toBe(0.85);
    expect(pagefindSecondsFromLog('Indexed 2 words\nFinished in 3.25 seconds')).toBe(3.25);
    expect(pagefindSecondsFromLog('[build] Complete!')).toBeUndefined();
  });
});

describe('bench renderedFromLog', () => {
  const G = (text: string) => `\u001b[32m${text}\u001b[39m`;
  const D = (text: string) => `\u001b[2m${text}\u001b[22m`;
  it('counts rendered and reused routes, also when a warning splits a route\'s line', () => {
    const log = [
      ' generating static routes ',
      `09:00:01   ${G('├─')} ${D('/posts/a/index.html')} ${G('(restored)')}`,
      `09:00:01   ${G('├─')} ${D('/tags/業務 改善/index.html')} ${D('(+12ms)')}`,
      // The editor's notice printed while /admin/ renders, between the path and its time.
      `09:00:01   ${G('├─')} ${D('/admin/index.html')}`,
      '⚠⚠⚠ 編集画面 /admin/ は設定されていません / the browser editor /admin/ is not configured ⚠⚠⚠',
      '  site.yaml の editor: に git サーバーがないため…',
      ` ${D('(+5ms)')}`,
      `09:00:02   ${G('├─')} ${D('/rss.xml')} ${G('(cached)')}`,
      `09:00:02   ${G('├─')} ${D('/posts/b/index.html')} ${D('(+1.02s)')}`,
      '09:00:03 [build] 5 page(s) built in 2.00s',
    ].join('\n');
    expect(renderedFromLog(log)).toEqual({ routes: 5, rendered: 3, reused: 2 });
  });
});
