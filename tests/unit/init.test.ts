/**
 * `npm run init`: the answers become a minimal content folder that passes
 * the very schemas the build uses; the CLI moves the previous content to
 * examples/default-content/ and refuses to run twice, and the result really
 * builds: init.build.test.ts, in the build tier (npm run test:build).
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { missingAnswers, parseInitArgs, principleIds, renderInitialContent, type InitAnswers } from '../../src/cli/initTemplate.ts';
import { parseSiteConfig } from '../../src/rules/siteConfig.ts';
import { authorSchema, handbookSchema, missionPageSchema, missionVersionSchema, postSchema, principleSchema } from '../../src/rules/schemas.ts';
import { validateEntrySource } from '../../src/rules/validateEntry.ts';

const ANSWERS: InitAnswers = {
  organization: '架空村役場',
  title: '架空村役場 ポータル',
  leaderTitle: '村長',
  principlesName: 'バリュー',
  principles: ['聞く', '試す: 小さく', '"伝える"'],
};

describe('init answers', () => {
  it('reads flags, repeated --principle in order', () => {
    const parsed = parseInitArgs(['--organization', ' 架空村役場 ', '--leader', '村長', '--principle', 'A', '--principle', 'B', '--yes']);
    expect(parsed).toEqual({ ok: true, yes: true, answers: { organization: '架空村役場', title: undefined, leaderTitle: '村長', principlesName: undefined, principles: ['A', 'B'] } });
    expect(parseInitArgs(['--nope']).ok).toBe(false);
  });

  it('knows which answers are still missing', () => {
    expect(missingAnswers({ organization: 'x', principles: [] })).toEqual(['title', 'leaderTitle', 'principlesName', 'principles']);
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
    expect(config).toMatchObject({ organization: '架空村役場', title: '架空村役場 ポータル', leaderTitle: '村長', principlesName: 'バリュー', defaultAuthor: 'leader' });
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
