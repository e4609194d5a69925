/**
 * A real build with proposals (改訂案) for the mission and a principle
 * (tests/fixtures/overlays/proposals over content-valid), under /mayor/:
 * the proposal is shown beside the version in force, with its diff, reason,
 * period and feedback link, and never as the version in force — not on the
 * home page, the onboarding path or the print handbook; a withdrawn one is
 * nowhere; past its end date the build warns and still publishes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type Project, type RunResult } from '../support/fixtureBuild.ts';

const TIMEOUT = 600_000;
const PROPOSED = 'テスト市民と共に最高のサービスをつくる';
const IN_FORCE = 'テスト市民のために最高のサービスを提供する';

describe('proposals in a built site', () => {
  let build: RunResult & Project;
  // Without the <wbr> of the phrase-aware line breaks.
  const read = (file: string) => readFileSync(path.join(build.dir, 'dist', file), 'utf8').replaceAll('<wbr>', '');
  const text = (file: string) => read(file).replace(/<[^>]+>/gu, '');

  beforeAll(async () => {
    // 1 July: the mission proposal is open (until 31 July), the principle's closed on 15 June.
    build = await buildFixture('content-valid', { BASE_PATH: '/mayor/', BUILD_DATE: '2025-07-01' }, ['proposals']);
  }, TIMEOUT);
  afterAll(() => build?.dispose());

  it('builds, warning by file and field about the proposal past its end date only', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('▲ content/principles/start-small.mdx › proposal.commentsUntil');
    expect(build.output).toContain('意見募集の締切（2025-06-15）を過ぎた改訂案です');
    expect(build.output).toContain('the comment period ended on 2025-06-15');
    expect(build.output).not.toContain('▲ content/mission/versions/v2.md');
    expect(build.output).not.toContain('v3.md');
  });

  it('the mission page keeps the version in force and shows the proposal beside it, with diff, reason, period and feedback link', () => {
    const page = read('mission/index.html');
    const statement = /<p class="mission__statement[^"]*"[^>]*>([^<]*)<\/p>/u.exec(page)?.[1];
    expect(statement).toBe(IN_FORCE);
    const proposal = page.slice(page.indexOf('data-proposal-version="2"'));
    expect(proposal).toContain('改訂案');
    expect(proposal).toContain(PROPOSED);
    expect(proposal).toMatch(/<del[^>]*>(?:<span[^>]*>［削除］<\/span>)?のため<span/u);
    expect(proposal).toMatch(/<ins[^>]*>(?:<span[^>]*>［追加］<\/span>)?と共<span/u);
    expect(proposal).toContain('職員から「市民と一緒につくる」という声が寄せられたため');
    expect(proposal).toMatch(/data-proposal-period="open"[^>]*>\s*2025年7月31日/u);
    expect(proposal).toMatch(/href="https:\/\/forms\.example\.lg\.jp\/test\/mission-proposal\?subject=[^"]*&amp;page=http%3A%2F%2Flocalhost%3A4321%2Fmayor%2Fmission%2F"/u);
    // The history lists versions in force only.
    expect(text('mission/index.html')).not.toContain('第2版（');
  });

  it('never shows a proposal as the version in force: home, onboarding, print handbook, feeds and updates', () => {
    for (const file of ['index.html', 'onboarding/index.html', 'handbook/print/index.html', 'updates/rss.xml', 'updates/index.html', 'rss.xml']) {
      expect(read(file), file).not.toContain(PROPOSED);
      expect(read(file), file).not.toContain('小さく始めて大きく育てる');
    }
    expect(read('handbook/print/index.html')).toContain(IN_FORCE);
  });

  it("a principle's proposed wording is shown beside its wording in force, closed once its end date has passed", () => {
    const page = read('principles/start-small/index.html');
    expect(/<h1[^>]*>([\s\S]*?)<\/h1>/u.exec(page)?.[1]?.replace(/<[^>]+>/gu, '')).toBe('小さく始める');
    const proposal = page.slice(page.indexOf('principle-proposal-heading'));
    expect(proposal).toContain('小さく始めて大きく育てる');
    expect(proposal).toMatch(/<ins[^>]*>(?:<span[^>]*>［追加］<\/span>)?て大きく育て<span/u);
    expect(proposal).toMatch(/data-proposal-period="closed"/u);
    // Comments are closed: no feedback link.
    expect(proposal).not.toContain('data-testid="proposal-feedback"');
  });

  it('a withdrawn proposal is nowhere in the output', () => {
    for (const file of ['mission/index.html', 'updates/index.html', 'index.html']) expect(read(file)).not.toContain('WITHDRAWN9K');
  });
});
