import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSiteConfig } from '../../src/files/loadSiteConfig.ts';

const SITE_YAML = [
  'organization: 裾野市役所',
  'title: テストサイト',
  'description: 説明',
  'defaultAuthor: mayor',
  'basePath: /from-file/',
  '',
].join('\n');

let root = '';

function writeConfig(folder: string, yaml: string): void {
  mkdirSync(path.join(root, folder), { recursive: true });
  writeFileSync(path.join(root, folder, 'site.yaml'), yaml);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'site-config-'));
  vi.stubEnv('CONTENT_DIR', undefined);
  vi.stubEnv('SITE_URL', undefined);
  vi.stubEnv('BASE_PATH', undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

describe('loadSiteConfig', () => {
  it('reads content/site.yaml under the root', () => {
    writeConfig('content', SITE_YAML);
    const config = loadSiteConfig(root);
    expect(config.organization).toBe('裾野市役所');
    expect(config.basePath).toBe('/from-file/');
  });

  it('reads the folder named by CONTENT_DIR', () => {
    writeConfig('other-city', SITE_YAML.replace('裾野市役所', '別の市役所'));
    vi.stubEnv('CONTENT_DIR', 'other-city');
    expect(loadSiteConfig(root).organization).toBe('別の市役所');
  });

  it('lets SITE_URL and BASE_PATH override the file', () => {
    writeConfig('content', SITE_YAML);
    vi.stubEnv('SITE_URL', 'http://intra.example.lg.jp');
    vi.stubEnv('BASE_PATH', '/mayor');
    const config = loadSiteConfig(root);
    expect(config.siteUrl).toBe('http://intra.example.lg.jp');
    expect(config.basePath).toBe('/mayor/');
  });

  it('names the project-relative file in errors', () => {
    writeConfig('content', SITE_YAML.replace('title: テストサイト\n', ''));
    expect(() => loadSiteConfig(root)).toThrow('content/site.yaml › title');
  });
});

describe('emblem', () => {
  it('is accepted when the file is in the content folder, refused with both languages when missing', () => {
    writeConfig('content', `${SITE_YAML}emblem: emblem.svg\n`);
    expect(() => loadSiteConfig(root)).toThrow(/emblem[^]*がありません[^]*does not exist/u);
    writeFileSync(path.join(root, 'content', 'emblem.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(loadSiteConfig(root).emblem).toBe('emblem.svg');
  });

  it('must be a plain image file name (no folders, no other types)', () => {
    writeConfig('content', `${SITE_YAML}emblem: ../secret.txt\n`);
    expect(() => loadSiteConfig(root)).toThrow(/emblem/u);
  });
});

describe('hostile site.yaml', () => {
  const BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]', ''].join('\n');

  it('refuses an alias bomb with the file and line named, in both languages, without a stack trace', () => {
    writeConfig('content', `${SITE_YAML}${BOMB}`);
    let error: unknown;
    try {
      loadSiteConfig(root);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    const { message, stack } = error as Error;
    expect(message).toContain('content/site.yaml › (YAML 7行目 / line 7)');
    expect(message).toMatch(/別名（\*名前）が 36 個あります[^]*36 aliases/u);
    expect(stack ?? '').not.toMatch(/\bat /u);
  });

  it('reports every schema error without a stack trace (Astro prints "Stack trace:" for any error that has one)', () => {
    writeConfig('content', 'title: only\n');
    let error: unknown;
    try {
      loadSiteConfig(root);
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).message).toContain('content/site.yaml › organization');
    expect((error as Error).stack ?? '').not.toMatch(/\bat /u);
  });

  it('refuses an emblem that is a symbolic link to a file elsewhere, naming it', () => {
    const outside = path.join(root, 'outside.svg');
    writeFileSync(outside, '<svg xmlns="http://www.w3.org/2000/svg"><text>secret</text></svg>');
    writeConfig('content', `${SITE_YAML}emblem: emblem.svg\n`);
    symlinkSync(outside, path.join(root, 'content', 'emblem.svg'));
    expect(() => loadSiteConfig(root)).toThrow(/content\/emblem\.svg はシンボリックリンク[^]*symbolic link/u);
  });
});
