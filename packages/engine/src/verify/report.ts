/**
 * What verify prints: one short line per check in Japanese and English,
 * then, for a failed check, each problem (what and where). Pure.
 */
export interface CheckResult {
  /** Name of the check, Japanese and English. */
  ja: string;
  en: string;
  /** What was checked, for the passing line, e.g. "128 ページ / 128 pages". */
  summary: string;
  /** One bilingual line per problem; empty when the check passes. */
  problems: string[];
  /** True when the check could not run (e.g. nothing to search for): shown, not failed. */
  skipped?: boolean;
}

/** At most this many problems are listed per check; the rest are counted. */
const SHOWN = 30;

export function formatReport(results: readonly CheckResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    const mark = result.problems.length > 0 ? '✗' : result.skipped ? '–' : '✓';
    lines.push(`${mark} ${result.ja} / ${result.en}: ${result.problems.length > 0 ? `${result.problems.length} 件の問題 / ${result.problems.length} problem(s)` : result.summary}`);
    for (const problem of result.problems.slice(0, SHOWN)) lines.push(`    - ${problem.replace(/\n/gu, '\n      ')}`);
    if (result.problems.length > SHOWN) {
      lines.push(`    … ほか ${result.problems.length - SHOWN} 件 / and ${result.problems.length - SHOWN} more`);
    }
  }
  const failed = results.filter((result) => result.problems.length > 0).length;
  lines.push(
    failed === 0
      ? `\nすべての確認に合格しました / every check passed (${results.length})`
      : `\n${failed} 項目の確認で問題が見つかりました / ${failed} of ${results.length} checks failed`,
  );
  return lines.join('\n');
}

export function failed(results: readonly CheckResult[]): boolean {
  return results.some((result) => result.problems.length > 0);
}
