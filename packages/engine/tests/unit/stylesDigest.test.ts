/**
 * The digest of the engine's styles that every page's cache key carries
 * (src/files/codeVersion.ts, src/model/cacheKeys.ts): it must move with any
 * stylesheet or .astro <style>, and only with those.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stylesDigest } from '../../src/files/codeVersion.ts';

let dir: string;
const url = () => pathToFileURL(`${dir}/`);
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'styles-digest-'));
  write('styles/global.css', 'body { color: black; }');
  write('components/Card.astro', '<div class="card" /><style>.card { padding: 1rem; }</style>');
  write('model/posts.ts', 'export const posts = [];');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('stylesDigest', () => {
  it('changes when a stylesheet changes', () => {
    const before = stylesDigest(url());
    write('styles/global.css', 'body { color: #111; }');
    expect(stylesDigest(url())).not.toBe(before);
  });

  it("changes when a component's <style> changes, or a stylesheet is added", () => {
    const before = stylesDigest(url());
    write('components/Card.astro', '<div class="card" /><style>.card { padding: 2rem; }</style>');
    const afterEdit = stylesDigest(url());
    expect(afterEdit).not.toBe(before);
    write('styles/print.css', '@media print { nav { display: none; } }');
    expect(stylesDigest(url())).not.toBe(afterEdit);
  });

  it('stays the same for code that writes no styles', () => {
    const before = stylesDigest(url());
    write('model/posts.ts', 'export const posts = [1];');
    expect(stylesDigest(url())).toBe(before);
  });
});
