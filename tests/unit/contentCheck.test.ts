/** `npm run check:content`: the whole content folder checked without a build. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  it('passes the valid fixture and the default content', () => {
    expect(checkContent(VALID).issues).toEqual([]);
    expect(checkContent(path.resolve('content')).issues).toEqual([]);
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
