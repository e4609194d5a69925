/**
 * One deploy at a time per target. The lock is a folder, `<dir>/.deploy.lock`
 * (mkdir is atomic on every file system, local, NFS/SMB shares and over
 * ssh), holding one line: "<host> <pid> <started ISO time>". A second deploy
 * waits for it (--wait seconds), then refuses, naming who holds it.
 *
 * A deploy killed by a signal (or a power cut) leaves its lock behind; the
 * next deploy from the same machine sees that the process is gone and takes
 * the lock over. A lock from another machine is never broken automatically:
 * the message says how to remove it once the administrator is sure.
 *
 * The owner line is written beside the lock and renamed into it, so whoever
 * sees `owner` reads the whole line (a deploy paused between creating and
 * filling the file was reported as "unknown": CI, 2026-12-05).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { DeployError } from './errors.ts';

export const LOCK_NAME = '.deploy.lock';

export interface LockOwner {
  host: string;
  pid: number;
  since: string;
}

export function ownerLine(owner: LockOwner): string {
  return `${owner.host} ${owner.pid} ${owner.since}`;
}

export function parseOwner(text: string): LockOwner | undefined {
  const [host, pid, since] = text.trim().split(/\s+/u);
  const number = Number(pid);
  if (!host || !Number.isInteger(number) || number <= 0 || !since) return undefined;
  return { host, pid: number, since };
}

function thisOwner(now = new Date()): LockOwner {
  return { host: hostname(), pid: process.pid, since: now.toISOString() };
}

/** Is the process alive on this machine? (EPERM: alive, owned by someone else.) */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock may be taken over when its deploy ran on this machine and has
 * ended, or when its owner line was never written (a deploy killed between
 * mkdir and writing it) and the folder is older than a minute.
 */
export function isStale(owner: LockOwner | undefined, ageMs: number, alive = processAlive, host = hostname()): boolean {
  if (!owner) return ageMs > 60_000;
  return owner.host === host && owner.pid !== process.pid && !alive(owner.pid);
}

/**
 * A lock whose owner line is not there yet is being taken right now: look
 * again for this long, even past --wait, so the refusal can name its holder.
 */
const OWNER_GRACE_MS = 2_000;

export type LockAttempt = { acquired: true } | { acquired: false; owner: LockOwner | undefined; ageMs: number };

export interface LockBackend {
  /** Where the lock lives, for messages. */
  where: string;
  /** Create the lock atomically, or say who holds it. */
  tryLock(owner: LockOwner): LockAttempt;
  /**
   * Remove a stale lock held by `expected` (moved aside first, then checked:
   * of two deploys racing to break it, the loser puts back what it moved).
   */
  breakLock(expected: LockOwner | undefined): void;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

/** Take the lock, waiting up to `waitSeconds` for another deploy to finish. */
export function acquireLock(
  backend: LockBackend,
  options: { waitSeconds: number; log?: (line: string) => void; owner?: LockOwner; now?: () => number; pause?: (ms: number) => void },
): LockOwner {
  const owner = options.owner ?? thisOwner();
  const now = options.now ?? Date.now;
  const pause = options.pause ?? sleep;
  const deadline = now() + options.waitSeconds * 1000;
  let told = false;
  for (;;) {
    const attempt = backend.tryLock(owner);
    if (attempt.acquired) return owner;
    if (isStale(attempt.owner, attempt.ageMs)) {
      options.log?.(
        `前回の配置が途中で止まった跡（${backend.where}${attempt.owner ? `、${ownerLine(attempt.owner)}` : ''}）を片付けます / ` +
          `removing the lock of a deploy that ended without finishing`,
      );
      backend.breakLock(attempt.owner);
      continue;
    }
    const giveUpAt = !attempt.owner && attempt.ageMs < OWNER_GRACE_MS ? deadline + OWNER_GRACE_MS : deadline;
    if (now() >= giveUpAt) {
      const who = attempt.owner ? ownerLine(attempt.owner) : '(不明 / unknown)';
      throw new DeployError(
        'lock',
        `ほかの配置が実行中です（${who}）。終わるのを待ってからやり直してください。` +
          `その配置がもう動いていないと確かめられたときだけ、${backend.where} を削除してください`,
        `another deploy is running (${who}); try again when it has finished. ` +
          `Only if you are sure it is no longer running, delete ${backend.where}`,
      );
    }
    if (!told) {
      options.log?.(`ほかの配置の終了を待っています / waiting for another deploy to finish (${attempt.owner ? ownerLine(attempt.owner) : backend.where})`);
      told = true;
    }
    // Past --wait only while an owner line is coming: look again soon.
    pause(now() < deadline ? Math.min(500, deadline - now()) : 100);
  }
}

/** The lock as a folder on this machine (or a mounted share). */
export function localLock(dir: string): LockBackend & { release(owner: LockOwner): void } {
  const lockDir = path.join(dir, LOCK_NAME);
  const ownerFile = (folder: string) => path.join(folder, 'owner');
  const readOwner = (folder: string) => {
    try {
      return parseOwner(readFileSync(ownerFile(folder), 'utf8'));
    } catch {
      return undefined;
    }
  };
  return {
    where: lockDir,
    tryLock(owner) {
      try {
        mkdirSync(lockDir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new DeployError('lock', `${lockDir} を作れません`, `cannot create ${lockDir}`, String(error));
        }
        let ageMs: number;
        try {
          ageMs = Date.now() - statSync(lockDir).mtimeMs;
        } catch {
          return { acquired: false, owner: undefined, ageMs: 0 }; // released meanwhile: try again
        }
        return { acquired: false, owner: readOwner(lockDir), ageMs };
      }
      const partial = `${ownerFile(lockDir)}.${process.pid}`;
      writeFileSync(partial, `${ownerLine(owner)}\n`);
      renameSync(partial, ownerFile(lockDir));
      return { acquired: true };
    },
    breakLock(expected) {
      const aside = `${lockDir}.stale-${process.pid}-${Date.now()}`;
      try {
        renameSync(lockDir, aside);
      } catch {
        return; // someone else broke or released it
      }
      const moved = readOwner(aside);
      if ((moved && ownerLine(moved)) !== (expected && ownerLine(expected))) {
        // A live lock taken between our look and our move: put it back.
        try {
          renameSync(aside, lockDir);
          return;
        } catch {
          // a third deploy holds the name now; the moved lock was not ours to keep
        }
      }
      rmSync(aside, { recursive: true, force: true });
    },
    release(owner) {
      const held = readOwner(lockDir);
      if (held && ownerLine(held) === ownerLine(owner)) rmSync(lockDir, { recursive: true, force: true });
    },
  };
}
