/** The repository workflow (.github/) does what CONTRIBUTING.md promises. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': unknown; steps: Step[] }>;
}
const load = (file: string) => parse(readFileSync(`.github/workflows/${file}`, 'utf8')) as Workflow;
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

  it('uploads the built site for reviewers and keeps the git history for 最終更新日', () => {
    const upload = steps(ci).find((step) => step.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with).toMatchObject({ name: 'site', path: 'dist/' });
    expect(steps(ci).find((step) => step.uses?.startsWith('actions/checkout'))?.with).toMatchObject({
      'fetch-depth': 0,
    });
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
    const owners = readFileSync('.github/CODEOWNERS', 'utf8');
    expect(owners).toMatch(/^\/content\/mission\/\s+@susono\/mayors-office$/mu);
    expect(owners).toMatch(/^\/content\/principles\/\s+@susono\/mayors-office$/mu);
  });
});
