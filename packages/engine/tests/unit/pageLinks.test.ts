import { afterEach, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { location, parseGitHistory, prefetchGitHistory, readFilesAtCommits, readGitChanges, readGitDates } from '../../src/files/gitHistory.ts';
import { editPageUrl, feedbackUrl } from '../../src/site/pageLinks.ts';

describe('edit and feedback links', () => {
  it('keeps slashes in the edited file path', () => {
    expect(editPageUrl('https://git.example/site/-/edit/main/{path}', 'content/posts/2025/a.mdx')).toBe(
      'https://git.example/site/-/edit/main/content/posts/2025/a.mdx',
    );
  });

  it('passes the post title and URL to the form, encoded', () => {
    expect(
      feedbackUrl('https://forms.example/f?subject={title}&page={url}', '経営会議 & 課題', 'http://intra/posts/a/'),
    ).toBe(
      'https://forms.example/f?subject=%E7%B5%8C%E5%96%B6%E4%BC%9A%E8%AD%B0%20%26%20%E8%AA%B2%E9%A1%8C&page=http%3A%2F%2Fintra%2Fposts%2Fa%2F',
    );
  });

  it('hides links that are not configured', () => {
    expect(editPageUrl(undefined, 'a')).toBeUndefined();
    expect(feedbackUrl(undefined, 'a', 'b')).toBeUndefined();
  });
});

/** A git repository in a temporary folder; `git(date, …args)` runs with that date as author's and committer's. */
function tempRepository(prefix: string) {
  const repo = mkdtempSync(path.join(tmpdir(), prefix));
  repos.push(repo);
  const git = (date: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], {
      cwd: repo,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  return { repo, git };
}
const repos: string[] = [];
afterEach(() => {
  prefetchGitHistory({ start: false });
  for (const repo of repos.splice(0)) rmSync(repo, { recursive: true, force: true });
});

describe('last-updated dates from git', () => {
  const at = (iso: string) => String(Date.parse(iso) / 1000);
  const days = (log: string) => new Map([...parseGitHistory(log, 'Asia/Tokyo')].map(([file, list]) => [file, list[0]?.date]));

  it('takes the newest commit that changed each file, by the site’s day', () => {
    const log = `\u0000aaaaaaa1 ${at('2025-06-30T15:30:00Z')}\n\nM\tcontent/a.mdx\n\u0000bbbbbbb2 ${at('2025-06-01T09:00:00+09:00')}\n\nM\tcontent/a.mdx\nA\tcontent/b.mdx\n`;
    expect(days(log)).toEqual(
      new Map([
        ['content/a.mdx', '2025-07-01'],
        ['content/b.mdx', '2025-06-01'],
      ]),
    );
  });

  it('does not count moving a file as changing it, and follows it to its new name', () => {
    const log = [
      `\u0000aaaaaaa1 ${at('2026-12-05T10:00:00+09:00')}`, '', 'R100\tcontent/a.mdx\tsites/x/content/a.mdx', 'R087\tcontent/b.mdx\tsites/x/content/b.mdx',
      `\u0000bbbbbbb2 ${at('2025-07-01T10:00:00+09:00')}`, '', 'M\tcontent/a.mdx', 'D\tcontent/gone.mdx',
      `\u0000ccccccc3 ${at('2025-06-01T10:00:00+09:00')}`, '', 'A\tcontent/a.mdx', 'A\tcontent/b.mdx',
    ].join('\n');
    expect(days(log)).toEqual(
      new Map([
        ['sites/x/content/b.mdx', '2026-12-05'],
        ['sites/x/content/a.mdx', '2025-07-01'],
      ]),
    );
    // Each change keeps the path the file had then, to read it at that commit.
    expect(parseGitHistory(log, 'Asia/Tokyo').get('sites/x/content/a.mdx')?.map((change) => change.path)).toEqual(['content/a.mdx', 'content/a.mdx']);
  });

  it('reads a real repository: a site folder moved into sites/<name>/ keeps the dates its files had before the move', () => {
    const { repo, git } = tempRepository('git-dates-');
    git('2025-06-01T10:00:00+09:00', 'init', '-q', '-b', 'main');
    mkdirSync(path.join(repo, 'content'));
    writeFileSync(path.join(repo, 'content/a.mdx'), '---\ntitle: A\n---\n\nSome text that stays the same when the folder moves.\n');
    writeFileSync(path.join(repo, 'content/b.mdx'), '---\ntitle: B\n---\n\nAnother text that is edited while it moves.\n');
    git('2025-06-01T10:00:00+09:00', 'add', '-A');
    git('2025-06-01T10:00:00+09:00', 'commit', '-q', '-m', 'content');
    mkdirSync(path.join(repo, 'sites/x'), { recursive: true });
    git('2026-12-05T10:00:00+09:00', 'mv', 'content', 'sites/x/content');
    writeFileSync(path.join(repo, 'sites/x/content/b.mdx'), '---\ntitle: B\n---\n\nAnother text that is edited while it moves, and here it is.\n');
    git('2026-12-05T10:00:00+09:00', 'add', '-A');
    git('2026-12-05T10:00:00+09:00', 'commit', '-q', '-m', 'move');
    const dates = readGitDates(path.join(repo, 'sites/x'), ['content'], 'Asia/Tokyo');
    expect(dates).toEqual(
      new Map([
        ['content/b.mdx', '2026-12-05'],
        ['content/a.mdx', '2025-06-01'],
      ]),
    );
  });

  it('reads a post filed in a folder named in Japanese with a space, and every version asked for from one git process', () => {
    const { repo, git } = tempRepository('git-names-');
    const file = 'content/posts/令和7年度 上半期/setsumeikai.mdx';
    git('2026-11-30T23:30:00+09:00', 'init', '-q', '-b', 'main');
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), '---\ntitle: 説明会\n---\n\n最初の文です。\n');
    git('2026-11-30T23:30:00+09:00', 'add', '-A');
    git('2026-11-30T23:30:00+09:00', 'commit', '-q', '-m', 'first');
    writeFileSync(path.join(repo, file), '---\ntitle: 説明会\n---\n\n直した文です。\n');
    git('2026-12-05T00:10:00+09:00', 'commit', '-q', '-am', 'second');
    // git prints such a path as "\344\273\244…" in quotes unless told not to: then it matched no content file.
    expect(readGitDates(repo, ['content'], 'Asia/Tokyo')).toEqual(new Map([[file, '2026-12-05']]));
    const [newer, older] = readGitChanges(repo, ['content'], 'Asia/Tokyo').get(file)!;
    expect(readFilesAtCommits(repo, [older!, newer!, { commit: newer!.commit, path: 'content/posts/gone.mdx' }, older!])).toEqual([
      '---\ntitle: 説明会\n---\n\n最初の文です。\n',
      '---\ntitle: 説明会\n---\n\n直した文です。\n',
      undefined,
      '---\ntitle: 説明会\n---\n\n最初の文です。\n',
    ]);
  });

  it('is read in the background from the start of a build, and that reading is the one the pages get', async () => {
    const { repo, git } = tempRepository('git-prefetch-');
    git('2026-12-04T09:00:00+09:00', 'init', '-q', '-b', 'main');
    mkdirSync(path.join(repo, 'sites/x/content'), { recursive: true });
    writeFileSync(path.join(repo, 'sites/x/content/a.mdx'), 'one\n');
    git('2026-12-04T09:00:00+09:00', 'add', '-A');
    git('2026-12-04T09:00:00+09:00', 'commit', '-q', '-m', 'one');
    const site = path.join(repo, 'sites/x');
    prefetchGitHistory({ start: true, cwd: site });
    const prefetched = (globalThis as Record<symbol, { raw?: unknown }>)[Symbol.for('mission-handbook.gitHistory')]!;
    await vi.waitFor(() => expect(prefetched.raw).toBeDefined());
    // A commit after the build started is not part of this build.
    writeFileSync(path.join(site, 'content/a.mdx'), 'two\n');
    git('2026-12-05T09:00:00+09:00', 'commit', '-q', '-am', 'two');
    expect(readGitDates(site, ['content'], 'Asia/Tokyo')).toEqual(new Map([['content/a.mdx', '2026-12-04']]));
    // Outside a build nothing is prefetched.
    prefetchGitHistory({ start: false });
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('mission-handbook.gitHistory')]).toBeUndefined();
    // No repository: the background reading fails quietly and the pages get no dates.
    prefetchGitHistory({ start: true, cwd: tmpdir() });
    const none = (globalThis as Record<symbol, { raw?: unknown }>)[Symbol.for('mission-handbook.gitHistory')]!;
    await vi.waitFor(() => expect(none.raw).toBeNull());
    expect(readGitDates(tmpdir(), ['content'], 'Asia/Tokyo').size).toBe(0);
  });

  it("finds the site's folder in its repository from git's two lines, also with Windows line ends", () => {
    expect(location('sites/town/\n/home/town/site\n')).toEqual({ prefix: 'sites/town/', top: '/home/town/site' });
    expect(location('\r\nC:/Users/town/site\r\n')).toEqual({ prefix: '', top: 'C:/Users/town/site' });
  });

  it('gives no dates, rather than failing, outside a git repository', () => {
    expect(readGitDates('/', ['definitely-not-a-repo'], 'Asia/Tokyo').size).toBe(0);
  });
});
