/**
 * Deploys to temporary folders. The remote path runs the real commands
 * (rsync, sh, sha256sum, ln, mv) with tests/support/fake-ssh.sh standing in
 * for ssh, so everything but the network hop is exercised.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deployLocal, rollbackLocal, verifyRelease } from '../../src/cli/deploy/localTarget.ts';
import {
  activateScript,
  deployRemote,
  inspectScript,
  parseInspect,
  rollbackRemote,
  rsyncCommand,
  shellQuote,
  sshCommand,
  verifyScript,
  type Runner,
} from '../../src/cli/deploy/remoteTarget.ts';
import { createManifest, MANIFEST_FILE } from '../../src/build/releaseManifest.ts';

const FAKE_SSH = path.resolve('tests/support/fake-ssh.sh');
const dirs: string[] = [];
function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A tiny built site with its manifest, like `npm run build` leaves it. */
function build(version: string): string {
  const dist = temp('dist-');
  mkdirSync(path.join(dist, 'posts/a'), { recursive: true });
  mkdirSync(path.join(dist, '_astro'));
  writeFileSync(path.join(dist, 'index.html'), `<p>version ${version}</p>`);
  writeFileSync(path.join(dist, 'posts/a/index.html'), `<p>post ${version}</p>`);
  writeFileSync(path.join(dist, '_astro/site.css'), 'body{}');
  writeFileSync(path.join(dist, MANIFEST_FILE), JSON.stringify(createManifest(dist)));
  return dist;
}

const live = (dir: string) => readFileSync(path.join(dir, 'current/index.html'), 'utf8');
const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n));

describe('local deploy', () => {
  it('publishes a release, switches current, rolls back and prunes', () => {
    const dir = temp('site-');
    const first = deployLocal({ dist: build('1'), dir, keep: 3, now: at(1) });
    expect(live(dir)).toBe('<p>version 1</p>');
    expect(lstatSync(path.join(dir, 'current')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'current'))).toBe(`releases/${first.release}`);

    const second = deployLocal({ dist: build('2'), dir, keep: 3, now: at(2) });
    expect(second.previous).toBe(first.release);
    expect(live(dir)).toBe('<p>version 2</p>');

    expect(rollbackLocal({ dir })).toEqual({ from: second.release, to: first.release });
    expect(live(dir)).toBe('<p>version 1</p>');
    expect(() => rollbackLocal({ dir })).toThrow(/戻せる前のリリースがありません[\s\S]*no earlier release/u);

    for (let n = 3; n <= 6; n++) deployLocal({ dist: build(String(n)), dir, keep: 3, now: at(n) });
    expect(live(dir)).toBe('<p>version 6</p>');
    expect(readdirSync(path.join(dir, 'releases')).sort()).toEqual(['20260101-000004-000', '20260101-000005-000', '20260101-000006-000']);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a build that was changed after its manifest was written, and leaves current alone', () => {
    const dir = temp('site-');
    deployLocal({ dist: build('1'), dir, keep: 5, now: at(1) });
    const dist = build('2');
    writeFileSync(path.join(dist, 'posts/a/index.html'), 'edited by hand');
    rmSync(path.join(dist, '_astro/site.css'));
    writeFileSync(path.join(dist, 'stray.html'), 'x');
    expect(() => deployLocal({ dist, dir, keep: 5, now: at(2) })).toThrow(
      /配置を中止しました（verify-build）。公開中のサイトは変わっていません。[\s\S]*missing \(1\):\n\s+- _astro\/site\.css[\s\S]*changed \(1\):\n\s+- posts\/a\/index\.html[\s\S]*not in the manifest \(1\):\n\s+- stray\.html/u,
    );
    expect(live(dir)).toBe('<p>version 1</p>');
    expect(readdirSync(path.join(dir, 'releases'))).toHaveLength(1);
  });

  it('refuses a dist without a manifest', () => {
    const dist = build('1');
    rmSync(path.join(dist, MANIFEST_FILE));
    expect(() => deployLocal({ dist, dir: temp('site-'), keep: 5 })).toThrow(/run npm run build first/u);
  });

  it('never replaces a current that is a real folder', () => {
    const dir = temp('site-');
    mkdirSync(path.join(dir, 'current'));
    writeFileSync(path.join(dir, 'current/index.html'), 'hand-made');
    expect(() => deployLocal({ dist: build('1'), dir, keep: 5 })).toThrow(/is not a symlink/u);
    expect(live(dir)).toBe('hand-made');
  });

  it('re-verifies an old release before rolling back to it', () => {
    const dir = temp('site-');
    const first = deployLocal({ dist: build('1'), dir, keep: 5, now: at(1) });
    deployLocal({ dist: build('2'), dir, keep: 5, now: at(2) });
    writeFileSync(path.join(dir, 'releases', first.release, 'index.html'), 'damaged');
    expect(() => rollbackLocal({ dir })).toThrow(/（verify）[\s\S]*changed \(1\):\n\s+- index\.html/u);
    expect(live(dir)).toBe('<p>version 2</p>');
  });

  it('verifyRelease catches a half-copied release', () => {
    const dist = build('1');
    const manifest = JSON.parse(readFileSync(path.join(dist, MANIFEST_FILE), 'utf8')) as Parameters<typeof verifyRelease>[1];
    rmSync(path.join(dist, 'posts'), { recursive: true });
    expect(() => verifyRelease(dist, manifest)).toThrow(/missing \(1\)/u);
  });
});

describe('remote commands', () => {
  it('quote paths for the remote shell', () => {
    expect(shellQuote('/srv/mission-site')).toBe('/srv/mission-site');
    expect(shellQuote("/srv/市役所's site")).toBe(`'/srv/市役所'\\''s site'`);
  });
  it('are built for ssh, rsync --link-dest, sha256sum -c and an atomic mv -T', () => {
    expect(sshCommand('ssh -p 2222', 'deploy@web01', 'true')).toEqual(['ssh', '-p', '2222', 'deploy@web01', 'true']);
    expect(
      rsyncCommand({ ssh: 'ssh', dist: 'dist', host: 'deploy@web01', dir: '/srv/site', incoming: '.incoming-X', linkDest: '20260101-000001-000' }),
    ).toEqual(['rsync', '--recursive', '--links', '--perms', '--checksum', '--delete', '--protect-args', '--link-dest=../20260101-000001-000', '-e', 'ssh', 'dist/', 'deploy@web01:/srv/site/releases/.incoming-X/']);
    expect(rsyncCommand({ ssh: 'ssh', dist: 'dist/', host: 'h', dir: '/s', incoming: 'i' })).not.toContain('--link-dest');
    expect(verifyScript('/srv/site/releases/.incoming-X')).toBe(
      'cd /srv/site/releases/.incoming-X && sha256sum --quiet --strict -c - && echo --- && find . -type f | LC_ALL=C sort',
    );
    expect(activateScript('/srv/site', '.incoming-X', 'X')).toBe(
      'set -e; cd /srv/site; mv -T releases/.incoming-X releases/X; ln -sfn releases/X .current-X.tmp && mv -T .current-X.tmp current; readlink current',
    );
    expect(inspectScript('/srv/site')).toContain('readlink current || true; echo ---; ls -1A releases');
    expect(parseInspect('releases/20260101-000001-000\n---\n.incoming-a\n20260101-000001-000\n20260101-000000-000\n')).toEqual({
      current: '20260101-000001-000',
      releases: ['20260101-000000-000', '20260101-000001-000'],
    });
  });
});

const run: Runner = (argv, input) => {
  const [command = '', ...args] = argv;
  const result = spawnSync(command, args, { input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
};

describe('remote deploy (real rsync and coreutils, ssh replaced by a local shell)', () => {
  it('publishes, hard-links unchanged files, verifies, switches, rolls back and prunes', () => {
    const dir = temp('remote-');
    const remote = { host: 'deploy@web01', dir, ssh: FAKE_SSH, run };
    const first = deployRemote({ ...remote, dist: build('1'), keep: 2, now: at(1) });
    expect(live(dir)).toBe('<p>version 1</p>');
    const second = deployRemote({ ...remote, dist: build('2'), keep: 2, now: at(2) });
    expect(second.previous).toBe(first.release);
    expect(live(dir)).toBe('<p>version 2</p>');
    // _astro/site.css did not change: rsync --link-dest shares it with the first release.
    const css = (release: string) => lstatSync(path.join(dir, 'releases', release, '_astro/site.css')).ino;
    expect(css(second.release)).toBe(css(first.release));

    expect(rollbackRemote(remote)).toEqual({ from: second.release, to: first.release });
    expect(live(dir)).toBe('<p>version 1</p>');

    const third = deployRemote({ ...remote, dist: build('3'), keep: 2, now: at(3) });
    expect(live(dir)).toBe('<p>version 3</p>');
    // keep 2: the first release goes, the second stays as the rollback target.
    expect(third.pruned).toEqual([first.release]);
    deployRemote({ ...remote, dist: build('4'), keep: 2, now: at(4) });
    expect(readdirSync(path.join(dir, 'releases')).sort()).toEqual(['20260101-000003-000', '20260101-000004-000']);
  });

  it('leaves current untouched and removes the half-made release when the server-side check fails', () => {
    const dir = temp('remote-');
    const remote = { host: 'web01', dir, ssh: FAKE_SSH, run };
    deployRemote({ ...remote, dist: build('1'), keep: 5, now: at(1) });
    // A server whose sha256sum disagrees (e.g. a disk error) must not go live.
    const lying: Runner = (argv, input) =>
      run(argv.map((arg) => arg.replace('sha256sum --quiet', 'false && sha256sum --quiet')), input);
    expect(() => deployRemote({ ...remote, run: lying, dist: build('2'), now: at(2) , keep: 5})).toThrow(
      /配置を中止しました（verify）[\s\S]*does not match the manifest/u,
    );
    expect(live(dir)).toBe('<p>version 1</p>');
    expect(readdirSync(path.join(dir, 'releases'))).toEqual(['20260101-000001-000']);
  });

  it('says which step failed when the server cannot be reached', () => {
    const remote = { host: 'web01', dir: '/nonexistent', ssh: 'false', run };
    expect(() => deployRemote({ ...remote, dist: build('1'), keep: 5 })).toThrow(/（connect）[\s\S]*cannot reach web01/u);
  });
});

it('a symlink target outside releases/ is not treated as a release', () => {
  const dir = temp('site-');
  mkdirSync(path.join(dir, 'elsewhere'));
  symlinkSync('elsewhere', path.join(dir, 'current'));
  expect(() => rollbackLocal({ dir })).toThrow(/no earlier release/u);
  expect(existsSync(path.join(dir, 'current'))).toBe(true);
});
