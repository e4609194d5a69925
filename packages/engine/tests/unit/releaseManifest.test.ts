import { readdirSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../src/build/precompress.ts';
import {
  checksumList,
  compareManifest,
  createManifest,
  formatProblems,
  hasProblems,
  MANIFEST_FILE,
  parseManifest,
  sha256,
} from '../../src/build/releaseManifest.ts';

const dirs: string[] = [];
function tempSite(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'manifest-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('createManifest', () => {
  it('hashes every file, nested ones included, but not the manifest itself', () => {
    const dir = tempSite({ 'index.html': '<p>a</p>', 'posts/a/index.html': 'b', [MANIFEST_FILE]: '{}' });
    const manifest = createManifest(dir, new Date('2026-01-02T03:04:05Z'));
    expect(manifest).toEqual({
      version: 1,
      builtAt: '2026-01-02T03:04:05.000Z',
      files: { 'index.html': sha256('<p>a</p>'), 'posts/a/index.html': sha256('b') },
    });
  });
});

describe('compareManifest', () => {
  it('reports missing, changed and unexpected files', () => {
    const problems = compareManifest({ a: '1', b: '2', c: '3' }, { a: '1', b: 'x', d: '4' });
    expect(problems).toEqual({ missing: ['c'], changed: ['b'], unexpected: ['d'] });
    expect(hasProblems(problems)).toBe(true);
    expect(formatProblems(problems, 'releases/x')).toMatch(/足りないファイル \/ missing \(1\):\n {4}- c/u);
    expect(hasProblems(compareManifest({ a: '1' }, { a: '1' }))).toBe(false);
  });
});

describe('parseManifest', () => {
  it('accepts a written manifest and rejects anything that could point outside the release', () => {
    const good = JSON.stringify({ version: 1, builtAt: 'x', files: { 'a/b.html': sha256('x') } });
    expect(parseManifest(good, 'm').files['a/b.html']).toBe(sha256('x'));
    for (const bad of [
      'not json',
      JSON.stringify({ version: 2, files: {} }),
      JSON.stringify({ version: 1, files: { '../etc/passwd': sha256('x') } }),
      JSON.stringify({ version: 1, files: { '/abs': sha256('x') } }),
      JSON.stringify({ version: 1, files: { a: 'short' } }),
    ]) {
      expect(() => parseManifest(bad, 'dist/.release-manifest.json'), bad).toThrow(/is not a valid release manifest/u);
    }
  });
});

describe('checksumList', () => {
  it('is what `sha256sum -c` reads', () => {
    expect(checksumList({ version: 1, builtAt: '', files: { 'a b.html': 'f'.repeat(64) } })).toBe(`${'f'.repeat(64)}  ./a b.html\n`);
  });
});

describe('precompressDirectory', () => {
  it('writes a .gz that decompresses to the original for text files only', () => {
    const html = '<p>庁内ブログ</p>'.repeat(200);
    const dir = tempSite({ 'index.html': html, 'a.css': 'body{}'.repeat(100), 'img.png': 'x'.repeat(1000), 'tiny.js': 'a' });
    const { written } = precompressDirectory(dir);
    expect(written.sort()).toEqual(['a.css.gz', 'index.html.gz']);
    expect(gunzipSync(readFileSync(path.join(dir, 'index.html.gz'))).toString('utf8')).toBe(html);
  });

  it('reuses a cached .gz only for byte-identical files, and forgets files no longer built', () => {
    const cache = tempSite({});
    const first = tempSite({ 'index.html': '<p>一</p>'.repeat(200), 'old.html': '<p>古い</p>'.repeat(200), 'tiny.js': 'a' });
    expect(precompressDirectory(first, cache).reused).toBe(0);
    const changed = '<p>二</p>'.repeat(200);
    const second = tempSite({ 'index.html': changed, 'old.html': '<p>古い</p>'.repeat(200), 'tiny.js': 'a' });
    const result = precompressDirectory(second, cache);
    // old.html (and tiny.js's "not smaller" verdict) from the cache; index.html compressed anew.
    expect(result.reused).toBe(2);
    expect(result.written.sort()).toEqual(['index.html.gz', 'old.html.gz']);
    expect(gunzipSync(readFileSync(path.join(second, 'index.html.gz'))).toString('utf8')).toBe(changed);
    precompressDirectory(tempSite({ 'index.html': changed }), cache);
    expect(readdirSync(cache)).toHaveLength(1);
  });
});
