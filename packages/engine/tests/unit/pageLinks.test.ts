import { describe, expect, it } from 'vitest';
import { parseGitLog, readGitDates } from '../../src/files/gitHistory.ts';
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

describe('last-updated dates from git', () => {
  it('takes the newest commit that touched each file', () => {
    const log = '\u00002025-07-01\n\ncontent/a.mdx\n\u00002025-06-01\n\ncontent/a.mdx\ncontent/b.mdx\n';
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['content/a.mdx', '2025-07-01'],
        ['content/b.mdx', '2025-06-01'],
      ]),
    );
  });

  it('gives no dates, rather than failing, outside a git repository', () => {
    expect(readGitDates('/', ['definitely-not-a-repo']).size).toBe(0);
  });
});
