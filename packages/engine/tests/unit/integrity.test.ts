import { describe, expect, it } from 'vitest';
import { checkContentIntegrity, findDuplicateSlugs, type PostReference } from '../../src/rules/crossFile.ts';

function ref(slug: string, file: string, extra: Partial<PostReference> = {}): PostReference {
  return { slug, file, principles: [], author: 'mayor', ...extra };
}

const known = { principleIds: ['kouken', 'chousen'], authorIds: ['mayor', 'koho'] };

describe('checkContentIntegrity', () => {
  it('passes consistent content', () => {
    const posts = [ref('a', 'content/posts/2025/a.mdx', { principles: ['kouken'], author: 'koho' })];
    expect(checkContentIntegrity({ posts, ...known })).toEqual([]);
  });

  it('names the file and the index of an unknown principle id, listing the valid ones', () => {
    const posts = [ref('a', 'content/posts/a.mdx', { principles: ['kouken', 'kouken2'] })];
    const [issue, ...rest] = checkContentIntegrity({ posts, ...known });
    expect(rest).toEqual([]);
    expect(issue?.file).toBe('content/posts/a.mdx');
    expect(issue?.field).toBe('principles[1]');
    expect(issue?.ja).toContain('kouken2');
    expect(issue?.ja).toContain('kouken, chousen');
    expect(issue?.en).toContain('unknown principle "kouken2"');
  });

  it('reports an unknown author id against the author field', () => {
    const posts = [ref('a', 'content/posts/a.mdx', { author: 'shicho' })];
    const issues = checkContentIntegrity({ posts, ...known });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe('author');
    expect(issues[0]?.ja).toContain('content/authors.yaml');
    expect(issues[0]?.en).toContain('mayor, koho');
  });

  it('reports a file name that cannot be a URL', () => {
    const issues = checkContentIntegrity({ posts: [ref('Hello World', 'content/posts/Hello World.mdx')], ...known });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe('(ファイル名 / file name)');
    expect(issues[0]?.file).toBe('content/posts/Hello World.mdx');
  });

  it('reports duplicate file names in different folders', () => {
    const posts = [ref('kunji', 'content/posts/2024/kunji.mdx'), ref('kunji', 'content/posts/2025/kunji.mdx')];
    const issues = checkContentIntegrity({ posts, ...known });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.file).toBe('content/posts/2024/kunji.mdx, content/posts/2025/kunji.mdx');
  });
});

describe('findDuplicateSlugs', () => {
  it('names every file that shares a slug', () => {
    const issues = findDuplicateSlugs([
      { slug: 'a', file: 'x/a.mdx' },
      { slug: 'b', file: 'x/b.mdx' },
      { slug: 'a', file: 'y/a.md' },
      { slug: 'a', file: 'z/a.mdx' },
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.file).toBe('x/a.mdx, y/a.md, z/a.mdx');
    expect(issues[0]?.ja).toContain('「a」');
    expect(issues[0]?.ja).toContain('3 つ');
    expect(issues[0]?.en).toContain('3 posts share the file name "a"');
  });

  it('finds nothing when all slugs differ', () => {
    expect(findDuplicateSlugs([{ slug: 'a', file: 'a.mdx' }, { slug: 'b', file: 'b.mdx' }])).toEqual([]);
  });
});
