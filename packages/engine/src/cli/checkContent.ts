// Checks all content in a few seconds without building the site, and lists
// every problem at once (the build stops at the first). For editors:
//   npm run check:content
// CONTENT_DIR points it at another content folder, as for the build.
import { checkContentBounded } from '../files/contentCheckBounded.ts';
import { formatContentIssues } from '../rules/issues.ts';
import { formatProposalWarnings } from '../rules/proposals.ts';
import { contentDir, relativeToRoot } from '../files/projectPaths.ts';

const root = contentDir();
const { issues, files, warnings } = await checkContentBounded(root);
if (warnings.length > 0) console.warn(formatProposalWarnings(warnings) + '\n');
if (issues.length > 0) {
  console.error(formatContentIssues(issues));
  process.exitCode = 1;
} else {
  console.log(
    `✓ ${relativeToRoot(root) || '.'}: ${files} 個のファイルを確認しました。問題はありません。\n` +
      `✓ Checked ${files} files; no problems found.`,
  );
}
