/** The repository workflow (.github/) does what CONTRIBUTING.md promises. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from '../support/paths.ts';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': unknown; steps: Step[]; if?: string; needs?: string; env?: Record<string, string> }>;
}
const load = (file: string) => parse(readFileSync(path.join(REPO, '.github/workflows', file), 'utf8')) as Workflow;
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = (workflow: Workflow) =>
  steps(workflow)
    .map((step) => step.run ?? '')
    .join('\n');

describe('ci.yml', () => {
  const ci = load('ci.yml');

  it('runs on every pull request: content check, build, tests, in that order', () => {
    expect(ci.on).toHaveProperty('pull_request');
    const commands = runs(ci);
    const order = ['npm run check:content', 'npm run build', 'npm run test:unit', 'npm run test:e2e'].map((c) =>
      commands.indexOf(c),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('installs exactly the lockfile (npm ci) wherever it installs, and lints and runs the build tier', () => {
    for (const file of ['ci.yml', 'deploy.yml', 'newest-astro.yml']) {
      const commands = runs(load(file));
      expect(commands, file).not.toMatch(/\bnpm install\b(?! --no-save)/u);
      expect(commands, file).toContain('npm ci');
    }
    const commands = runs(ci);
    for (const command of ['npm run lint', 'npm run test:build']) expect(commands).toContain(command);
  });

  it('uploads the built site for reviewers and keeps the git history for 最終更新日', () => {
    const upload = steps(ci).find((step) => step.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with).toMatchObject({ name: 'site', path: 'sites/susono/dist/' });
    expect(steps(ci).find((step) => step.uses?.startsWith('actions/checkout'))?.with).toMatchObject({
      'fetch-depth': 0,
    });
  });
});

describe('ci.yml: the fast path for content-only pull requests', () => {
  const ci = load('ci.yml');
  const jobRuns = (name: string) => (ci.jobs[name]?.steps ?? []).map((step) => step.run ?? '').join('\n');

  it('classifies with the same rule the fast path uses, then runs exactly one of the two jobs', () => {
    expect(jobRuns('changes')).toContain('src/cli/contentFastPath.ts');
    expect(jobRuns('changes')).toContain('--classify');
    expect(ci.jobs['content-fast-path']?.if).toBe("needs.changes.outputs.content_only == 'true'");
    expect(ci.jobs['check-build-test']?.if).toBe("needs.changes.outputs.content_only != 'true'");
  });

  it('the fast path checks, builds, runs axe and uploads the preview', () => {
    expect(jobRuns('content-fast-path')).toContain('npm run ci:content');
    const upload = ci.jobs['content-fast-path']?.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with).toMatchObject({ name: 'site', path: 'sites/susono/dist/' });
  });

  it('code changes also prove that incremental builds equal clean builds', () => {
    expect(jobRuns('check-build-test')).toContain('npm run test:incremental');
  });

  it('the full suite still runs on main, which saves the caches pull requests restore', () => {
    expect(ci.on).toMatchObject({ push: { branches: ['main'] } });
    const save = ci.jobs['check-build-test']?.steps.find((step) => step.uses?.startsWith('actions/cache/save'));
    expect(save?.with?.path).toBe('sites/susono/node_modules/.astro');
    const restore = ci.jobs['content-fast-path']?.steps.find((step) => step.uses?.startsWith('actions/cache/restore'));
    expect(restore?.with?.path).toBe('sites/susono/node_modules/.astro');
    // The lockfile is part of Astro's own invalidation, so it is part of the key.
    expect(String(restore?.with?.key)).toContain("hashFiles('package-lock.json')");
  });
});

describe('deploy.yml', () => {
  const deploy = load('deploy.yml');

  it('deploys main from a self-hosted runner after building and testing', () => {
    expect(deploy.on).toMatchObject({ push: { branches: ['main'] } });
    expect(Object.values(deploy.jobs)[0]?.['runs-on']).toContain('self-hosted');
    const commands = runs(deploy);
    const at = (command: string) => {
      const index = commands.indexOf(command);
      expect(index, `deploy.yml runs ${command}`).toBeGreaterThanOrEqual(0);
      return index;
    };
    const deployStep = at('npm run deploy -- --to "$DEPLOY_TARGET"');
    expect(at('npm run build')).toBeLessThan(deployStep);
    expect(at('npm run test:e2e')).toBeLessThan(deployStep);
  });

  it('keeps Astro\'s caches outside the checkout between runs, and renders everything daily', () => {
    expect(Object.values(deploy.jobs)[0]?.env?.ASTRO_CACHE_DIR).toMatch(/\.\.\/\.astro-cache/u);
    expect(runs(deploy)).toContain("github.event_name == 'schedule' && '--force'");
  });

  it('rebuilds daily just after midnight in Japan, so posts dated today go out', () => {
    const [schedule] = (deploy.on.schedule as Array<{ cron: string }>) ?? [];
    const [minute, hour] = (schedule?.cron ?? '').split(' ').map(Number);
    // Cron runs in UTC; Japan is UTC+9 all year.
    expect(((hour ?? 0) + 9) % 24).toBe(0);
    expect(minute).toBeLessThan(30);
  });
});

describe('CODEOWNERS', () => {
  it("requires the mayor's office for the mission and the principles", () => {
    const owners = readFileSync(path.join(REPO, '.github/CODEOWNERS'), 'utf8');
    expect(owners).toMatch(/^\/sites\/susono\/content\/mission\/\s+@susono\/mayors-office$/mu);
    expect(owners).toMatch(/^\/sites\/susono\/content\/principles\/\s+@susono\/mayors-office$/mu);
  });
});
