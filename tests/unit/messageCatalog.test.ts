import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_CATALOG, renderMessageCatalog } from '../../src/cli/messageCatalog.ts';

describe('the error messages documented in CONTRIBUTING.md', () => {
  it('are exactly what the code prints today (run `npm run docs:messages` after changing a message)', () => {
    expect(readFileSync('CONTRIBUTING.md', 'utf8')).toContain(renderMessageCatalog());
  });

  it('each come from a real check, in Japanese and English, naming a file', () => {
    for (const entry of MESSAGE_CATALOG) {
      const message = entry.message();
      expect(message, entry.title).toMatch(/^● \S/u);
      expect(message, entry.title).toContain('[日本語]');
      expect(message, entry.title).toContain('[English]');
    }
  });
});
