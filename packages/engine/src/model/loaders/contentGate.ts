/**
 * Before any collection loads in a build, the whole content folder is checked
 * by the very function `npm run check:content` runs (src/files/contentCheck.ts):
 * the build then stops with every problem of every file at once, in the same
 * words as the checker, and nothing reaches the MDX compiler unchecked.
 * In `astro dev` (a watcher exists) entries are checked one by one instead,
 * so an editor's preview keeps working on the files that are fine.
 */
import { checkContentBounded } from '../../files/contentCheckBounded.ts';
import { contentDir } from '../../files/projectPaths.ts';
import { ContentValidationError } from '../../rules/issues.ts';
import { formatProposalWarnings } from '../../rules/proposals.ts';

let gate: Promise<void> | undefined;

export function contentGate(): Promise<void> {
  // Within a time and memory bound: a hostile file fails with its name instead of hanging the build.
  gate ??= checkContentBounded(contentDir()).then(({ issues, warnings }) => {
    if (issues.length > 0) throw new ContentValidationError(issues);
    if (warnings.length > 0) console.warn(formatProposalWarnings(warnings));
  });
  return gate;
}
