/**
 * Deploy to a folder on this machine (or a mounted share):
 *   <dir>/releases/<name>/  one folder per release
 *   <dir>/current           symlink to the live release (nginx serves it)
 * A release is copied under a hidden name, verified against the build's
 * manifest, renamed, and only then made live by renaming a new symlink
 * over `current` (rename(2) is atomic: every request sees the old or the
 * new release, never a mix or nothing).
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import {
  compareManifest,
  formatProblems,
  hasProblems,
  hashDirectory,
  MANIFEST_FILE,
  parseManifest,
  type ReleaseManifest,
} from '../../build/releaseManifest.ts';
import { DeployError } from './errors.ts';
import { acquireLock, localLock } from './lock.ts';
import { previousRelease, releaseFromLink, releaseName, releasesToPrune, sortReleases } from './releases.ts';

export interface DeployResult {
  release: string;
  previous: string | undefined;
  pruned: string[];
  files: number;
}

type Log = (line: string) => void;

/** Read dist's manifest and check dist itself still matches it. */
export function readVerifiedDist(dist: string): ReleaseManifest {
  const file = path.join(dist, MANIFEST_FILE);
  if (!existsSync(file)) {
    throw new DeployError(
      'manifest',
      `${file} がありません。先に npm run build を実行してください`,
      `${file} is missing; run npm run build first`,
    );
  }
  let manifest: ReleaseManifest;
  try {
    manifest = parseManifest(readFileSync(file, 'utf8'), file);
  } catch (error) {
    throw new DeployError('manifest', 'マニフェストが読めません', 'the manifest cannot be read', (error as Error).message);
  }
  const problems = compareManifest(manifest.files, hashDirectory(dist));
  if (hasProblems(problems)) {
    throw new DeployError(
      'verify-build',
      `${dist} がビルド後に変更されています。npm run build をやり直してください`,
      `${dist} changed after the build; run npm run build again`,
      formatProblems(problems, dist),
    );
  }
  return manifest;
}

/** The release `current` points at; fails if `current` is not a symlink. */
function currentRelease(dir: string): string | undefined {
  const link = path.join(dir, 'current');
  let stat;
  try {
    stat = lstatSync(link);
  } catch {
    return undefined; // first deploy
  }
  if (!stat.isSymbolicLink()) {
    throw new DeployError(
      'current',
      `${link} がシンボリックリンクではありません。手で作ったフォルダなら別の名前に移してください`,
      `${link} is not a symlink; if it is a folder made by hand, move it aside`,
    );
  }
  return releaseFromLink(readlinkSync(link));
}

function listReleases(dir: string): string[] {
  const releases = path.join(dir, 'releases');
  return existsSync(releases) ? sortReleases(readdirSync(releases)) : [];
}

/** Point `current` at releases/<name> atomically (temp symlink + rename). */
function switchCurrent(dir: string, name: string): void {
  const temp = path.join(dir, `.current-${name}-${process.pid}.tmp`);
  try {
    rmSync(temp, { force: true });
    symlinkSync(path.join('releases', name), temp);
    renameSync(temp, path.join(dir, 'current'));
  } catch (error) {
    rmSync(temp, { force: true });
    throw new DeployError('switch', '公開中のリリースを切り替えられませんでした', 'could not switch the live release', String(error));
  }
}

export function verifyRelease(releaseDir: string, manifest: ReleaseManifest): void {
  const problems = compareManifest(manifest.files, hashDirectory(releaseDir));
  if (hasProblems(problems)) {
    throw new DeployError(
      'verify',
      'コピーしたリリースがマニフェストと一致しません',
      'the copied release does not match the manifest',
      formatProblems(problems, releaseDir),
    );
  }
}

/**
 * Run `step` holding the target's deploy lock (lock.ts), after removing what
 * an interrupted deploy left: half-copied `.incoming-*` releases and
 * temporary `current` links. Nothing else can be writing them while we hold the lock.
 */
function withLocalLock<T>(dir: string, waitSeconds: number, log: Log, step: () => T): T {
  const releasesDir = path.join(dir, 'releases');
  try {
    mkdirSync(releasesDir, { recursive: true });
  } catch (error) {
    throw new DeployError('prepare', `${releasesDir} を作れません`, `cannot create ${releasesDir}`, String(error));
  }
  const lock = localLock(dir);
  const owner = acquireLock(lock, { waitSeconds, log });
  try {
    const leftovers = [
      ...readdirSync(releasesDir).filter((name) => name.startsWith('.incoming-')).map((name) => path.join(releasesDir, name)),
      ...readdirSync(dir).filter((name) => /^\.current-.*\.tmp$/u.test(name)).map((name) => path.join(dir, name)),
    ];
    for (const leftover of leftovers) rmSync(leftover, { recursive: true, force: true });
    if (leftovers.length) log(`片付け / removed what an interrupted deploy left: ${leftovers.map((item) => path.basename(item)).join(', ')}`);
    return step();
  } finally {
    lock.release(owner);
  }
}

/** What `current` points at now, for the 公開 line: never what we meant it to be, what it is. */
function liveRelease(dir: string, expected: string): string {
  const live = currentRelease(dir);
  if (live !== expected) {
    throw new DeployError('switch', `current が ${expected} ではなく ${live ?? '(なし)'} を指しています`, `current points to ${live ?? '(nothing)'}, not ${expected}`);
  }
  return live;
}

export function deployLocal(options: { dist: string; dir: string; keep: number; waitSeconds?: number; now?: Date; log?: Log }): DeployResult {
  const log = options.log ?? (() => {});
  const manifest = readVerifiedDist(options.dist);
  return withLocalLock(options.dir, options.waitSeconds ?? 0, log, () => deployLocked({ ...options, log }, manifest));
}

function deployLocked(options: { dist: string; dir: string; keep: number; now?: Date; log: Log }, manifest: ReleaseManifest): DeployResult {
  const { dist, dir, keep, log } = options;
  const files = Object.keys(manifest.files).length;
  const releasesDir = path.join(dir, 'releases');
  const previous = currentRelease(dir);
  const name = releaseName(options.now ?? new Date());
  const finalDir = path.join(releasesDir, name);
  if (existsSync(finalDir)) {
    throw new DeployError('prepare', `${finalDir} はすでにあります`, `${finalDir} already exists`);
  }
  const incoming = path.join(releasesDir, `.incoming-${name}`);
  try {
    log(`コピー / copying ${files} files → ${finalDir}`);
    try {
      cpSync(dist, incoming, { recursive: true, errorOnExist: true, force: false });
    } catch (error) {
      throw new DeployError('copy', `${dist} を ${incoming} にコピーできません`, `cannot copy ${dist} to ${incoming}`, String(error));
    }
    log('検証 / verifying against the manifest');
    verifyRelease(incoming, manifest);
    renameSync(incoming, finalDir);
  } catch (error) {
    rmSync(incoming, { recursive: true, force: true });
    throw error;
  }
  try {
    switchCurrent(dir, name);
  } catch (error) {
    rmSync(finalDir, { recursive: true, force: true });
    throw error;
  }
  log(`公開 / live: current → releases/${liveRelease(dir, name)}${previous ? ` (前 / previous: ${previous})` : ''}`);
  const pruned = releasesToPrune(listReleases(dir), name, keep);
  for (const old of pruned) rmSync(path.join(releasesDir, old), { recursive: true, force: true });
  if (pruned.length) log(`削除 / removed old releases: ${pruned.join(', ')}`);
  return { release: name, previous, pruned, files };
}

/** Switch `current` back to the release before it, after re-verifying that release. */
export function rollbackLocal(options: { dir: string; waitSeconds?: number; log?: Log }): { from: string; to: string } {
  const log = options.log ?? (() => {});
  return withLocalLock(options.dir, options.waitSeconds ?? 0, log, () => rollbackLocked(options.dir, log));
}

function rollbackLocked(dir: string, log: Log): { from: string; to: string } {
  const current = currentRelease(dir);
  const target = previousRelease(listReleases(dir), current);
  if (current === undefined || target === undefined) {
    throw new DeployError(
      'rollback',
      `${dir} に戻せる前のリリースがありません`,
      `there is no earlier release to roll back to in ${dir}`,
    );
  }
  const targetDir = path.join(dir, 'releases', target);
  // Re-hash the older release first: a damaged one is never switched on.
  const manifestFile = path.join(targetDir, MANIFEST_FILE);
  let manifest: ReleaseManifest;
  try {
    manifest = parseManifest(readFileSync(manifestFile, 'utf8'), manifestFile);
  } catch (error) {
    throw new DeployError('rollback', `${manifestFile} が読めません`, `cannot read ${manifestFile}`, (error as Error).message);
  }
  verifyRelease(targetDir, manifest);
  switchCurrent(dir, target);
  log(`公開 / live: current → releases/${liveRelease(dir, target)} (戻す前 / was: ${current})`);
  return { from: current, to: target };
}
