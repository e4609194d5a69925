/**
 * Runs the accessibility browser tests against the built site and writes
 * their result to content/accessibility-report.json, which /accessibility/
 * shows. Commit the JSON; the next build publishes it.
 *
 *   npm run a11y:report        (builds first, then runs this)
 *
 * Exits non-zero when a test failed, after writing the report anyway: the
 * policy page must show the truth, not only good news.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { accessibilityReportPath } from '../files/accessibilityReport.ts';
import { buildReport, type AxeRun, type CheckResult, type CheckStatus } from '../site/a11yReport.ts';
import { engineFile } from '../files/enginePaths.ts';

// The site (this folder) is built and checked; the suites are the engine's.
const root = process.cwd();
const reportFile = accessibilityReportPath(root);
const specs = [engineFile('tests/e2e/a11y.spec.ts'), engineFile('tests/e2e/a11y-structure.spec.ts')];

interface JsonSuite {
  title: string;
  suites?: JsonSuite[];
  specs?: Array<{ title: string; tests: Array<{ status: string; results: Array<{ status: string }> }> }>;
}

/** Flatten Playwright's JSON report into "describe › test" titles with an outcome. */
function collectChecks(suites: readonly JsonSuite[], prefix: string[] = []): CheckResult[] {
  return suites.flatMap((suite) => {
    // The file-level suite's title is the spec file name; leave it out.
    const trail = suite.title.endsWith('.ts') ? prefix : [...prefix, suite.title];
    const own = (suite.specs ?? []).map((spec): CheckResult => {
      const outcomes = spec.tests.map((t) => t.status);
      const status: CheckStatus = outcomes.every((s) => s === 'skipped')
        ? 'skipped'
        : outcomes.every((s) => s === 'expected' || s === 'skipped')
          ? 'passed'
          : 'failed';
      return { title: [...trail, spec.title].join(' › '), status };
    });
    return [...own, ...collectChecks(suite.suites ?? [], trail)];
  });
}

const work = mkdtempSync(path.join(tmpdir(), 'a11y-report-'));
try {
  const jsonFile = path.join(work, 'playwright.json');
  const run = spawnSync(process.execPath, [createRequire(import.meta.url).resolve('@playwright/test/cli'), 'test', '--config', engineFile('playwright.config.ts'), ...specs, '--reporter=list,json'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      // The preview server is started with `node`: make it this Node (24), as npm scripts do.
      PATH: [path.dirname(process.execPath), process.env.PATH].join(path.delimiter),
      A11Y_REPORT_DIR: work,
      PLAYWRIGHT_JSON_OUTPUT_FILE: jsonFile,
    },
  });
  const results = JSON.parse(readFileSync(jsonFile, 'utf8')) as { suites: JsonSuite[] };
  const runs = readdirSync(work)
    .filter((name) => name.startsWith('axe-') && name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(path.join(work, name), 'utf8')) as AxeRun);
  if (runs.length === 0) throw new Error('no axe results were written; did the suite run? / axe の結果がありません');
  const report = buildReport(runs, collectChecks(results.suites), new Date());
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  const failed = report.checks.filter((c) => c.status === 'failed').length;
  console.log(`\n${path.relative(root, reportFile)}: ${runs.length} axe runs, ${report.checks.length} checks, ${failed} failed`);
  process.exitCode = run.status === 0 && failed === 0 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
