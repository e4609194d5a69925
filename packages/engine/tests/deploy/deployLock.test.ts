/**
 * One deploy at a time, with real processes: `npm run deploy` (node
 * src/cli/deploy.ts) started twice against the same target, and a deploy
 * killed by a signal during its copy followed by a new one. Local targets
 * use the real copy; remote targets run the real rsync, sh and coreutils
 * with a slowed-down stand-in for ssh (tests/support/fake-ssh.sh behind a
 * sleep), so the two deploys overlap for certain.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createManifest, MANIFEST_FILE } from '../../src/build/releaseManifest.ts';
import { LOCK_NAME } from '../../src/cli/deploy/lock.ts';
import { ENGINE } from '../support/paths.ts';

const root = mkdtempSync(path.join(tmpdir(), 'deploy-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;
const fresh = (name: string) => path.join(root, `${name}-${++counter}`);

/** A built site with its manifest; `files` extra pages make the copy take a while. */
function build(version: string, files = 0): string {
  const dist = fresh('dist');
  mkdirSync(path.join(dist, 'bulk'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), `<p>version ${version}</p>`);
  for (let index = 0; index < files; index++) writeFileSync(path.join(dist, 'bulk', `${index}.html`), `<p>${version} ${index}</p>`.repeat(20));
  writeFileSync(path.join(dist, MANIFEST_FILE), JSON.stringify(createManifest(dist)));
  return dist;
}

interface Run {
  child: ChildProcess;
  output: () => string;
  done: Promise<number | null>;
}

function deploy(args: string[], env: Record<string, string> = {}): Run {
  // Its own process group, as a terminal's Ctrl-C would signal (the deploy and its rsync).
  const child = spawn(process.execPath, [path.join(ENGINE, 'src/cli/deploy.ts'), ...args], { env: { ...process.env, ...env }, detached: true });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, done };
}

async function until(condition: () => boolean, what: string, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Pause a deploy while it holds the lock (SIGSTOP to its process group), so
 * the second one surely meets it: on a fast machine a local copy of
 * thousands of files ends before a second Node process has started.
 */
async function pauseHoldingLock(run: Run, dir: string): Promise<() => void> {
  await until(() => existsSync(path.join(dir, LOCK_NAME, 'owner')), 'the first deploy to take the lock');
  process.kill(-(run.child.pid ?? 0), 'SIGSTOP');
  return () => process.kill(-(run.child.pid ?? 0), 'SIGCONT');
}

const incoming = (dir: string) => (existsSync(path.join(dir, 'releases')) ? readdirSync(path.join(dir, 'releases')).filter((name) => name.startsWith('.incoming-')) : []);
const releases = (dir: string) => readdirSync(path.join(dir, 'releases')).filter((name) => /^\d{8}-/u.test(name)).sort();
const current = (dir: string) => readlinkSync(path.join(dir, 'current'));
const liveLine = (output: string) => /公開 \/ live: current → (releases\/\S+)/u.exec(output)?.[1];

/** ssh stand-in that takes a second per connection. */
function slowSsh(): string {
  const file = fresh('slow-ssh.sh');
  writeFileSync(file, `#!/bin/sh\nsleep 1\nexec ${path.join(ENGINE, 'tests/support/fake-ssh.sh')} "$@"\n`);
  chmodSync(file, 0o755);
  return file;
}

/**
 * Both deploys succeed, the second waited for the first, each names the
 * release it made live, and `current` ends on the second's.
 */
async function expectOneAfterTheOther(first: Run, second: Run, dir: string): Promise<void> {
  const [one, two] = await Promise.all([first.done, second.done]);
  expect(one, first.output()).toBe(0);
  expect(two, second.output()).toBe(0);
  expect(second.output()).toContain('waiting for another deploy to finish');
  const [older, newer] = releases(dir);
  expect(liveLine(first.output())).toBe(`releases/${older}`);
  expect(liveLine(second.output())).toBe(`releases/${newer}`);
  expect(current(dir)).toBe(`releases/${newer}`);
}

describe('deploy lock (local target)', () => {
  it('a second deploy waits for the first; each names exactly what current points to after its switch', async () => {
    const dir = fresh('site');
    const first = deploy(['--to', dir, '--dist', build('1', 400)]);
    const resume = await pauseHoldingLock(first, dir);
    const second = deploy(['--to', dir, '--dist', build('2'), '--wait', '120']);
    await until(() => second.output().includes('waiting for another deploy to finish'), 'the second deploy to wait');
    resume();
    await expectOneAfterTheOther(first, second, dir);
    expect(readFileSync(path.join(dir, 'current/index.html'), 'utf8')).toBe('<p>version 2</p>');
    expect(existsSync(path.join(dir, '.deploy.lock'))).toBe(false);
  });

  it('with --wait 0 the second deploy refuses, naming the running one, and changes nothing', async () => {
    const dir = fresh('site');
    const first = deploy(['--to', dir, '--dist', build('1', 400)]);
    const resume = await pauseHoldingLock(first, dir);
    const second = deploy(['--to', dir, '--dist', build('2'), '--wait', '0']);
    const refused = await second.done;
    resume();
    expect(refused, second.output()).toBe(1);
    expect(second.output()).toContain('ほかの配置が実行中です');
    expect(second.output()).toContain(`another deploy is running (`);
    expect(second.output()).toContain(` ${first.child.pid} `);
    expect(await first.done, first.output()).toBe(0);
    expect(releases(dir)).toHaveLength(1);
  });

  it('a deploy killed during its copy leaves nothing behind after the next one', async () => {
    const dir = fresh('site');
    const ok = deploy(['--to', dir, '--dist', build('1')]);
    expect(await ok.done, ok.output()).toBe(0);
    const killed = deploy(['--to', dir, '--dist', build('2', 4000)]);
    await until(() => incoming(dir).length > 0, 'the copy to start');
    process.kill(-(killed.child.pid ?? 0), 'SIGKILL');
    await killed.done;
    expect(incoming(dir)).toHaveLength(1);
    expect(existsSync(path.join(dir, '.deploy.lock/owner'))).toBe(true);
    expect(readFileSync(path.join(dir, 'current/index.html'), 'utf8')).toBe('<p>version 1</p>');

    const next = deploy(['--to', dir, '--dist', build('3'), '--wait', '0']);
    expect(await next.done, next.output()).toBe(0);
    expect(next.output()).toContain('removing the lock of a deploy that ended without finishing');
    expect(next.output()).toMatch(/removed what an interrupted deploy left: \.incoming-/u);
    expect(incoming(dir)).toEqual([]);
    expect(liveLine(next.output())).toBe(current(dir));
    expect(readFileSync(path.join(dir, 'current/index.html'), 'utf8')).toBe('<p>version 3</p>');
  });
});

describe('deploy lock (remote target: real rsync, ssh replaced by a slow local shell)', () => {
  it('a second deploy waits for the first, then both are live in turn', async () => {
    const dir = fresh('remote');
    const env = { DEPLOY_SSH: slowSsh() };
    const first = deploy(['--to', `web01:${dir}`, '--dist', build('1')], env);
    await until(() => existsSync(path.join(dir, '.deploy.lock/owner')), 'the first deploy to take the lock');
    const second = deploy(['--to', `web01:${dir}`, '--dist', build('2'), '--wait', '120'], env);
    await expectOneAfterTheOther(first, second, dir);
    expect(existsSync(path.join(dir, '.deploy.lock'))).toBe(false);
  });

  it('a deploy killed during rsync is cleaned up by the next one', async () => {
    const dir = fresh('remote');
    const env = { DEPLOY_SSH: slowSsh() };
    const killed = deploy(['--to', `web01:${dir}`, '--dist', build('1', 2000)], env);
    await until(() => incoming(dir).length > 0, 'rsync to start');
    process.kill(-(killed.child.pid ?? 0), 'SIGKILL');
    await killed.done;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(existsSync(path.join(dir, '.deploy.lock'))).toBe(true);
    const next = deploy(['--to', `web01:${dir}`, '--dist', build('2'), '--wait', '0'], env);
    expect(await next.done, next.output()).toBe(0);
    expect(next.output()).toMatch(/removed what an interrupted deploy left: releases\/\.incoming-/u);
    expect(incoming(dir)).toEqual([]);
    expect(liveLine(next.output())).toBe(current(dir));
    expect(existsSync(path.join(dir, '.deploy.lock'))).toBe(false);
  });
});
