/**
 * The build itself refuses off-site resources. Builds the real content plus
 * fixture posts (tests/fixtures/external-resource/) via CONTENT_DIR:
 * an external <a> link builds and is marked; an external <img> fails the
 * build, naming the page and the URL.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASTRO, FIXTURES } from '../support/paths.ts';

let tmp = '';
const fixture = (name: string) => path.join(FIXTURES, 'external-resource', name);

function build(outDir: string) {
  return spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: path.join(tmp, 'content'), SITE_URL: 'https://intra.example.lg.jp' },
    encoding: 'utf8',
  });
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'external-resource-'));
  cpSync(path.join(FIXTURES, 'content-valid'), path.join(tmp, 'content'), { recursive: true });
  cpSync(fixture('external-link.mdx'), path.join(tmp, 'content/posts/fixture/external-link.mdx'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('off-site resources at build time', () => {
  it('builds a page with an ordinary external link, marked as external', () => {
    const result = build(path.join(tmp, 'out-link'));
    expect(result.status, result.stderr).toBe(0);
    const html = readFileSync(path.join(tmp, 'out-link/posts/external-link/index.html'), 'utf8');
    expect(html).toContain(
      '<a href="https://www.city.susono.shizuoka.jp/" rel="external noopener noreferrer">裾野市の公式サイト<span class="external-link__marker">（外部サイト）</span></a>',
    );
    expect(html).toMatch(/<a href="\/mission\/">ミッション<\/a>/u);
  });

  it('fails the build naming the page and the URL when a page loads an image from another server', () => {
    cpSync(fixture('cdn-image.mdx'), path.join(tmp, 'content/posts/fixture/cdn-image.mdx'));
    const result = build(path.join(tmp, 'out-image'));
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('posts/cdn-image/index.html');
    expect(output).toContain('[日本語] <img src> が外部のURLを読み込みます: https://cdn.example.com/photos/kaigi.jpg');
    expect(output).toContain('[English] <img src> loads an off-site URL: https://cdn.example.com/photos/kaigi.jpg');
  });
});
