/** Checks on the built files themselves (no browser needed). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

test('every route of the site is in dist/', () => {
  for (const route of [
    'index.html',
    '404.html',
    'posts/index.html',
    'posts/gyomu-tanaoroshi/index.html',
    'tags/index.html',
    'tags/業務改善/index.html',
    'mission/index.html',
    'principles/index.html',
    'principles/real-problem/index.html',
    'principles/better-solutions/index.html',
    'principles/start-small/index.html',
    'principles/new-challenges/index.html',
    'principles/cost/index.html',
    'handbook/index.html',
    'handbook/management-meeting/index.html',
  ]) {
    expect(statSync(path.join(DIST, route)).isFile(), route).toBe(true);
  }
});

test('every HTML page declares lang="ja"', () => {
  const pages = filesUnder(DIST).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(20);
  for (const file of pages) expect(readFileSync(file, 'utf8'), file).toMatch(/<html lang="ja"/u);
});

test('a draft never reaches any output file', () => {
  const phrase = 'この下書きは公開されてはならない';
  for (const file of filesUnder(DIST)) {
    expect(readFileSync(file).includes(Buffer.from(phrase)), file).toBe(false);
  }
  expect(() => statSync(path.join(DIST, 'posts/draft-example'))).toThrow();
});

test('pages ship no client JavaScript, except the few features that need it', () => {
  // Onboarding progress (the path and its steps) and glossary tooltips (Esc to dismiss) only.
  const needsScript = /data-onboarding-progress|data-onboarding-step|data-term\b/u;
  const html = filesUnder(DIST).filter((file) => file.endsWith('.html'));
  for (const file of html) {
    const source = readFileSync(file, 'utf8');
    if (!needsScript.test(source)) expect(source, file).not.toMatch(/<script\b/u);
  }
  expect(readFileSync(path.join(DIST, 'posts/keiei-kaigi/index.html'), 'utf8')).not.toMatch(/<script\b/u);
});
