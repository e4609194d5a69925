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
import { readVerifiedDist, type DeployResult } from './localTarget.ts';
import { previousRelease, releaseFromLink, releaseName, releasesToPrune, sortReleases } from './releases.ts';

export interface RunResult {
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
}

/** Quote for POSIX sh: 'it'\''s' */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./=:@%+-]+$/u.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

export function sshCommand(ssh: string, host: string, script: string): string[] {
  return [...ssh.trim().split(/\s+/u), host, script];
}

/** Prints `current`'s target, a separator, then the release folders. */
export function inspectScript(dir: string): string {
  const d = shellQuote(dir);
  return [
    'set -e',
    `mkdir -p ${d}/releases`,
    `cd ${d}`,
    `if [ -e current ] && [ ! -L current ]; then echo 'current is not a symlink' >&2; exit 3; fi`,
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

export function activateScript(dir: string, incoming: string, name: string): string {
  const d = shellQuote(dir);
  return ['set -e', `cd ${d}`, `mv -T releases/${incoming} releases/${name}`, switchCommands(name)].join('; ');
}

export function switchScript(dir: string, name: string): string {
  return ['set -e', `cd ${shellQuote(dir)}`, switchCommands(name)].join('; ');
}

function switchCommands(name: string): string {
  const temp = `.current-${name}.tmp`;
  return `ln -sfn releases/${name} ${temp} && mv -T ${temp} current`;
}

export function removeScript(dir: string, names: readonly string[]): string {
  return `cd ${shellQuote(path.posix.join(dir, 'releases'))} && rm -rf -- ${names.map(shellQuote).join(' ')}`;
}

/** Files listed by verifyScript that the manifest does not know. */
export function unexpectedFiles(listing: string, manifest: ReleaseManifest): string[] {
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

function inspect(options: RemoteOptions) {
  const stdout = runOrFail(
    options,
    'connect',
    sshCommand(options.ssh, options.host, inspectScript(options.dir)),
    `${options.host} に接続できないか、${options.dir} を準備できません`,
    `cannot reach ${options.host} or prepare ${options.dir}`,
  );
  return parseInspect(stdout);
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
  const log = options.log ?? (() => {});
  const manifest = readVerifiedDist(options.dist);
  const { current, releases } = inspect(options);
  const name = releaseName(options.now ?? new Date());
  const incoming = `.incoming-${name}`;
  const releaseDir = path.posix.join(options.dir, 'releases', incoming);
  const cleanup = () => options.run(sshCommand(options.ssh, options.host, removeScript(options.dir, [incoming])));
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
    runOrFail(
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
  log(`公開 / live: ${name}${current ? ` (前 / previous: ${current})` : ''}`);
  const pruned = releasesToPrune([...releases, name], name, options.keep);
  if (pruned.length) {
    runOrFail(options, 'prune', sshCommand(options.ssh, options.host, removeScript(options.dir, pruned)), '古いリリースを削除できません（公開は完了しています）', 'cannot remove old releases (the deploy itself succeeded)');
    log(`削除 / removed old releases: ${pruned.join(', ')}`);
  }
  return { release: name, previous: current, pruned, files: Object.keys(manifest.files).length };
}

export function rollbackRemote(options: RemoteOptions): { from: string; to: string } {
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
  runOrFail(options, 'switch', sshCommand(options.ssh, options.host, switchScript(options.dir, target)), '公開中のリリースを切り替えられませんでした', 'could not switch the live release');
  log(`公開 / live: ${target} (戻す前 / was: ${current})`);
  return { from: current, to: target };
}
