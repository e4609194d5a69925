/**
 * A check of this site's git history, not of the engine (the engine proves
 * the same rule on a throw-away repository, tests/unit/pageLinks.test.ts):
 * the pages' 最終更新日 still come from the edits made before the content
 * moved into sites/susono/.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitDates } from '../../../packages/engine/src/files/gitHistory.ts';

const SITE = path.resolve(import.meta.dirname, '..');

describe('the git dates of this site’s content', () => {
  it('keep the dates its files had before the folder moved', () => {
    const dates = readGitDates(SITE, ['content'], 'Asia/Tokyo');
    expect(dates.size).toBeGreaterThan(10);
    expect([...dates.keys()].every((file) => file.startsWith('content/'))).toBe(true);
    // The move into sites/susono/ (2026-12-05) was a pure rename: files not edited since keep older dates.
    expect([...dates.values()].filter((date) => date < '2026-12-05').length).toBeGreaterThan(10);
  });
});
