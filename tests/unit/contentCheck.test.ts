/** `npm run check:content`: the whole content folder checked without a build. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/files/contentCheck.ts';
import { formatContentIssues } from '../../src/rules/issues.ts';
import { BAD_FIXTURES } from '../support/badFixtures.ts';
import { checkFixture } from '../support/fixtureBuild.ts';

const FIXTURES = path.resolve('tests/fixtures');
const report = (fixture: string) => formatContentIssues(checkContent(path.join(FIXTURES, fixture), FIXTURES).issues);

describe('check:content', () => {
  it('passes the valid fixture and the default content', () => {
    expect(checkContent(path.join(FIXTURES, 'content-valid')).issues).toEqual([]);
    expect(checkContent(path.resolve('content')).issues).toEqual([]);
  });

  for (const bad of BAD_FIXTURES.filter((item) => !item.buildOnly)) {
    it(`reports ${bad.fixture} with file, field and both languages`, () => {
      const text = report(bad.fixture);
      for (const file of bad.files) expect(text).toContain(`${bad.fixture}/${file}`);
      expect(text).toContain(bad.field);
      expect(text).toContain(bad.ja);
      expect(text).toContain(bad.en);
    });
  }

  it('lists every problem at once, where the build stops at the first', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'check-all-'));
    try {
      cpSync(path.join(FIXTURES, 'content-valid'), dir, { recursive: true });
      for (const bad of BAD_FIXTURES.filter((item) => !item.buildOnly)) {
        for (const file of bad.files) {
          const target = path.join(dir, file.replace(/\.mdx$/u, `-${bad.fixture}.mdx`));
          cpSync(path.join(FIXTURES, bad.fixture, file), target);
        }
      }
      // Renamed copies no longer clash, so add one real clash back.
      cpSync(
        path.join(FIXTURES, 'content-valid/posts/2024/first-post.mdx'),
        path.join(dir, 'posts/2025/first-post.mdx'),
      );
      const { issues } = checkContent(dir, dir);
      expect(issues.length).toBeGreaterThanOrEqual(BAD_FIXTURES.length - 2);
      expect(new Set(issues.map((issue) => issue.file)).size).toBeGreaterThanOrEqual(7);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs as a command that exits non-zero with the bilingual report', async () => {
    const bad = await checkFixture('content-unknown-author');
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('コンテンツに 1 件の問題があります');
    expect(bad.output).toContain('Found 1 content problem(s)');
    const good = await checkFixture('content-valid');
    expect(good.code, good.output).toBe(0);
  }, 60_000); // two Node processes: slow when builds run beside it
});

describe('check:content and embedded posts', () => {
  it('refuses a published post that embeds a draft or a post dated in the future', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'check-embed-'));
    try {
      cpSync(path.join(FIXTURES, 'content-valid'), dir, { recursive: true });
      const post = (name: string, extra: string) =>
        writeFileSync(
          path.join(dir, `posts/2025/${name}.mdx`),
          `---\ntitle: ${name}\ndate: '2025-06-10'\nsummary: 概要。\n---\n\n${extra}\n`,
        );
      post('embeds-draft', '<PostEmbed slug="secret-draft" />');
      post('embeds-future', '<PostEmbed slug="future-post" />');
      const { issues } = checkContent(dir, dir, '2025-07-01');
      expect(issues.map((issue) => [issue.file, issue.field])).toEqual([
        ['posts/2025/embeds-draft.mdx', '<PostEmbed> slug'],
        ['posts/2025/embeds-future.mdx', '<PostEmbed> slug'],
      ]);
      expect(issues[0]?.ja).toContain('下書きか、公開日が未来');
      // Once the future post's day has come, embedding it is fine.
      expect(checkContent(dir, dir, '2025-12-24').issues).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
