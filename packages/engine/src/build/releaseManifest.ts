/**
 * The release manifest: the SHA-256 of every file the build wrote, saved as
 * dist/.release-manifest.json. The deploy step checks a copied release
 * against it before the release goes live, so a half-copied or altered
 * release can never be switched on.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../files/listFiles.ts';

export const MANIFEST_FILE = '.release-manifest.json';

export interface ReleaseManifest {
  version: 1;
  /** ISO time the build finished. */
  builtAt: string;
  /** Path relative to the release root (forward slashes) → SHA-256 hex. */
  files: Record<string, string>;
}

export interface ManifestProblems {
  missing: string[];
  changed: string[];
  unexpected: string[];
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Hash every file under `dir` except the manifest itself. */
export function hashDirectory(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of listFiles(dir)) {
    if (file === MANIFEST_FILE) continue;
    files[file] = sha256(readFileSync(path.join(dir, file)));
  }
  return files;
}

export function createManifest(dir: string, builtAt: Date = new Date()): ReleaseManifest {
  return { version: 1, builtAt: builtAt.toISOString(), files: hashDirectory(dir) };
}

/** Parse a manifest file's text; throws a bilingual message when it is not one. */
export function parseManifest(text: string, where: string): ReleaseManifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  const candidate = data as Partial<ReleaseManifest> | undefined;
  const valid =
    candidate !== undefined &&
    candidate !== null &&
    candidate.version === 1 &&
    typeof candidate.files === 'object' &&
    candidate.files !== null &&
    Object.entries(candidate.files).every(
      ([file, hash]) => typeof hash === 'string' && /^[0-9a-f]{64}$/u.test(hash) && isSafeRelativePath(file),
    );
  if (!valid) {
    throw new Error(
      `${where} はリリースのマニフェストとして読めません。\`npm run build\` をやり直してください。\n` +
        `${where} is not a valid release manifest. Run \`npm run build\` again.`,
    );
  }
  return candidate as ReleaseManifest;
}

/** Relative, forward-slash, no "..": a manifest must never point outside the release. */
function isSafeRelativePath(file: string): boolean {
  return file !== '' && !file.startsWith('/') && !file.includes('\\') && file.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/** Compare the expected hashes with what is on disk (both path → hash). */
export function compareManifest(expected: Record<string, string>, actual: Record<string, string>): ManifestProblems {
  const missing: string[] = [];
  const changed: string[] = [];
  for (const [file, hash] of Object.entries(expected)) {
    if (!(file in actual)) missing.push(file);
    else if (actual[file] !== hash) changed.push(file);
  }
  const unexpected = Object.keys(actual).filter((file) => !(file in expected));
  return { missing: missing.sort(), changed: changed.sort(), unexpected: unexpected.sort() };
}

export function hasProblems(problems: ManifestProblems): boolean {
  return problems.missing.length + problems.changed.length + problems.unexpected.length > 0;
}

/** Bilingual report of a failed verification, at most `limit` files per kind. */
export function formatProblems(problems: ManifestProblems, where: string, limit = 20): string {
  const list = (files: string[]) =>
    files.slice(0, limit).map((file) => `    - ${file}`).concat(files.length > limit ? [`    … (+${files.length - limit})`] : []);
  const parts = [`${where} がマニフェストと一致しません / does not match the release manifest:`];
  if (problems.missing.length) parts.push(`  足りないファイル / missing (${problems.missing.length}):`, ...list(problems.missing));
  if (problems.changed.length) parts.push(`  内容が違うファイル / changed (${problems.changed.length}):`, ...list(problems.changed));
  if (problems.unexpected.length) parts.push(`  マニフェストにないファイル / not in the manifest (${problems.unexpected.length}):`, ...list(problems.unexpected));
  return parts.join('\n');
}

/** Lines for `sha256sum -c` on the server, paths relative to the release. */
export function checksumList(manifest: ReleaseManifest): string {
  return Object.entries(manifest.files)
    .map(([file, hash]) => `${hash}  ./${file}\n`)
    .join('');
}
