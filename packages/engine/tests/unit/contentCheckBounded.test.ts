/** A hostile content file fails the check with its name, never makes it run unbounded. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/files/contentCheck.ts';
import { checkContentBounded } from '../../src/files/contentCheckBounded.ts';
import { writeContent } from '../support/contentOverlays.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'bounded-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function project(overlays: string[] = []) {
  const root = mkdtempSync(path.join(scratch, 'project-'));
  writeContent(path.join(root, 'content'), overlays);
  return { root, content: path.join(root, 'content') };
}

describe('checkContentBounded', () => {
  it('gives the same result as checkContent when every file finishes', async () => {
    const { root, content } = project(['unknown-author', 'nested-one-line']);
    const bounded = await checkContentBounded(content, root, { today: '2025-07-01' });
    expect(bounded).toEqual(checkContent(content, root, '2025-07-01'));
    expect(bounded.issues.length).toBeGreaterThan(0);
  });

  it('stops a file whose check never ends and names it, in both languages', async () => {
    const { root, content } = project();
    const started = Date.now();
    const { issues } = await checkContentBounded(content, root, { seconds: 1, simulateHangOn: 'content/posts/2025/components-demo.mdx' });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(issues).toEqual([
      expect.objectContaining({ file: 'content/posts/2025/components-demo.mdx', field: '(検査 / check)' }),
    ]);
    expect(issues[0]?.ja).toContain('1 秒以内に検査を終えられませんでした');
    expect(issues[0]?.en).toContain('could not be checked within 1 second');
  });
});
