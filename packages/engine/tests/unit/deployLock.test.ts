import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, isStale, localLock, ownerLine, parseOwner, type LockAttempt, type LockBackend, type LockOwner } from '../../src/cli/deploy/lock.ts';

const me: LockOwner = { host: 'build01', pid: 4242, since: '2026-11-30T10:00:00.000Z' };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A backend whose lock is held by `holder` for `heldFor` attempts. */
function fakeBackend(holder: LockOwner | undefined, heldFor = Infinity, ageMs = 0) {
  let attempts = 0;
  const broken: Array<LockOwner | undefined> = [];
  const backend: LockBackend = {
    where: 'web01:/srv/site/.deploy.lock',
    tryLock(): LockAttempt {
      attempts += 1;
      return attempts > heldFor || broken.length > 0 ? { acquired: true } : { acquired: false, owner: holder, ageMs };
    },
    breakLock(expected) {
      broken.push(expected);
    },
  };
  return { backend, broken, attempts: () => attempts };
}

describe('deploy lock', () => {
  it('reads and writes the owner line', () => {
    expect(parseOwner(`${ownerLine(me)}\n`)).toEqual(me);
    expect(parseOwner('garbage')).toBeUndefined();
  });

  it('takes over a lock left by a finished process of this machine, never one of another machine', () => {
    const dead = () => false;
    expect(isStale({ ...me, pid: 99 }, 0, dead, 'build01')).toBe(true);
    expect(isStale({ ...me, pid: 99 }, 0, () => true, 'build01')).toBe(false);
    expect(isStale({ ...me, host: 'ci-runner' }, 10 * 3600_000, dead, 'build01')).toBe(false);
    // mkdir done, owner line not yet written: only stale after a minute
    expect(isStale(undefined, 5_000, dead, 'build01')).toBe(false);
    expect(isStale(undefined, 120_000, dead, 'build01')).toBe(true);
  });

  it('waits while another deploy holds the lock, then goes on', () => {
    const { backend, attempts } = fakeBackend({ ...me, host: 'ci-runner' }, 3);
    const lines: string[] = [];
    let clock = 0;
    acquireLock(backend, { waitSeconds: 60, owner: me, log: (line) => lines.push(line), now: () => clock, pause: (ms) => (clock += ms) });
    expect(attempts()).toBe(4);
    expect(lines).toEqual(['ほかの配置の終了を待っています / waiting for another deploy to finish (ci-runner 4242 2026-11-30T10:00:00.000Z)']);
  });

  it('refuses after --wait seconds, naming the holder and how to clear a dead lock', () => {
    const { backend, broken } = fakeBackend({ ...me, host: 'ci-runner' });
    let clock = 0;
    expect(() => acquireLock(backend, { waitSeconds: 2, owner: me, now: () => clock, pause: (ms) => (clock += ms) })).toThrow(
      /（lock）[\s\S]*ほかの配置が実行中です（ci-runner 4242 [\s\S]*another deploy is running \(ci-runner 4242 [\s\S]*delete web01:\/srv\/site\/\.deploy\.lock/u,
    );
    expect(broken).toEqual([]);
  });

  it('with --wait 0, a lock taken that instant is looked at again until its owner line is there, and named', () => {
    let attempts = 0;
    const backend: LockBackend = {
      where: 'web01:/srv/site/.deploy.lock',
      tryLock: () => ({ acquired: false, owner: ++attempts > 3 ? { ...me, host: 'ci-runner' } : undefined, ageMs: attempts * 100 }),
      breakLock: () => undefined,
    };
    let clock = 0;
    expect(() => acquireLock(backend, { waitSeconds: 0, owner: me, now: () => clock, pause: (ms) => (clock += ms) })).toThrow(
      /another deploy is running \(ci-runner 4242 /u,
    );
    expect(attempts).toBe(4);
    // An owner line that never comes: refused after the grace, as unknown.
    const silent: LockBackend = { ...backend, tryLock: () => ({ acquired: false, owner: undefined, ageMs: clock }) };
    clock = 0;
    expect(() => acquireLock(silent, { waitSeconds: 0, owner: me, now: () => clock, pause: (ms) => (clock += ms) })).toThrow(/unknown/u);
    expect(clock).toBeLessThanOrEqual(2_100);
  });

  it('a local lock is released only by its owner', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lock-'));
    dirs.push(dir);
    const lock = localLock(dir);
    expect(lock.tryLock(me)).toEqual({ acquired: true });
    // The owner line is renamed into place: nothing half-written is left beside it.
    expect(readdirSync(path.join(dir, '.deploy.lock'))).toEqual(['owner']);
    expect(lock.tryLock({ ...me, pid: 5 })).toMatchObject({ acquired: false, owner: me });
    lock.release({ ...me, pid: 5 });
    expect(lock.tryLock({ ...me, pid: 5 })).toMatchObject({ acquired: false });
    // Breaking needs the owner that was judged stale; a different one is put back.
    lock.breakLock({ ...me, pid: 77 });
    expect(lock.tryLock({ ...me, pid: 5 })).toMatchObject({ acquired: false, owner: me });
    lock.breakLock(me);
    expect(lock.tryLock({ ...me, pid: 5 })).toEqual({ acquired: true });
  });
});
