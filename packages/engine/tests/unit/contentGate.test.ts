/**
 * The build's content check (src/model/loaders/contentGate.ts) is started by
 * the integration while Astro starts, and taken by the loaders, which Vite
 * loads as a second copy of the module: one check per build, never a stale
 * one from an earlier build in the same process, and a failure reported where
 * the loaders await it (not as an unhandled rejection while nobody does).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const FIXTURE = path.resolve('tests/fixtures/content-valid');
let content: string;
const savedDir = process.env.CONTENT_DIR;

/** A fresh copy of the gate module, as Vite's module runner loads one beside Node's. */
async function gateModule() {
  vi.resetModules();
  return import('../../src/model/loaders/contentGate.ts');
}

beforeEach(() => {
  content = mkdtempSync(path.join(tmpdir(), 'gate-'));
  cpSync(FIXTURE, content, { recursive: true });
  process.env.CONTENT_DIR = content;
});
afterEach(async () => {
  (await gateModule()).resetContentGate({ start: false });
  if (savedDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = savedDir;
  rmSync(content, { recursive: true, force: true });
});

describe('the content check of a build', () => {
  it('started by the integration is the one the loaders take, though they load the module again', async () => {
    const integration = await gateModule();
    integration.resetContentGate({ start: true });
    const started = integration.contentGate();
    const loaders = await gateModule();
    expect(loaders.contentGate()).toBe(started);
    expect((await started).size).toBeGreaterThan(0);
  });

  it('is read again by the next build in the same process', async () => {
    const gate = await gateModule();
    gate.resetContentGate({ start: true });
    await gate.contentGate();
    writeFileSync(path.join(content, 'posts/2024/broken.mdx'), '---\ntitle: 壊れた記事\n---\n\n本文\n');
    gate.resetContentGate({ start: true });
    // (A fresh module copy has its own error class: compare by name.)
    const error = await gate.contentGate().catch((failure: unknown) => failure);
    expect((error as Error).constructor.name).toBe('ContentValidationError');
    expect((error as Error).message).toContain('broken.mdx');
  });

  it('fails where a loader awaits it, with no unhandled rejection before that', async () => {
    writeFileSync(path.join(content, 'posts/2024/broken.mdx'), '---\ntitle: 壊れた記事\n---\n\n本文\n');
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const gate = await gateModule();
      gate.resetContentGate({ start: true });
      // The check finishes while no loader awaits it yet.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(unhandled).not.toHaveBeenCalled();
      const error = await gate.contentGate().catch((failure: unknown) => failure);
      expect((error as Error).constructor.name).toBe('ContentValidationError');
      expect((error as Error).message).toContain('broken.mdx');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
