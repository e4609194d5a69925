/**
 * The automated accessibility check's result, as stored in
 * content/accessibility-report.json and shown on /accessibility/.
 * The browser suite writes one AxeRun per page type and colour scheme;
 * src/cli/a11yReport.ts merges them with the outcome of every accessibility
 * test into one A11yReport. The JSON is committed so a clean clone builds
 * and shows the last result without running any test.
 */

/** axe-core rule tags checked: WCAG 2.0 and 2.1, levels A and AA (JIS X 8341-3:2016 AA and more). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

type ColorScheme = 'light' | 'dark';

interface AxeViolation {
  id: string;
  impact: string | null;
  /** Number of elements the rule failed on. */
  nodes: number;
}

export interface AxeRun {
  /** Position of the page type in the suite's table, to list them in that order. */
  order: number;
  /** Page type in Japanese, e.g. 記事. */
  name: string;
  path: string;
  scheme: ColorScheme;
  axeVersion: string;
  violations: AxeViolation[];
  /** Rules that passed / need a human to decide. */
  passes: number;
  incomplete: number;
}

export type CheckStatus = 'passed' | 'failed' | 'skipped';

export interface CheckResult {
  /** Test title, e.g. "keyboard › skip link moves focus to the main content". */
  title: string;
  status: CheckStatus;
}

export interface A11yReport {
  /** When the check ran (ISO 8601, UTC). */
  generatedAt: string;
  axeVersion: string;
  tags: string[];
  runs: AxeRun[];
  checks: CheckResult[];
}

interface PageTypeResult {
  name: string;
  path: string;
  /** Violations (elements) per scheme; undefined when that scheme was not checked. */
  light: number | undefined;
  dark: number | undefined;
}

export interface ReportSummary {
  pageTypes: PageTypeResult[];
  axeRuns: number;
  /** Total elements with a violation across all runs. */
  violations: number;
  checksPassed: number;
  checksFailed: number;
  checksTotal: number;
  /** True when axe found nothing and no check failed. */
  passed: boolean;
}

const count = (run: AxeRun) => run.violations.reduce((sum, v) => sum + v.nodes, 0);

const schemeRank = (scheme: ColorScheme) => (scheme === 'light' ? 0 : 1);

/** Merge the per-page axe runs (any order) and the test outcomes into one report, in the suite's page order. */
export function buildReport(runs: readonly AxeRun[], checks: readonly CheckResult[], generatedAt: Date): A11yReport {
  const sorted = [...runs].sort((a, b) => a.order - b.order || schemeRank(a.scheme) - schemeRank(b.scheme));
  return {
    generatedAt: generatedAt.toISOString(),
    axeVersion: runs[0]?.axeVersion ?? 'unknown',
    tags: [...AXE_TAGS],
    runs: sorted,
    checks: [...checks].sort((a, b) => a.title.localeCompare(b.title, 'en')),
  };
}

/** What /accessibility/ shows: one row per page type, and the totals. */
export function summarizeReport(report: A11yReport): ReportSummary {
  const rows = new Map<string, PageTypeResult>();
  for (const run of report.runs) {
    const row = rows.get(run.path) ?? { name: run.name, path: run.path, light: undefined, dark: undefined };
    row[run.scheme] = count(run);
    rows.set(run.path, row);
  }
  const violations = report.runs.reduce((sum, run) => sum + count(run), 0);
  const checksPassed = report.checks.filter((c) => c.status === 'passed').length;
  const checksFailed = report.checks.filter((c) => c.status === 'failed').length;
  return {
    pageTypes: [...rows.values()],
    axeRuns: report.runs.length,
    violations,
    checksPassed,
    checksFailed,
    checksTotal: report.checks.length,
    passed: report.runs.length > 0 && violations === 0 && checksFailed === 0,
  };
}

/** Check the committed JSON's shape, so a broken file stops the build with a clear message. */
export function parseReport(raw: unknown, file: string): A11yReport {
  const fail = (field: string, ja: string, en: string): never => {
    throw new Error(`● ${file} › ${field}\n  [日本語] ${ja}\n  [English] ${en}\n  npm run a11y:report で作り直せます / regenerate it with npm run a11y:report`);
  };
  if (typeof raw !== 'object' || raw === null) return fail('(root)', 'JSON のオブジェクトではありません', 'expected a JSON object');
  const r = raw as Record<string, unknown>;
  if (typeof r.generatedAt !== 'string' || Number.isNaN(Date.parse(r.generatedAt))) {
    fail('generatedAt', '日時（ISO 8601）が必要です', 'expected an ISO 8601 date-time');
  }
  if (typeof r.axeVersion !== 'string') fail('axeVersion', '文字列が必要です', 'expected a string');
  if (!Array.isArray(r.tags)) fail('tags', '配列が必要です', 'expected an array');
  if (!Array.isArray(r.runs)) return fail('runs', '配列が必要です', 'expected an array');
  r.runs.forEach((run: unknown, i: number) => {
    const x = run as Partial<AxeRun> | null;
    if (!x || typeof x.name !== 'string' || typeof x.path !== 'string' || (x.scheme !== 'light' && x.scheme !== 'dark') || !Array.isArray(x.violations)) {
      fail(`runs.${i}`, 'name・path・scheme（light か dark）・violations が必要です', 'expected name, path, scheme (light or dark) and violations');
    }
  });
  if (!Array.isArray(r.checks)) return fail('checks', '配列が必要です', 'expected an array');
  r.checks.forEach((check: unknown, i: number) => {
    const x = check as Partial<CheckResult> | null;
    if (!x || typeof x.title !== 'string' || !['passed', 'failed', 'skipped'].includes(String(x.status))) {
      fail(`checks.${i}`, 'title と status（passed・failed・skipped）が必要です', 'expected title and status (passed, failed or skipped)');
    }
  });
  return raw as A11yReport;
}
