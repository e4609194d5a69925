/** `npm run check:content`: the whole content folder checked without a build. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/files/contentCheck.ts';
import { formatContentIssues, ISSUE_CODES } from '../../src/rules/issues.ts';
import { BAD_FIXTURES, GOOD_OVERLAYS } from '../support/badFixtures.ts';
import { overlayFiles, VALID, writeContent } from '../support/contentOverlays.ts';
import { checkFixture } from '../support/fixtureBuild.ts';

const FIXTURES = path.resolve('tests/fixtures');
const scratch = mkdtempSync(path.join(tmpdir(), 'check-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** check:content on content-valid plus overlays, paths printed as content/… */
function checkWith(overlays: string[], today = '2025-07-01') {
  const root = mkdtempSync(path.join(scratch, 'project-'));
  writeContent(path.join(root, 'content'), overlays);
  return checkContent(path.join(root, 'content'), root, today);
}

describe('check:content', () => {
  // A site's own content is checked by that site's CI (`mission-handbook check`), not here.
  it('passes the valid fixture', () => {
    expect(checkContent(VALID).issues).toEqual([]);
  });

  it('passes what an editor types and the build shows as meant', () => {
    expect(checkWith(GOOD_OVERLAYS).issues).toEqual([]);
  });

  for (const bad of BAD_FIXTURES.filter((item) => !item.buildOnly)) {
    it(`reports ${bad.overlay} with file, field and both languages, and nothing about other files`, () => {
      const { issues } = checkWith([bad.overlay]);
      const text = formatContentIssues(issues);
      for (const file of bad.files) expect(text).toContain(`content/${file}`);
      expect(text).toContain(bad.field);
      expect(text).toContain(bad.ja);
      expect(text).toContain(bad.en);
      // No cascade: every problem is in a file of the overlay.
      const own = overlayFiles(bad.overlay).map((file) => `content/${file}`);
      for (const issue of issues) {
        expect(issue.file.split(', ').every((file) => own.includes(file)), issue.file).toBe(true);
      }
    });
  }

  it('lists every problem of every file in one run', () => {
    const overlays = BAD_FIXTURES.filter((item) => !item.buildOnly).map((item) => item.overlay);
    const text = formatContentIssues(checkWith(overlays).issues);
    for (const bad of BAD_FIXTURES.filter((item) => !item.buildOnly)) {
      expect(text, bad.overlay).toContain(bad.ja);
      expect(text, bad.overlay).toContain(bad.en);
    }
  });

  it('runs as a command that exits non-zero with the bilingual report, and never a stack trace', async () => {
    const root = mkdtempSync(path.join(scratch, 'cli-'));
    writeContent(path.join(root, 'content'), ['unknown-author']);
    const bad = await checkFixture(path.join(root, 'content'), root);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('コンテンツに 1 件の問題があります');
    expect(bad.output).toContain('Found 1 content problem(s)');
    expect(bad.output).not.toMatch(/\n\s+at /u);
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

describe('content reads stay inside the content folder', () => {
  function projectWith(setup: (content: string, root: string) => void) {
    const root = mkdtempSync(path.join(scratch, 'inside-'));
    const content = path.join(root, 'content');
    writeContent(content);
    setup(content, root);
    return formatContentIssues(checkContent(content, root, '2025-07-01').issues);
  }
  const post = (body: string) => `---\ntitle: 外のファイル\ndate: '2025-06-04'\nsummary: 外のファイルを読もうとする記事です。\n---\n\n${body}\n`;

  it('refuses an image reached by ../ outside content/, naming the file and line', () => {
    const text = projectWith((content, root) => {
      mkdirSync(path.join(root, 'outside'), { recursive: true });
      writeFileSync(path.join(root, 'outside', 'map.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      writeFileSync(path.join(content, 'posts', '2025', 'outside-image.mdx'), post('![地図](../../../outside/map.svg)'));
    });
    expect(text).toContain('content/posts/2025/outside-image.mdx › 画像 image 7行目 / line 7');
    expect(text).toContain('content/ フォルダーの外にあります');
    expect(text).toContain('is outside the content folder');
  });

  it('refuses a linked folder and every kind of ?/# suffix; an image beside the post and in a sibling folder is fine', () => {
    const text = projectWith((content, root) => {
      mkdirSync(path.join(root, 'elsewhere'), { recursive: true });
      writeFileSync(path.join(root, 'elsewhere', 'a.mdx'), post('外'));
      symlinkSync(path.join(root, 'elsewhere'), path.join(content, 'posts', 'linked-folder'));
      writeFileSync(path.join(content, 'posts', '2025', 'suffixes.mdx'), post(['![a](./photo.png?raw)', '![b](./photo.png?url)', '![c](./photo.png#x)', '![d](./photo.png?inline&raw)'].join('\n\n')));
      mkdirSync(path.join(content, 'posts', 'shared'), { recursive: true });
      writeFileSync(path.join(content, 'posts', 'shared', 'photo.png'), 'png');
      writeFileSync(path.join(content, 'posts', '2025', 'fine.mdx'), post('![写真](./photo.png)\n\n![共有](../shared/photo.png)'));
    });
    expect(text).toContain('content/posts/linked-folder › (シンボリックリンク / symbolic link)');
    for (const line of [7, 9, 11, 13]) expect(text).toContain(`content/posts/2025/suffixes.mdx › 画像 image ${line}行目 / line ${line}`);
    expect(text).not.toContain('fine.mdx');
  });

  it('refuses a content file too large to be text, by name, without reading it as a post', () => {
    const text = projectWith((content) => {
      writeFileSync(path.join(content, 'posts', '2025', 'huge.mdx'), post('あ'.repeat(1_400_000)));
    });
    expect(text).toContain('content/posts/2025/huge.mdx › (ファイルの大きさ / file size)');
    expect(text).toContain('the file is too large (4.2 MB; at most 4 MB)');
    expect(text).not.toContain('本文が長すぎます');
  });
});

describe('check:content keys its filters on issue codes', () => {
  it('without a readable glossary, steps to the glossary and its terms are not judged; every other step is', () => {
    const root = mkdtempSync(path.join(scratch, 'glossary-unreadable-'));
    writeContent(path.join(root, 'content'), []);
    writeFileSync(path.join(root, 'content/glossary.yaml'), 'terms:\n  - id: kessai\n    term: "決裁\n');
    writeFileSync(
      path.join(root, 'content/onboarding.yaml'),
      ['sections:', '  - title: 最初に', '    steps:', '      - page: glossary', '      - page: glossary/kessai', '      - page: posts/no-such-post', ''].join('\n'),
    );
    const { issues } = checkContent(path.join(root, 'content'), root, '2025-07-01');
    expect(issues.map((issue) => [issue.code, issue.file])).toEqual([
      ['yaml.syntax', 'content/glossary.yaml'],
      ['page-ref.unknown-post', 'content/onboarding.yaml'],
    ]);
  });

  it('without a readable authors.yaml, no post is called out for an unknown author', () => {
    const root = mkdtempSync(path.join(scratch, 'authors-unreadable-'));
    writeContent(path.join(root, 'content'), ['unknown-author']);
    writeFileSync(path.join(root, 'content/authors.yaml'), '- id: mayor\n  name: "市長\n');
    const { issues } = checkContent(path.join(root, 'content'), root, '2025-07-01');
    expect(issues.map((issue) => issue.code)).toEqual(['yaml.syntax']);
  });

  it('every issue of every bad fixture carries a known code', () => {
    const overlays = BAD_FIXTURES.filter((item) => !item.buildOnly).map((item) => item.overlay);
    const { issues } = checkWith(overlays);
    expect(issues.length).toBeGreaterThan(overlays.length - 1);
    for (const issue of issues) {
      expect((ISSUE_CODES as readonly string[]).includes(issue.code) || /^schema\.[a-z_]+$/u.test(issue.code), `${issue.code} (${issue.file} › ${issue.field})`).toBe(true);
    }
  });
});
