/**
 * The output check's scan cache (src/build/outputScanCache.ts): a rebuild
 * reuses the reading of byte-identical files, but never a verdict — a page
 * read clean last time that now loads an off-site image or links nowhere is
 * still refused, and a change to the scanner's code reads everything anew.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOutput, type OutputCheckSettings } from '../../src/build/outputCheck.ts';
import { scanFile } from '../../src/build/outputScan.ts';
import { openScanCache, scanKey, scannerInputs, scannerVersion } from '../../src/build/outputScanCache.ts';

const options = { scriptFolders: ['_astro/', 'pagefind/'] };

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'scan-cache-'));
  dirs.push(dir);
  return dir;
}
function writeFiles(dir: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Files with references of every shape (nested, base, code, unreadable) and anchors. */
const SAMPLE: Record<string, string> = {
  'index.html':
    '<!doctype html><html lang="ja"><head><link rel="stylesheet" href="/_astro/a.css"></head><body>' +
    '<h1 id="top">庁内ブログ</h1><a name="old"></a><a href="/posts/a/#intro">記事</a>' +
    '<iframe srcdoc="&lt;img src=&quot;x.png&quot;&gt;"></iframe><img srcset="a.png 1x, b.png 2x">' +
    '<div onclick="go()">x</div></body></html>',
  'posts/a/index.html': '<p id="intro">本文</p><img src="data:image/svg+xml,%3Csvg%3E%3Cimage href=%22i.png%22/%3E%3C/svg%3E">',
  '_astro/a.css': '@import "b.css"; body { background: url(/bg.png) }',
  'icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"><use href="#a"/></svg>',
  'site.webmanifest': '{"icons":[{"src":"/icon.png"}]}',
  'notes.php': '<?php ?>',
  'a.png': 'binary',
};

/** Scan every file of `files` through a cache at `cacheFile`, then save it. */
function scanAll(cacheFile: string, files: Record<string, string>, version = 'v1') {
  const cache = openScanCache(cacheFile, options, version);
  const scans = Object.fromEntries(Object.entries(files).map(([file, text]) => [file, cache.scan(file, Buffer.from(text))]));
  cache.save();
  return { scans, reused: cache.reused };
}

function fresh(files: Record<string, string>) {
  return Object.fromEntries(Object.entries(files).map(([file, text]) => [file, scanFile(file, Buffer.from(text), options)]));
}

describe('scan cache', () => {
  it('gives back exactly what a fresh scan reads, anchors included', () => {
    const cacheFile = path.join(tempDir(), 'output-scan.json');
    expect(scanAll(cacheFile, SAMPLE).reused).toBe(0);
    const second = scanAll(cacheFile, SAMPLE);
    expect(second.reused).toBe(Object.keys(SAMPLE).length);
    expect(second.scans).toEqual(fresh(SAMPLE));
    expect(second.scans['index.html']!.anchors).toEqual(new Set(['top', 'old']));
  });

  it('reads a changed file anew and drops entries this build did not use', () => {
    const cacheFile = path.join(tempDir(), 'output-scan.json');
    scanAll(cacheFile, SAMPLE);
    const changed: Record<string, string> = { ...SAMPLE, 'posts/a/index.html': '<p id="other">本文</p><img src="https://evil.example/x.png">' };
    delete changed['notes.php'];
    const second = scanAll(cacheFile, changed);
    expect(second.reused).toBe(Object.keys(changed).length - 1);
    expect(second.scans).toEqual(fresh(changed));
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: object };
    expect(Object.keys(stored.entries)).toHaveLength(Object.keys(changed).length);
  });

  it('reads everything anew when the scanner version or the scan options change', () => {
    const cacheFile = path.join(tempDir(), 'output-scan.json');
    scanAll(cacheFile, SAMPLE, 'v1');
    expect(scanAll(cacheFile, SAMPLE, 'v2').reused).toBe(0);
    const other = openScanCache(cacheFile, { scriptFolders: ['_astro/'] }, 'v2');
    for (const [file, text] of Object.entries(SAMPLE)) other.scan(file, Buffer.from(text));
    expect(other.reused).toBe(0);
  });

  it('keys the same bytes at another path apart', () => {
    const cacheFile = path.join(tempDir(), 'output-scan.json');
    scanAll(cacheFile, { '_astro/x.js': 'x' });
    const { scans, reused } = scanAll(cacheFile, { 'uploads/x.js': 'x' });
    expect(reused).toBe(0);
    expect(scans['uploads/x.js']!.references).toEqual([{ url: 'uploads/x.js', via: 'script file', use: 'code' }]);
  });

  it('ignores a cache file that is corrupt, truncated or holds a malformed entry', () => {
    const cacheFile = path.join(tempDir(), 'output-scan.json');
    scanAll(cacheFile, SAMPLE);
    const whole = readFileSync(cacheFile, 'utf8');
    for (const broken of [whole.slice(0, whole.length / 2), 'not json', 'null', '[]', '{"format":1,"entries":[]}', '\u0000\u0001']) {
      writeFileSync(cacheFile, broken);
      const { scans, reused } = scanAll(cacheFile, SAMPLE);
      expect(reused).toBe(0);
      expect(scans).toEqual(fresh(SAMPLE));
    }
    // Under the right key, an entry that is not a scan is read anew, never trusted.
    const key = scanKey('v1', options, 'index.html', Buffer.from(SAMPLE['index.html']!));
    writeFileSync(cacheFile, JSON.stringify({ format: 1, entries: { [key]: { kind: 'html', references: [{ url: 1 }], anchors: [] } } }));
    const { scans, reused } = scanAll(cacheFile, { 'index.html': SAMPLE['index.html']! });
    expect(reused).toBe(0);
    expect(scans['index.html']).toEqual(fresh(SAMPLE)['index.html']);
  });

  it('never fails when the cache cannot be written', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'file'), 'a file, not a folder');
    expect(() => scanAll(path.join(dir, 'file', 'output-scan.json'), SAMPLE)).not.toThrow();
  });
});

describe('scanner version', () => {
  it('covers the scanner modules and the parsers they import, read from disk', () => {
    const { sources, packages } = scannerInputs();
    const files = [...sources.keys()].map((file) => path.basename(file)).sort();
    expect(files).toEqual(['codeVersion.ts', 'css.ts', 'outputScan.ts', 'outputScanCache.ts', 'urlAttributes.ts']);
    const names = (ids: Iterable<string>) => [...ids].map((id) => id.replace(/@[^@]*$/u, '')).sort();
    // The parsers and what they read with (entities decodes &amp; for parse5, mdn-data is css-tree's grammar).
    expect(names(packages.values())).toEqual(expect.arrayContaining(['css-tree', 'entities', 'htmlparser2', 'mdn-data', 'parse5']));
    expect(scannerVersion()).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('changes when any module the scanner imports, a parser or a parser\'s dependency changes', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'scan.ts': "import { helper } from './helper.ts';\nimport { parse } from 'fake-parser';\nexport const x = 'not-a-package';",
      'helper.ts': "import {\n  a,\n} from './deep/table.ts';\nexport const helper = 1;",
      'deep/table.ts': 'export const a = 1;',
      'node_modules/fake-parser/package.json': '{"name":"fake-parser","version":"1.0.0","dependencies":{"fake-entities":"^1"}}',
      'node_modules/fake-entities/package.json': '{"name":"fake-entities","version":"1.0.0"}',
    });
    const roots = [pathToFileURL(path.join(dir, 'scan.ts'))];
    const first = scannerVersion(roots);
    expect(scannerVersion(roots)).toBe(first);
    expect([...scannerInputs(roots).packages.values()].sort()).toEqual(['fake-entities@1.0.0', 'fake-parser@1.0.0']);

    writeFileSync(path.join(dir, 'deep/table.ts'), 'export const a = 2;');
    const second = scannerVersion(roots);
    expect(second).not.toBe(first);

    writeFileSync(path.join(dir, 'node_modules/fake-entities/package.json'), '{"name":"fake-entities","version":"1.0.1"}');
    const third = scannerVersion(roots);
    expect(third).not.toBe(second);

    writeFileSync(path.join(dir, 'node_modules/fake-parser/package.json'), '{"name":"fake-parser","version":"1.0.1","dependencies":{"fake-entities":"^1"}}');
    expect(scannerVersion(roots)).not.toBe(third);

    rmSync(path.join(dir, 'node_modules'), { recursive: true });
    expect(() => scannerVersion(roots)).toThrow(/fake-parser/u);
  });
});

describe('output check over a cached build', () => {
  const settings = (cacheFile: string): OutputCheckSettings => ({
    base: '/',
    siteUrl: 'https://intra.example',
    siteRoot: 'https://intra.example/',
    scanOptions: options,
    cacheFile,
  });
  const SITE = {
    'index.html': '<a href="/posts/a/">記事</a><a href="/posts/b/#intro">記事</a>',
    'posts/a/index.html': '<p>本文</p>',
    'posts/b/index.html': '<p id="intro">本文</p>',
  };

  it('still refuses an off-site resource or a broken link added to a page read clean before', () => {
    const cacheFile = path.join(tempDir(), 'output-scan.json');
    const dist = tempDir();
    writeFiles(dist, SITE);
    expect(checkOutput(dist, settings(cacheFile)).failures).toEqual([]);

    writeFiles(dist, { 'posts/a/index.html': '<p>本文</p><img src="https://evil.example/x.png"><a href="/nowhere/">x</a>' });
    const result = checkOutput(dist, settings(cacheFile));
    expect(result.reused).toBe(2);
    expect(result.failures.join('\n')).toContain('https://evil.example/x.png');
    expect(result.failures.join('\n')).toContain('/nowhere/');
  });

  it('reports a link from an unchanged, cached page whose target was deleted or lost its id', () => {
    const cacheFile = path.join(tempDir(), 'output-scan.json');
    const dist = tempDir();
    writeFiles(dist, SITE);
    checkOutput(dist, settings(cacheFile));

    const next = tempDir();
    cpSync(dist, next, { recursive: true });
    rmSync(path.join(next, 'posts/a'), { recursive: true });
    writeFiles(next, { 'posts/b/index.html': '<p>本文</p>' });
    const result = checkOutput(next, settings(cacheFile));
    expect(result.reused).toBe(1);
    expect(result.failures.join('\n')).toContain('/posts/a/');
    expect(result.failures.join('\n')).toContain('#intro');
  });
});
