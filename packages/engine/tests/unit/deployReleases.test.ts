import { describe, expect, it } from 'vitest';
import { parseArgs, parseTarget } from '../../src/cli/deploy/options.ts';
import {
  isReleaseName,
  previousRelease,
  releaseFromLink,
  releaseName,
  releasesToPrune,
  sortReleases,
} from '../../src/cli/deploy/releases.ts';

describe('release names', () => {
  it('are UTC timestamps that sort in time order', () => {
    expect(releaseName(new Date('2026-11-23T20:43:36.194Z'))).toBe('20261123-204336-194');
    const names = ['2027-01-01T00:00:00.000Z', '2026-12-31T23:59:59.999Z', '2026-02-03T04:05:06.007Z'].map((iso) =>
      releaseName(new Date(iso)),
    );
    expect(sortReleases(names)).toEqual([names[2], names[1], names[0]]);
    expect(isReleaseName('20261123-204336-194')).toBe(true);
    expect(sortReleases(['.incoming-20261123-204336-194', 'notes.txt', '20261123-204336-194'])).toEqual(['20261123-204336-194']);
  });
  it('are read back from the current symlink', () => {
    expect(releaseFromLink('releases/20261123-204336-194')).toBe('20261123-204336-194');
    expect(releaseFromLink('/srv/site/releases/20261123-204336-194/')).toBe('20261123-204336-194');
    expect(releaseFromLink(undefined)).toBeUndefined();
    expect(releaseFromLink('somewhere-else')).toBeUndefined();
  });
});

const R = ['20260101-000000-000', '20260102-000000-000', '20260103-000000-000', '20260104-000000-000', '20260105-000000-000', '20260106-000000-000', '20260107-000000-000'];

describe('previousRelease (the rollback target)', () => {
  it('is the newest release older than the live one', () => {
    expect(previousRelease(R, R[6])).toBe(R[5]);
    expect(previousRelease(R, R[3])).toBe(R[2]);
    expect(previousRelease(R, R[0])).toBeUndefined();
    expect(previousRelease(R, undefined)).toBeUndefined();
  });
});

describe('releasesToPrune', () => {
  it('keeps the newest N', () => {
    expect(releasesToPrune(R, R[6], 5)).toEqual([R[0], R[1]]);
    expect(releasesToPrune(R, R[6], 2)).toEqual(R.slice(0, 5));
    expect(releasesToPrune(R.slice(0, 3), R[2], 5)).toEqual([]);
  });
  it('never removes the live release or the one before it, even after a rollback', () => {
    // Rolled back to R[1]; R[1] and R[0] must stay although they are old.
    expect(releasesToPrune(R, R[1], 2)).toEqual([R[2], R[3], R[4]]);
  });
});

describe('parseTarget', () => {
  it('tells remote targets from local folders like rsync does', () => {
    expect(parseTarget('deploy@intra-web01:/srv/mission-site')).toEqual({ kind: 'remote', host: 'deploy@intra-web01', dir: '/srv/mission-site' });
    expect(parseTarget('intra-web01:site/')).toEqual({ kind: 'remote', host: 'intra-web01', dir: 'site' });
    expect(parseTarget('/srv/mission-site')).toEqual({ kind: 'local', dir: '/srv/mission-site' });
    expect(parseTarget('./out/a:b')).toEqual({ kind: 'local', dir: './out/a:b' });
    expect(parseTarget('C:\\sites\\mayor')).toEqual({ kind: 'local', dir: 'C:\\sites\\mayor' });
  });
});

describe('parseArgs', () => {
  it('reads --to, --keep, --dist and --rollback', () => {
    expect(parseArgs(['--to', '/srv/a', '--keep', '3', '--dist=build'])).toEqual({
      target: { kind: 'local', dir: '/srv/a' },
      keep: 3,
      rollback: false,
      dist: 'build',
      waitSeconds: 120,
      ssh: 'ssh',
    });
    expect(parseArgs(['--to', '/srv/a', '--wait', '0']).waitSeconds).toBe(0);
    expect(parseArgs(['--rollback'], { DEPLOY_TO: 'web01:/srv/a', DEPLOY_SSH: 'ssh -p 2222' })).toMatchObject({
      target: { kind: 'remote', host: 'web01', dir: '/srv/a' },
      rollback: true,
      ssh: 'ssh -p 2222',
    });
  });
  it('explains bad options in Japanese and English', () => {
    expect(() => parseArgs([])).toThrow(/--to で配置先を指定してください[\s\S]*give the target with --to/u);
    expect(() => parseArgs(['--to', '/a', '--keep', '1'])).toThrow(/--keep は 2 以上の整数です/u);
    expect(() => parseArgs(['--to'])).toThrow(/--to needs a value/u);
    expect(() => parseArgs(['--to', '/a', '--force'])).toThrow(/unknown option: --force/u);
    expect(() => parseArgs(['--to', '/a', '--wait', 'soon'])).toThrow(/--wait は 0 以上の秒数です[\s\S]*--wait must be a number/u);
  });
  it.each([
    ['-oProxyCommand=touch /tmp/pwned:dir', 'may not start with "-"'],
    ['-e', 'may not start with "-"'],
    ['web01:-x', 'may not start with "-"'],
    ['web01:/srv/a\ntouch /tmp/pwned', 'contains control characters'],
    ['/srv/a\u001b[2J', 'contains control characters'],
  ])('refuses --to %j before ssh or rsync see it', (to, why) => {
    expect(() => parseArgs(['--to', to])).toThrow(why);
    expect(() => parseArgs([`--to=${to}`])).toThrow(/\[日本語\] --to の値/u);
    expect(() => parseArgs([], { DEPLOY_TO: to })).toThrow(why);
  });
  it('refuses a --dist rsync would read as an option', () => {
    expect(() => parseArgs(['--to', '/a', '--dist=-n'])).toThrow(/--dist .*may not start with "-"/u);
  });
});
