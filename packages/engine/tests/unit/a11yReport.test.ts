import { describe, expect, it } from 'vitest';
import { buildReport, parseReport, summarizeReport, type AxeRun } from '../../src/site/a11yReport.ts';

const run = (order: number, path: string, scheme: 'light' | 'dark', violations: AxeRun['violations'] = []): AxeRun => ({
  order,
  name: `page ${order}`,
  path,
  scheme,
  axeVersion: '4.11.0',
  violations,
  passes: 30,
  incomplete: 0,
});

describe('a11y report', () => {
  it('lists page types in the suite\'s order, light before dark, whatever order the runs finished in', () => {
    const report = buildReport([run(1, '/b/', 'dark'), run(0, '/a/', 'dark'), run(1, '/b/', 'light'), run(0, '/a/', 'light')], [], new Date('2026-11-23T10:00:00Z'));
    expect(report.runs.map((r) => `${r.path} ${r.scheme}`)).toEqual(['/a/ light', '/a/ dark', '/b/ light', '/b/ dark']);
    expect(report.generatedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(report.axeVersion).toBe('4.11.0');
    expect(report.tags).toEqual(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  });

  it('summarises one row per page type with the failing elements per scheme', () => {
    const report = buildReport(
      [run(0, '/a/', 'light'), run(0, '/a/', 'dark', [{ id: 'color-contrast', impact: 'serious', nodes: 3 }])],
      [
        { title: 'keyboard › skip link', status: 'passed' },
        { title: 'reflow › home', status: 'failed' },
      ],
      new Date(),
    );
    const summary = summarizeReport(report);
    expect(summary.pageTypes).toEqual([{ name: 'page 0', path: '/a/', light: 0, dark: 3 }]);
    expect(summary.violations).toBe(3);
    expect(summary.checksPassed).toBe(1);
    expect(summary.checksFailed).toBe(1);
    expect(summary.passed).toBe(false);
  });

  it('passes only when axe ran, found nothing, and no check failed', () => {
    expect(summarizeReport(buildReport([], [], new Date())).passed).toBe(false);
    expect(summarizeReport(buildReport([run(0, '/', 'light')], [{ title: 't', status: 'passed' }], new Date())).passed).toBe(true);
  });

  it('rejects a broken report file, naming the file and field in Japanese and English', () => {
    const good = buildReport([run(0, '/', 'light')], [], new Date());
    expect(parseReport(JSON.parse(JSON.stringify(good)), 'r.json')).toEqual(good);
    expect(() => parseReport({ ...good, generatedAt: 'yesterday' }, 'r.json')).toThrow(/r\.json › generatedAt[\s\S]*\[日本語\][\s\S]*\[English\]/u);
    expect(() => parseReport({ ...good, runs: [{ name: 'x' }] }, 'r.json')).toThrow(/runs\.0/u);
    expect(() => parseReport({ ...good, checks: [{ title: 'x', status: 'ok' }] }, 'r.json')).toThrow(/checks\.0/u);
  });
});
