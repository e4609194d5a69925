import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPublicFolder, formatPublicProblems } from '../../src/files/publicFolder.ts';

let tmp = '';
let pub = '';
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'public-folder-'));
  pub = path.join(tmp, 'public');
  mkdirSync(path.join(pub, 'images'), { recursive: true });
  writeFileSync(path.join(pub, 'favicon.svg'), '<svg/>');
  writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('checkPublicFolder', () => {
  it('accepts ordinary files, .well-known/ and links that stay inside public/', () => {
    mkdirSync(path.join(pub, '.well-known'));
    writeFileSync(path.join(pub, '.well-known/security.txt'), 'Contact: mailto:a@example.jp');
    symlinkSync('../favicon.svg', path.join(pub, 'images/icon.svg'));
    expect(checkPublicFolder(pub)).toEqual([]);
  });

  it('refuses symlinks leaving public/ (files and folders), naming them and the target', () => {
    symlinkSync(path.join(tmp, 'secret.txt'), path.join(pub, 'images/passwd.txt'));
    symlinkSync('/etc', path.join(pub, 'etc'));
    const problems = checkPublicFolder(pub);
    expect(problems.map((item) => [item.file, item.reason])).toEqual([
      ['etc', 'symlink-outside'],
      ['images/passwd.txt', 'symlink-outside'],
    ]);
    const message = formatPublicProblems(problems);
    expect(message).toContain('public/images/passwd.txt');
    expect(message).toContain(`a symbolic link leaving public/ (to ${path.join(tmp, 'secret.txt')})`);
    expect(message).toContain('public/ の外');
  });

  it('refuses dotfiles and dotted folders anywhere, and dotted names inside .well-known too', () => {
    writeFileSync(path.join(pub, '.env'), 'TOKEN=x');
    mkdirSync(path.join(pub, '.git'));
    writeFileSync(path.join(pub, '.git/config'), '[core]');
    writeFileSync(path.join(pub, 'images/.htpasswd'), 'a:b');
    mkdirSync(path.join(pub, '.well-known'));
    writeFileSync(path.join(pub, '.well-known/.secret'), 'x');
    expect(checkPublicFolder(pub).map((item) => item.file)).toEqual(['.env', '.git', '.well-known/.secret', 'images/.htpasswd']);
    expect(formatPublicProblems(checkPublicFolder(pub))).toContain('Only .well-known/ is allowed');
  });

  it('refuses a broken symlink', () => {
    symlinkSync(path.join(tmp, 'nothing'), path.join(pub, 'gone.png'));
    expect(checkPublicFolder(pub)).toEqual([{ file: 'gone.png', reason: 'symlink-broken' }]);
  });
});
