/** A tier whose program is missing stops before any test with one message naming it and how to install it. */
import { describe, expect, it } from 'vitest';
import { commandTool, missingToolsMessage, onPath, requireTools } from '../support/requiredTools.ts';

describe('required tools', () => {
  it('finds a program on PATH and not a made-up one', () => {
    expect(onPath('sh')).toBe(true);
    expect(onPath('no-such-program-xyz')).toBe(false);
  });

  it('names each missing program, why it is needed and how to install it, in both languages', () => {
    const tools = [commandTool('sh', 'shell'), commandTool('no-such-program-xyz', 'a test needs it', 'apt-get install xyz')];
    const message = missingToolsMessage('npm run test:deploy', tools);
    expect(message).toContain('テストに必要なプログラムが見つかりません');
    expect(message).toContain('programs these tests need are missing');
    expect(message).toContain('  - no-such-program-xyz (a test needs it): apt-get install xyz');
    expect(message).not.toContain('- sh ');
    expect(() => requireTools('tier', tools)).toThrow(/no-such-program-xyz/u);
  });

  it('says nothing when every program is there', () => {
    expect(missingToolsMessage('tier', [commandTool('sh', 'shell')])).toBeUndefined();
    expect(() => requireTools('tier', [commandTool('sh', 'shell')])).not.toThrow();
  });
});
