/**
 * The bench's per-phase timer (src/build/integrations/phaseTimer.ts) waits
 * after each after-build step until the step's own child processes (Pagefind's
 * binary) are reaped, so their CPU lands in that step. It must not wait for
 * children that were alive before the step (esbuild's service lives as long as
 * the build): that added 2 s of wall time to every step of every measured build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { childPids, settleChildren } from '../../src/build/integrations/phaseTimer.ts';

const children: ChildProcess[] = [];
function sleeper(seconds: number): ChildProcess {
  const child = spawn('sleep', [String(seconds)], { stdio: 'ignore' });
  children.push(child);
  return child;
}
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

describe.runIf(process.platform === 'linux')('phaseTimer settleChildren', () => {
  it('does not wait for a child that was alive before the step', async () => {
    const service = sleeper(30);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = childPids();
    expect(before.has(String(service.pid))).toBe(true);
    const started = performance.now();
    await settleChildren(before);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('waits until a child the step started has been reaped', async () => {
    sleeper(30);
    const before = childPids();
    const step = sleeper(0.4);
    let reaped = false;
    step.on('exit', () => (reaped = true));
    await settleChildren(before);
    expect(reaped).toBe(true);
    expect(childPids().has(String(step.pid))).toBe(false);
  });
});
