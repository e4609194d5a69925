import { describe, expect, it } from 'vitest';
import { MESSAGE_CATALOG } from '../../src/cli/messageCatalog.ts';

// The default site's own tests (its tests/contributing.test.ts) compare its CONTRIBUTING.md with renderMessageCatalog().
describe('the error messages the guides list', () => {
  it('each come from a real check, in Japanese and English, naming a file', () => {
    for (const entry of MESSAGE_CATALOG) {
      const message = entry.message();
      // ● an error that stops the build, ▲ a warning (the site still publishes).
      expect(message, entry.title).toMatch(/^[●▲] \S/u);
      expect(message, entry.title).toContain('[日本語]');
      expect(message, entry.title).toContain('[English]');
    }
  });
});

describe('the decisions on Japanese typing habits documented in CONTRIBUTING.md', () => {
  it('each name an overlay that the tests run through check:content and a build, on the side decided', async () => {
    const { HABIT_DECISIONS } = await import('../../src/cli/messageCatalog.ts');
    const { BAD_FIXTURES, GOOD_OVERLAYS } = await import('../support/badFixtures.ts');
    const refused = new Set(BAD_FIXTURES.map((item) => item.overlay));
    for (const item of HABIT_DECISIONS) {
      if (item.decision === '止める') expect(refused.has(item.overlay), item.habit).toBe(true);
      else expect(GOOD_OVERLAYS, item.habit).toContain(item.overlay);
    }
  });

  it('leave no overlay fixture unused', async () => {
    const { readdirSync } = await import('node:fs');
    const { BAD_FIXTURES, GOOD_OVERLAYS, FEATURE_OVERLAYS } = await import('../support/badFixtures.ts');
    const used = new Set([...BAD_FIXTURES.map((item) => item.overlay), ...GOOD_OVERLAYS, ...FEATURE_OVERLAYS]);
    for (const name of readdirSync('tests/fixtures/overlays')) expect(used.has(name), name).toBe(true);
  });
});
