import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../bin/nodeVersion.mjs';
import { ENGINE } from '../support/paths.ts';

describe('the engine command on an old Node.js', () => {
  it('names the version needed and the one found, in Japanese and English', () => {
    for (const old of ['v20.20.2', 'v18.19.0', 'v22.12.0', 'v22.17.1']) {
      const message = nodeVersionProblem(old);
      expect(message, old).toContain('Node.js 22.18.0 以上が必要です');
      expect(message, old).toContain(`いまは ${old}`);
      expect(message, old).toContain('Node.js 22.18.0 or later is required');
    }
  });

  it('lets every supported Node through', () => {
    for (const ok of ['v22.18.0', 'v22.20.1', 'v23.0.0', 'v24.21.0', 'v26.1.0']) expect(nodeVersionProblem(ok), ok).toBeUndefined();
  });

  it('stops with that message, not a stack trace, when run by an old Node found on this machine', () => {
    const system = spawnSync('/usr/bin/node', ['--version'], { encoding: 'utf8' });
    const version = system.stdout?.trim();
    if (system.status !== 0 || !version || !nodeVersionProblem(version)) return; // no old Node here to try
    const run = spawnSync('/usr/bin/node', [`${ENGINE}/bin/mission-handbook.mjs`, 'check'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('以上が必要です');
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });
});
