/**
 * GitLab is first-class: .gitlab-ci.yml runs the same checks as GitHub
 * Actions (.github/workflows/), so a town on a self-hosted GitLab gets the
 * same merge-request checks, fast path, preview artifact and deploy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import path from 'node:path';
import { REPO } from '../support/paths.ts';

const npmRuns = (text: string) => new Set([...text.matchAll(/npm run ([a-z:]+)/gu)].map((m) => m[1]));
const github = {
  ci: readFileSync(path.join(REPO, '.github/workflows/ci.yml'), 'utf8'),
  deploy: readFileSync(path.join(REPO, '.github/workflows/deploy.yml'), 'utf8'),
};
const gitlabText = readFileSync(path.join(REPO, '.gitlab-ci.yml'), 'utf8');
const gitlab = parse(gitlabText) as Record<string, { script?: string[]; rules?: Array<{ if: string }>; artifacts?: { paths: string[] }; tags?: string[] }>;
const script = (job: string) => (gitlab[job]?.script ?? []).join('\n');

describe('.gitlab-ci.yml', () => {
  it('runs every check of the GitHub CI on merge requests, with the content fast path', () => {
    const job = gitlab['merge-request-checks']!;
    expect(job.rules?.[0]?.if).toContain('merge_request_event');
    expect(npmRuns(script('merge-request-checks'))).toEqual(npmRuns(github.ci));
    expect(script('merge-request-checks')).toContain('contentFastPath.ts');
    expect(job.artifacts?.paths).toContain('sites/susono/dist/');
  });

  it('deploys from the main branch and nightly, like the GitHub deploy workflow', () => {
    const job = gitlab.deploy!;
    expect(job.rules?.map((rule) => rule.if).join(' ')).toMatch(/CI_DEFAULT_BRANCH[\s\S]*schedule/u);
    expect(job.tags).toEqual(['intranet']);
    expect(npmRuns(script('deploy'))).toEqual(npmRuns(github.deploy));
  });

  it('has code owners for the same paths as GitHub, plus its own CI files', () => {
    const owners = (text: string) => text.split('\n').filter((line) => line.startsWith('/')).map((line) => line.split(/\s+/u)[0]);
    const gh = owners(readFileSync(path.join(REPO, '.github/CODEOWNERS'), 'utf8'));
    const gl = owners(readFileSync(path.join(REPO, '.gitlab/CODEOWNERS'), 'utf8'));
    for (const pathname of gh) expect(gl).toContain(pathname);
    expect(gl).toContain('/.gitlab-ci.yml');
  });
});
