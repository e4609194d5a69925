/**
 * `mission-handbook init <folder>`: the answers become a new site outside
 * the engine — content that passes the very schemas the build uses, the
 * site's package.json pinned to the engine, CI, CODEOWNERS and guides in the
 * organisation's words — and the CLI refuses a folder that holds files or
 * answers that are missing. (Installing and building such a site from a
 * packed engine, offline, is tests/release/town.test.ts.)
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { missingAnswers, parseInitArgs, principleIds, renderInitialContent, type InitAnswers } from '../../src/cli/initTemplate.ts';
import { parseSiteConfig } from '../../src/rules/siteConfig.ts';
import { authorSchema, handbookSchema, missionPageSchema, missionVersionSchema, postSchema, principleSchema } from '../../src/rules/schemas.ts';
import { validateEntrySource } from '../../src/rules/validateEntry.ts';
import { runCli } from '../support/fixtureBuild.ts';
import { ENGINE } from '../support/paths.ts';
import { packageName, renderSiteFiles } from '../../src/cli/siteTemplate.ts';

const ANSWERS: InitAnswers = {
  organization: '架空村役場',
  title: '架空村役場 ポータル',
  leaderTitle: '村長',
  principlesName: 'バリュー',
  blogName: '村長ブログ',
  missionNoteLabel: '「村民第一」とは',
  principles: ['聞く', '試す: 小さく', '"伝える"'],
};

describe('init answers', () => {
  it('reads flags, repeated --principle in order', () => {
    const parsed = parseInitArgs(['../town', '--organization', ' 架空村役場 ', '--leader', '村長', '--blog-name', '村長ブログ', '--principle', 'A', '--principle', 'B', '--yes']);
    expect(parsed).toEqual({
      ok: true,
      yes: true,
      folder: '../town',
      engine: undefined,
      answers: { organization: '架空村役場', title: undefined, leaderTitle: '村長', principlesName: undefined, blogName: '村長ブログ', missionNoteLabel: undefined, principles: ['A', 'B'] },
    });
    expect(parseInitArgs(['--nope']).ok).toBe(false);
    expect(parseInitArgs(['a', 'b']).ok).toBe(false);
  });

  it('knows which answers are still missing', () => {
    expect(missingAnswers({ organization: 'x', principles: [] })).toEqual(['title', 'leaderTitle', 'principlesName', 'blogName', 'missionNoteLabel', 'principles']);
    expect(missingAnswers(ANSWERS)).toEqual([]);
  });
});

describe('the content init writes', () => {
  const files = renderInitialContent(ANSWERS, '2026-04-01');
  const schemaFor = (file: string) =>
    file.startsWith('posts/') ? postSchema('leader')
    : file.startsWith('principles/') ? principleSchema
    : file.startsWith('handbook/') ? handbookSchema
    : file.startsWith('mission/versions/') ? missionVersionSchema
    : missionPageSchema;

  it('has a valid site.yaml in the organisation’s words', () => {
    const config = parseSiteConfig(parse(files['site.yaml']!), 'content/site.yaml');
    expect(config).toMatchObject({
      organization: '架空村役場',
      title: '架空村役場 ポータル',
      leaderTitle: '村長',
      principlesName: 'バリュー',
      blogName: '村長ブログ',
      missionNoteLabel: '「村民第一」とは',
      defaultAuthor: 'leader',
    });
  });

  it('has one principle file per name, in order, with ids the build accepts', () => {
    expect(principleIds(3)).toEqual(['principle-1', 'principle-2', 'principle-3']);
    const principles = Object.keys(files).filter((file) => file.startsWith('principles/'));
    expect(principles).toEqual(['principles/principle-1.mdx', 'principles/principle-2.mdx', 'principles/principle-3.mdx']);
  });

  it('every MDX and Markdown file passes the build’s schema (names with colons and quotes included)', () => {
    for (const [file, text] of Object.entries(files)) {
      if (!/\.mdx?$/u.test(file)) continue;
      const result = validateEntrySource(text, `content/${file}`, schemaFor(file));
      expect(result.issues, file).toEqual([]);
    }
    const titles = Object.entries(files)
      .filter(([file]) => file.startsWith('principles/'))
      .map(([file, text]) => (validateEntrySource(text, file, principleSchema).data as { title: string }).title);
    expect(titles).toEqual(ANSWERS.principles);
  });

  it('marks the placeholders: the mission date and the first post', () => {
    const mission = validateEntrySource(files['mission/versions/v1.md']!, 'v1.md', missionVersionSchema).data as { placeholderDate: boolean };
    expect(mission.placeholderDate).toBe(true);
    const post = validateEntrySource(files['posts/2026/hajimemashita.mdx']!, 'p.mdx', postSchema('leader')).data as { sample: boolean };
    expect(post.sample).toBe(true);
    const authors = parse(files['authors.yaml']!) as unknown[];
    expect(authors.map((author) => authorSchema.parse(author).id)).toEqual(['leader']);
  });

  it('writes no glossary and no onboarding file (both optional)', () => {
    expect(Object.keys(files).filter((file) => /glossary|onboarding/u.test(file))).toEqual([]);
  });
});

describe('the files init writes around the content', () => {
  const files = renderSiteFiles(ANSWERS, { name: packageName('架空村 site'), engine: 'file:vendor/mission-handbook-9.9.9.tgz', engineVersion: '9.9.9' });

  it('pins the engine in package.json and runs every command through it', () => {
    const pkg = JSON.parse(files['package.json']!) as { name: string; dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.name).toBe('site');
    expect(pkg.dependencies).toEqual({ 'mission-handbook': 'file:vendor/mission-handbook-9.9.9.tgz' });
    expect(pkg.scripts.ci).toBe('mission-handbook check && mission-handbook build && mission-handbook verify');
    for (const script of Object.values(pkg.scripts)) expect(script).toMatch(/^mission-handbook /u);
  });

  it('gives CI to both forges, and review rules and guides in the organisation’s words', () => {
    expect(Object.keys(files).sort()).toEqual([
      '.github/CODEOWNERS',
      '.github/PULL_REQUEST_TEMPLATE.md',
      '.github/workflows/ci.yml',
      '.github/workflows/deploy.yml',
      '.gitlab-ci.yml',
      '.gitlab/CODEOWNERS',
      '.gitlab/merge_request_templates/Default.md',
      'CONTRIBUTING.md',
      'README.md',
      'package.json',
    ]);
    for (const file of ['.gitlab-ci.yml', '.github/workflows/ci.yml', '.github/workflows/deploy.yml']) {
      expect(() => parse(files[file]!) as unknown, file).not.toThrow();
      expect(files[file], file).toContain('npm run ci');
    }
    expect(files['CONTRIBUTING.md']).toContain('村長ブログの書き方');
    expect(files['CONTRIBUTING.md']).toContain('| `principle-2` | 試す: 小さく |');
    expect(files['CONTRIBUTING.md']).toContain('## エラーメッセージと直し方');
    expect(files['.github/CODEOWNERS']).toContain('ミッションとバリューは村長の言葉です');
    expect(files['README.md']).toContain('# 架空村役場 ポータル');
  });

  it('names the package from the folder, in npm’s alphabet', () => {
    expect(packageName('Maruma-Town')).toBe('maruma-town');
    expect(packageName('架空村')).toBe('mission-site');
  });
});

describe('mission-handbook init', () => {
  let dir = '';
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const args = ['--organization', '架空村役場', '--title', '架空村役場 ポータル', '--leader', '村長', '--principles-name', 'バリュー', '--blog-name', '村長ブログ', '--mission-note-label', '補足', '--principle', '聞く', '--principle', '試す'];

  it('makes a site in a new folder, and refuses a folder that holds files or missing answers', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'init-'));
    const first = await runCli(dir, 'src/cli/init.ts', ['town', ...args]);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain('次にすること / Next steps');
    const town = path.join(dir, 'town');
    expect(readdirSync(path.join(town, 'content/principles'))).toEqual(['principle-1.mdx', 'principle-2.mdx']);
    for (const file of ['astro.config.mjs', 'src/content.config.ts', 'tsconfig.json', '.gitignore', 'public/favicon.svg', 'package.json', '.gitlab-ci.yml']) {
      expect(existsSync(path.join(town, file)), file).toBe(true);
    }
    expect(existsSync(path.join(town, 'gitignore'))).toBe(false);
    const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { dependencies?: Record<string, string>; version?: string };
    expect(readJson(path.join(town, 'package.json')).dependencies?.['mission-handbook']).toBe(readJson(path.join(ENGINE, 'package.json')).version);

    const second = await runCli(dir, 'src/cli/init.ts', ['town', ...args]);
    expect(second.code).toBe(1);
    expect(second.output).toContain('town/ にはもうファイルがあります');
    expect(second.output).not.toMatch(/\bat \S+ \(/u);

    const missing = await runCli(dir, 'src/cli/init.ts', ['other', '--organization', 'x']);
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('次の項目を指定してください');
    const noFolder = await runCli(dir, 'src/cli/init.ts', args);
    expect(noFolder.code).toBe(1);
    expect(noFolder.output).toContain('フォルダーを指定してください');
  }, 60_000);
});
