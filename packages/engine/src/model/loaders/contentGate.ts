/**
 * Before any collection loads in a build, the whole content folder is checked
 * by the very function `npm run check:content` runs (src/files/contentCheck.ts):
 * the build then stops with every problem of every file at once, in the same
 * words as the checker, and nothing reaches the MDX compiler unchecked.
 * In `astro dev` (a watcher exists) entries are checked one by one instead,
 * so an editor's preview keeps working on the files that are fine.
 */
import { checkContentBounded } from '../../files/contentCheckBounded.ts';
import type { CheckedEntry } from '../../files/contentCheck.ts';
import { contentDir } from '../../files/projectPaths.ts';
import { ContentValidationError } from '../../rules/issues.ts';
import { formatProposalWarnings } from '../../rules/proposals.ts';

/**
 * One check per build, shared by every loader. It is kept on globalThis, not
 * in this module: the integration (loaded by Node) starts it while Astro is
 * still starting, and the loaders (loaded again by Vite) take the same one.
 */
const GATE = Symbol.for('mission-handbook.contentGate');
const shared = globalThis as { [GATE]?: Promise<Map<string, CheckedEntry>> };

/** Resolves, when every file is fine, to what the check read of each entry (checkedEntryKey → entry). */
export function contentGate(): Promise<Map<string, CheckedEntry>> {
  // Within a time and memory bound: a hostile file fails with its name instead of hanging the build.
  shared[GATE] ??= checkContentBounded(contentDir()).then(({ issues, warnings, entries }) => {
    if (issues.length > 0) throw new ContentValidationError(issues);
    if (warnings.length > 0) console.warn(formatProposalWarnings(warnings));
    return new Map(Object.entries(entries ?? {}));
  });
  return shared[GATE];
}

/**
 * For the integration's astro:config:setup: forget any earlier run's check
 * (a second build in one process reads the content again) and, for a build,
 * start this one at once, so the worker loads the rules and reads every file
 * on the second core while Astro loads its config and Vite. Its failure is
 * reported where a loader awaits it, as before.
 */
export function resetContentGate({ start }: { start: boolean }): void {
  delete shared[GATE];
  if (start) contentGate().catch(() => {});
}
