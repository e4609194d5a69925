/**
 * A check of this site's guide, not of the engine: CONTRIBUTING.md lists the
 * engine's error messages exactly as the engine prints them today
 * (regenerate with `npm run docs:messages` after the engine changes one).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMessageCatalog } from '../../../packages/engine/src/cli/messageCatalog.ts';

const SITE = path.resolve(import.meta.dirname, '..');

describe('the error messages documented in CONTRIBUTING.md', () => {
  it('are exactly what the code prints today (run `npm run docs:messages` after changing a message)', () => {
    expect(readFileSync(path.join(SITE, 'CONTRIBUTING.md'), 'utf8')).toContain(renderMessageCatalog());
  });
});
