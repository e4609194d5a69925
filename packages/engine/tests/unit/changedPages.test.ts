import { describe, expect, it } from 'vitest';
import { pagesOfContentFile, summariseChanges } from '../../src/site/changedPages.ts';

describe('which pull requests take the content fast path', () => {
  it('content-only changes do, and name the pages to check', () => {
    const summary = summariseChanges(['content/posts/2025/gyomu-tanaoroshi.mdx', 'content/principles/real-problem.mdx']);
    expect(summary.contentOnly).toBe(true);
    expect(summary.pages).toEqual(['/', '/posts/', '/posts/gyomu-tanaoroshi/', '/updates/', '/principles/real-problem/', '/principles/']);
  });

  it('any change outside content/ sends the pull request to the full suite', () => {
    const summary = summariseChanges(['content/posts/a.mdx', 'src/pages/index.astro']);
    expect(summary.contentOnly).toBe(false);
    expect(summary.codeFiles).toEqual(['src/pages/index.astro']);
  });

  it('a look-alike folder name is not the content folder', () => {
    expect(summariseChanges(['content-old/posts/a.mdx']).contentOnly).toBe(false);
  });

  it('no changes at all is not a content-only change', () => {
    expect(summariseChanges([]).contentOnly).toBe(false);
  });

  it('maps each kind of content file to the pages that show it', () => {
    expect(pagesOfContentFile('posts/2024/first-post.md')).toEqual(['/posts/first-post/', '/updates/']);
    expect(pagesOfContentFile('posts/2025/photo.png')).toEqual([]);
    expect(pagesOfContentFile('handbook/intro.mdx')).toEqual(['/handbook/intro/', '/handbook/', '/updates/']);
    expect(pagesOfContentFile('mission/versions/v2.md')).toEqual(['/mission/', '/updates/']);
    expect(pagesOfContentFile('glossary.yaml')).toEqual(['/glossary/']);
    expect(pagesOfContentFile('onboarding.yaml')).toEqual(['/onboarding/']);
    expect(pagesOfContentFile('site.yaml')).toEqual(['/tags/']);
  });
});
