import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentDir, relativeToRoot } from '../../src/files/projectPaths.ts';

const root = path.resolve('/srv/site');

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('contentDir', () => {
  it('is content/ under the project root by default', () => {
    vi.stubEnv('CONTENT_DIR', undefined);
    expect(contentDir(root)).toBe(path.join(root, 'content'));
  });

  it('follows CONTENT_DIR, relative to the root or absolute', () => {
    vi.stubEnv('CONTENT_DIR', 'tests/fixtures/content');
    expect(contentDir(root)).toBe(path.join(root, 'tests', 'fixtures', 'content'));
    const absolute = path.resolve('/tmp/other-city');
    vi.stubEnv('CONTENT_DIR', absolute);
    expect(contentDir(root)).toBe(absolute);
  });
});

describe('relativeToRoot', () => {
  it('gives a project-relative path with forward slashes', () => {
    expect(relativeToRoot(path.join(root, 'content', 'posts', '2025', 'a.mdx'), root)).toBe(
      'content/posts/2025/a.mdx',
    );
  });
});
