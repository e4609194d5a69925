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

let gate: Promise<Map<string, CheckedEntry>> | undefined;

/** Resolves, when every file is fine, to what the check read of each entry (checkedEntryKey → entry). */
export function contentGate(): Promise<Map<string, CheckedEntry>> {
  // Within a time and memory bound: a hostile file fails with its name instead of hanging the build.
  gate ??= checkContentBounded(contentDir()).then(({ issues, warnings, entries }) => {
    if (issues.length > 0) throw new ContentValidationError(issues);
    if (warnings.length > 0) console.warn(formatProposalWarnings(warnings));
    return new Map(Object.entries(entries ?? {}));
  });
  return gate;
}
