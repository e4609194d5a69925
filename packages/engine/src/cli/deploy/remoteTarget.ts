/**
 * Deploy to another server over ssh, with the same layout and guarantees as
 * localTarget.ts: rsync into a hidden folder (hard-linking files unchanged
 * since the live release, --link-dest), `sha256sum -c` on the server, then
 * `ln -sfn` to a temporary name and `mv -T` over `current` (rename(2)).
 * The server needs only sh, rsync and GNU coreutils; no Node.
 *
 * Commands are built by pure functions (unit-tested) and run through a
 * `Runner`, so tests can run them against a local folder.
 */
import path from 'node:path';
import { checksumList, MANIFEST_FILE, parseManifest, type ReleaseManifest } from '../../build/releaseManifest.ts';
import { DeployError } from './errors.ts';
import { acquireLock, LOCK_NAME, ownerLine, parseOwner, type LockBackend, type LockOwner } from './lock.ts';
import { readVerifiedDist, type DeployResult } from './localTarget.ts';
import { previousRelease, releaseFromLink, releaseName, releasesToPrune, sortReleases } from './releases.ts';

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}
export type Runner = (argv: readonly string[], input?: string) => RunResult;

export interface RemoteOptions {
  host: string;
  dir: string;
  ssh: string;
  run: Runner;
  log?: (line: string) => void;
  /** Seconds to wait for another deploy's lock (default 0: refuse at once). */
  waitSeconds?: number;
}

/** Quote for POSIX sh: 'it'\''s' */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./=:@%+-]+$/u.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

export function sshCommand(ssh: string, host: string, script: string): string[] {
  return [...ssh.trim().split(/\s+/u), host, script];
}

/** Creates the lock folder and prints "acquired", or prints "held", its age in seconds and its owner line. */
function lockScript(dir: string, owner: string): string {
  const d = shellQuote(dir);
  return [
    'set -e',
    `mkdir -p ${d}/releases`,
    `cd ${d}`,
    `if mkdir ${LOCK_NAME} 2>/dev/null; then printf '%s\\n' ${shellQuote(owner)} > ${LOCK_NAME}/owner.$$ && mv ${LOCK_NAME}/owner.$$ ${LOCK_NAME}/owner; echo acquired; ` +
      `else echo held; echo $(( $(date +%s) - $(stat -c %Y ${LOCK_NAME} 2>/dev/null || date +%s) )); cat ${LOCK_NAME}/owner 2>/dev/null || true; fi`,
  ].join('; ');
}

/** Moves a stale lock aside; removes it if it is still the one we judged stale, else puts it back. */
function breakLockScript(dir: string, expected: string): string {
  return (
    `cd ${shellQuote(dir)} && aside=${LOCK_NAME}.stale-$$ && { mv -T ${LOCK_NAME} "$aside" 2>/dev/null || exit 0; } && ` +
    `if [ "$(cat "$aside/owner" 2>/dev/null)" = ${shellQuote(expected)} ]; then rm -rf "$aside"; ` +
    `else mv -T "$aside" ${LOCK_NAME} 2>/dev/null || rm -rf "$aside"; fi`
  );
}

/** Removes the lock only if we still hold it. */
function unlockScript(dir: string, owner: string): string {
  return `cd ${shellQuote(dir)} && if [ "$(cat ${LOCK_NAME}/owner 2>/dev/null)" = ${shellQuote(owner)} ]; then rm -rf ${LOCK_NAME}; fi`;
}

function parseLockOutput(stdout: string): { acquired: true } | { acquired: false; owner: LockOwner | undefined; ageMs: number } {
  const [state = '', age = '0', owner = ''] = stdout.trim().split('\n');
  if (state.trim() === 'acquired') return { acquired: true };
  return { acquired: false, owner: parseOwner(owner), ageMs: (Number(age) || 0) * 1000 };
}

/**
 * Run under the lock: removes what an interrupted deploy left (half-copied
 * `.incoming-*` releases, temporary links, each named on stderr), then
 * prints `current`'s target, a separator, then the release folders.
 */
export function inspectScript(dir: string): string {
  const d = shellQuote(dir);
  return [
    'set -e',
    `mkdir -p ${d}/releases`,
    `cd ${d}`,
    `if [ -e current ] && [ ! -L current ]; then echo 'current is not a symlink' >&2; exit 3; fi`,
    `for left in releases/.incoming-* .current-*.tmp; do if [ -e "$left" ] || [ -L "$left" ]; then echo "removed $left" >&2; rm -rf -- "$left"; fi; done`,
    'readlink current || true',
    'echo ---',
    'ls -1A releases',
  ].join('; ');
}

export function parseInspect(stdout: string): { current: string | undefined; releases: string[] } {
  const [link = '', list = ''] = stdout.split(/^---$/mu);
  return { current: releaseFromLink(link.trim() || undefined), releases: sortReleases(list.split('\n').map((line) => line.trim())) };
}

export function rsyncCommand(options: { ssh: string; dist: string; host: string; dir: string; incoming: string; linkDest?: string | undefined }): string[] {
  return [
    'rsync',
    // Not --archive: every build rewrites every file, so modification times
    // always differ; comparing by checksum (and not keeping times) is what
    // lets --link-dest hard-link the files that did not change.
    '--recursive',
    '--links',
    '--perms',
    '--checksum',
    '--delete',
    '--protect-args',
    ...(options.linkDest ? [`--link-dest=../${options.linkDest}`] : []),
    '-e',
    options.ssh,
    `${options.dist.replace(/\/*$/u, '')}/`,
    `${options.host}:${path.posix.join(options.dir, 'releases', options.incoming)}/`,
  ];
}

/** Reads "<sha256>  ./path" lines on stdin; then lists files so extras are caught. */
export function verifyScript(releaseDir: string): string {
  return `cd ${shellQuote(releaseDir)} && sha256sum --quiet --strict -c - && echo --- && find . -type f | LC_ALL=C sort`;
}

/** Renames the release into place, switches `current`, and prints what `current` now points to. */
export function activateScript(dir: string, incoming: string, name: string): string {
  const d = shellQuote(dir);
  return ['set -e', `cd ${d}`, `mv -T releases/${incoming} releases/${name}`, switchCommands(name), 'readlink current'].join('; ');
}

function switchScript(dir: string, name: string): string {
  return ['set -e', `cd ${shellQuote(dir)}`, switchCommands(name), 'readlink current'].join('; ');
}

function switchCommands(name: string): string {
  const temp = `.current-${name}.tmp`;
  return `ln -sfn releases/${name} ${temp} && mv -T ${temp} current`;
}

function removeScript(dir: string, names: readonly string[]): string {
  return `cd ${shellQuote(path.posix.join(dir, 'releases'))} && rm -rf -- ${names.map(shellQuote).join(' ')}`;
}

/** Files listed by verifyScript that the manifest does not know. */
function unexpectedFiles(listing: string, manifest: ReleaseManifest): string[] {
  return listing
    .split('\n')
    .map((line) => line.trim().replace(/^\.\//u, ''))
    .filter((file) => file !== '' && file !== MANIFEST_FILE && !(file in manifest.files));
}

function runOrFail(options: RemoteOptions, step: string, argv: readonly string[], ja: string, en: string, input?: string): string {
  const result = options.run(argv, input);
  if (result.status !== 0) {
    throw new DeployError(step, ja, en, `$ ${argv.map(shellQuote).join(' ')}\n${result.stderr.trim() || result.stdout.trim()}`);
  }
  return result.stdout;
}

function remoteLock(options: RemoteOptions): LockBackend {
  return {
    where: `${options.host}:${path.posix.join(options.dir, LOCK_NAME)}`,
    tryLock(owner) {
      const stdout = runOrFail(
        options,
        'connect',
        sshCommand(options.ssh, options.host, lockScript(options.dir, ownerLine(owner))),
        `${options.host} に接続できないか、${options.dir} を準備できません`,
        `cannot reach ${options.host} or prepare ${options.dir}`,
      );
      return parseLockOutput(stdout);
    },
    breakLock(expected) {
      options.run(sshCommand(options.ssh, options.host, breakLockScript(options.dir, expected ? ownerLine(expected) : '')));
    },
  };
}

/** Run `step` holding the target's lock; the lock is released however the step ends. */
function withRemoteLock<T>(options: RemoteOptions, step: () => T): T {
  const owner = acquireLock(remoteLock(options), { waitSeconds: options.waitSeconds ?? 0, ...(options.log ? { log: options.log } : {}) });
  try {
    return step();
  } finally {
    options.run(sshCommand(options.ssh, options.host, unlockScript(options.dir, ownerLine(owner))));
  }
}

/** The release `current` points at after a switch, from the switch script's output; it must be `expected`. */
function switchedTo(stdout: string, expected: string): string {
  const live = releaseFromLink(stdout.trim().split('\n').pop());
  if (live !== expected) {
    throw new DeployError('switch', `current が ${expected} ではなく ${live ?? '(なし)'} を指しています`, `current points to ${live ?? '(nothing)'}, not ${expected}`);
  }
  return live;
}

function inspect(options: RemoteOptions) {
  const result = options.run(sshCommand(options.ssh, options.host, inspectScript(options.dir)));
  const removed = result.stderr.split('\n').filter((line) => line.startsWith('removed ')).map((line) => line.slice('removed '.length));
  if (removed.length) options.log?.(`片付け / removed what an interrupted deploy left: ${removed.join(', ')}`);
  if (result.status !== 0) {
    throw new DeployError(
      'connect',
      `${options.host} に接続できないか、${options.dir} を準備できません`,
      `cannot reach ${options.host} or prepare ${options.dir}`,
      result.stderr.trim() || result.stdout.trim(),
    );
  }
  return parseInspect(result.stdout);
}

function verifyRemote(options: RemoteOptions, releaseDir: string, manifest: ReleaseManifest, step: string): void {
  const stdout = runOrFail(
    options,
    step,
    sshCommand(options.ssh, options.host, verifyScript(releaseDir)),
    `${releaseDir} がマニフェストと一致しません`,
    `${releaseDir} does not match the manifest`,
    checksumList(manifest),
  );
  const extra = unexpectedFiles(stdout.split(/^---$/mu)[1] ?? '', manifest);
  if (extra.length) {
    throw new DeployError(step, `マニフェストにないファイルがあります`, 'files not in the manifest', extra.slice(0, 20).join('\n'));
  }
}

export function deployRemote(options: RemoteOptions & { dist: string; keep: number; now?: Date }): DeployResult {
  const manifest = readVerifiedDist(options.dist);
  return withRemoteLock(options, () => deployRemoteLocked(options, manifest));
}

function deployRemoteLocked(options: RemoteOptions & { dist: string; keep: number; now?: Date }, manifest: ReleaseManifest): DeployResult {
  const log = options.log ?? (() => {});
  const { current, releases } = inspect(options);
  const name = releaseName(options.now ?? new Date());
  const incoming = `.incoming-${name}`;
  const releaseDir = path.posix.join(options.dir, 'releases', incoming);
  const cleanup = () => options.run(sshCommand(options.ssh, options.host, removeScript(options.dir, [incoming])));
  let switched: string;
  try {
    log(`rsync → ${options.host}:${releaseDir}`);
    runOrFail(
      options,
      'copy',
      rsyncCommand({ ssh: options.ssh, dist: options.dist, host: options.host, dir: options.dir, incoming, linkDest: current }),
      'rsync でのコピーに失敗しました',
      'rsync failed',
    );
    log('検証 / verifying with sha256sum on the server');
    verifyRemote(options, releaseDir, manifest, 'verify');
    switched = runOrFail(
      options,
      'switch',
      sshCommand(options.ssh, options.host, activateScript(options.dir, incoming, name)),
      '公開中のリリースを切り替えられませんでした',
      'could not switch the live release',
    );
  } catch (error) {
    cleanup();
    throw error;
  }
  log(`公開 / live: current → releases/${switchedTo(switched, name)}${current ? ` (前 / previous: ${current})` : ''}`);
  const pruned = releasesToPrune([...releases, name], name, options.keep);
  if (pruned.length) {
    runOrFail(options, 'prune', sshCommand(options.ssh, options.host, removeScript(options.dir, pruned)), '古いリリースを削除できません（公開は完了しています）', 'cannot remove old releases (the deploy itself succeeded)');
    log(`削除 / removed old releases: ${pruned.join(', ')}`);
  }
  return { release: name, previous: current, pruned, files: Object.keys(manifest.files).length };
}

export function rollbackRemote(options: RemoteOptions): { from: string; to: string } {
  return withRemoteLock(options, () => rollbackRemoteLocked(options));
}

function rollbackRemoteLocked(options: RemoteOptions): { from: string; to: string } {
  const log = options.log ?? (() => {});
  const { current, releases } = inspect(options);
  const target = previousRelease(releases, current);
  if (current === undefined || target === undefined) {
    throw new DeployError('rollback', `${options.dir} に戻せる前のリリースがありません`, `there is no earlier release to roll back to in ${options.dir}`);
  }
  const targetDir = path.posix.join(options.dir, 'releases', target);
  const manifestText = runOrFail(
    options,
    'rollback',
    sshCommand(options.ssh, options.host, `cat ${shellQuote(path.posix.join(targetDir, MANIFEST_FILE))}`),
    `${target} のマニフェストが読めません`,
    `cannot read the manifest of ${target}`,
  );
  let manifest: ReleaseManifest;
  try {
    manifest = parseManifest(manifestText, `${options.host}:${targetDir}/${MANIFEST_FILE}`);
  } catch (error) {
    throw new DeployError('rollback', `${target} のマニフェストが読めません`, `cannot read the manifest of ${target}`, (error as Error).message);
  }
  verifyRemote(options, targetDir, manifest, 'rollback');
  const switched = runOrFail(options, 'switch', sshCommand(options.ssh, options.host, switchScript(options.dir, target)), '公開中のリリースを切り替えられませんでした', 'could not switch the live release');
  log(`公開 / live: current → releases/${switchedTo(switched, target)} (戻す前 / was: ${current})`);
  return { from: current, to: target };
}
