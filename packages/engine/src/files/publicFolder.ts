/**
 * public/ is copied into the site as is, and Astro follows symlinks while
 * copying. Editors publish text, they must not publish the build machine:
 * a symlink leaving public/ (to /etc, ~/.ssh, the repository's .git) and
 * any dotfile (.env, .git/config, .htpasswd) are refused before the build,
 * naming each. `.well-known/` is the one dotted folder the web needs.
 */
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** Dotted names allowed in public/ (RFC 8615 well-known URIs: security.txt …). */
const ALLOWED_DOT_FOLDERS = ['.well-known'];

export interface PublicProblem {
  /** Path relative to public/, forward slashes. */
  file: string;
  reason: 'symlink-outside' | 'symlink-broken' | 'dotfile';
  /** Where a symlink points. */
  target?: string;
}

export function checkPublicFolder(publicDir: string): PublicProblem[] {
  let root: string;
  try {
    root = realpathSync(publicDir);
  } catch {
    return []; // no public/ folder: nothing to copy
  }
  const problems: PublicProblem[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const file = path.relative(publicDir, full).split(path.sep).join('/');
      const topLevelAllowed = ALLOWED_DOT_FOLDERS.includes(name) && dir === publicDir;
      if (name.startsWith('.') && !topLevelAllowed) {
        problems.push({ file, reason: 'dotfile' });
        continue;
      }
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(full);
        } catch {
          problems.push({ file, reason: 'symlink-broken' });
          continue;
        }
        if (target !== root && !target.startsWith(`${root}${path.sep}`)) {
          problems.push({ file, reason: 'symlink-outside', target });
          continue;
        }
        // A link inside public/ is a copy of something already checked.
        continue;
      }
      if (stat.isDirectory()) walk(full);
    }
  };
  walk(publicDir);
  return problems;
}

export function formatPublicProblems(problems: readonly PublicProblem[]): string {
  const heading =
    `public/ に公開できないファイルが ${problems.length} 件あります。ビルドを中止します。\n` +
    `Found ${problems.length} file(s) in public/ that may not be published. The build stops.`;
  const lines = problems.map((item) => {
    const [ja, en] =
      item.reason === 'dotfile'
        ? [
            '「.」で始まるファイルやフォルダーは公開できません（設定や秘密の情報が入りがちなため）。削除するか、public/ の外へ移してください。使えるのは .well-known/ だけです',
            'files and folders starting with "." may not be published (they tend to hold settings or secrets); delete it or move it out of public/. Only .well-known/ is allowed',
          ]
        : item.reason === 'symlink-broken'
          ? ['リンク先のないシンボリックリンクです。削除してください', 'a symbolic link to nothing; delete it']
          : [
              `public/ の外（${item.target}）を指すシンボリックリンクです。公開するファイルは public/ の中に実物を置いてください`,
              `a symbolic link leaving public/ (to ${item.target}); put the real file inside public/ instead`,
            ];
    return `● public/${item.file}\n  [日本語] ${ja}\n  [English] ${en}`;
  });
  return [heading, ...lines].join('\n\n');
}
