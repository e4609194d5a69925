/**
 * The GitLab stand-in of the editor's workflow test (tests/support/gitlabStandIn.ts)
 * is only worth its test if it refuses what GitLab refuses and shows what it
 * does not know: a wrong PKCE verifier, another redirect URI, a call without
 * the token, an endpoint it does not implement, a branch against the push rule.
 * On 127.0.0.1 only.
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startGitLabStandIn, type GitLabStandIn } from '../support/gitlabStandIn.ts';

const REDIRECT = 'http://127.0.0.1:1/admin/';
const VERIFIER = 'a'.repeat(64);
const challenge = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');
let standIn: GitLabStandIn | undefined;

afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

async function start() {
  standIn = await startGitLabStandIn({
    project: 'kikaku/site',
    appId: 'app',
    redirectUri: REDIRECT,
    files: new Map([['content/posts/2025/a.mdx', Buffer.from('---\ntitle: A\n---\n')]]),
    branchPrefix: 'cms/',
  });
  return standIn;
}

async function authorize(server: GitLabStandIn, query: Record<string, string>) {
  const url = new URL(`${server.origin}/oauth/authorize`);
  for (const [key, value] of Object.entries({ client_id: 'app', redirect_uri: REDIRECT, response_type: 'code', scope: 'api', state: 's', code_challenge_method: 'S256', code_challenge: challenge(VERIFIER), ...query })) {
    url.searchParams.set(key, value);
  }
  return fetch(url, { redirect: 'manual' });
}

async function token(server: GitLabStandIn, verifier = VERIFIER): Promise<{ status: number; token?: string; refresh?: string }> {
  const location = (await authorize(server, {})).headers.get('location') ?? '';
  const code = new URL(location).searchParams.get('code');
  const response = await fetch(`${server.origin}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_id: 'app', code, grant_type: 'authorization_code', redirect_uri: REDIRECT, code_verifier: verifier }),
  });
  const data = (await response.json()) as { access_token?: string; refresh_token?: string };
  return { status: response.status, token: data.access_token, refresh: data.refresh_token };
}

async function refresh(server: GitLabStandIn, refreshToken: string | undefined) {
  const response = await fetch(`${server.origin}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_id: 'app', grant_type: 'refresh_token', refresh_token: refreshToken, redirect_uri: REDIRECT }),
  });
  return { status: response.status, body: (await response.json()) as { access_token?: string; refresh_token?: string; error?: string } };
}

const user = (server: GitLabStandIn, accessToken: string | undefined, method = 'GET') =>
  fetch(`${server.origin}/api/v4/user`, { method, headers: { authorization: `Bearer ${accessToken}` } });

describe('the GitLab stand-in', () => {
  it('answers an expired token as GitLab does, refreshes it once (old tokens then invalid), and refuses everything once revoked', async () => {
    const server = await start();
    const first = await token(server);
    server.expireTokens();
    const expired = await user(server, first.token);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ error: 'invalid_token', error_description: 'Token is expired. You can either do re-authorization or token refresh.' });
    // A HEAD's 401 carries no body, as any HTTP server's.
    const head = await user(server, first.token, 'HEAD');
    expect(head.status).toBe(401);
    expect(await head.text()).toBe('');
    const renewed = await refresh(server, first.refresh);
    expect(renewed.status).toBe(200);
    expect((await user(server, renewed.body.access_token)).status).toBe(200);
    // The refresh token is used up, and the expired token stays refused.
    expect((await refresh(server, first.refresh)).body.error).toBe('invalid_grant');
    expect(await (await user(server, first.token)).json()).toEqual({ message: '401 Unauthorized' });
    server.revokeTokens();
    expect(await (await user(server, renewed.body.access_token)).json()).toEqual({ message: '401 Unauthorized' });
    expect(await refresh(server, renewed.body.refresh_token)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('logs in only with the registered redirect URI and the verifier that matches the challenge', async () => {
    const server = await start();
    expect((await authorize(server, { redirect_uri: 'http://127.0.0.1:1/admin/index.html' })).status).toBe(400);
    expect((await authorize(server, { client_id: 'other' })).status).toBe(400);
    expect((await authorize(server, { code_challenge_method: 'plain' })).status).toBe(400);
    const back = await authorize(server, {});
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toMatch(/^http:\/\/127\.0\.0\.1:1\/admin\/\?code=[0-9a-f]+&state=s$/u);
    expect((await token(server, 'b'.repeat(64))).status).toBe(400);
    const granted = await token(server);
    expect(granted.status).toBe(200);
    const user = await fetch(`${server.origin}/api/v4/user`, { headers: { authorization: `Bearer ${granted.token}` } });
    expect(user.status).toBe(200);
  });

  it('refuses the API without the token, records what it does not know as unknown, and enforces the branch rule', async () => {
    const server = await start();
    const { token: accessToken } = await token(server);
    const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
    expect((await fetch(`${server.origin}/api/v4/user`)).status).toBe(401);
    expect((await fetch(`${server.origin}/api/graphql`, { method: 'POST', headers, body: '{}' })).status).toBe(404);
    expect((await fetch(`${server.origin}/api/v4/projects/kikaku%2Fsite/pipelines`, { headers })).status).toBe(404);
    const commit = (branch: string) =>
      fetch(`${server.origin}/api/v4/projects/kikaku%2Fsite/repository/commits`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ branch, start_branch: 'main', commit_message: 'm', actions: [{ action: 'create', file_path: 'content/posts/2025/b.mdx', content: 'eA==', encoding: 'base64' }] }),
      });
    expect((await commit('feature/b')).status).toBe(403);
    // A protected main refuses a Developer's direct commit with GitLab's words, and lets it through again when lifted.
    server.protectPublished(true);
    const refused = await fetch(`${server.origin}/api/v4/projects/kikaku%2Fsite/repository/commits`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ branch: 'main', commit_message: 'm', actions: [{ action: 'delete', file_path: 'content/posts/2025/a.mdx' }] }),
    });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ message: '403 Forbidden - You are not allowed to push into this branch' });
    expect(server.filesOf('main')?.has('content/posts/2025/a.mdx')).toBe(true);
    server.protectPublished(false);
    expect((await commit('cms/posts/2025/b')).status).toBe(201);
    expect(server.filesOf('cms/posts/2025/b')?.get('content/posts/2025/b.mdx')?.toString()).toBe('x');
    expect(server.filesOf('main')?.has('content/posts/2025/b.mdx')).toBe(false);
    expect(server.requests.filter((request) => !request.known).map((request) => `${request.method} ${request.route}`)).toEqual([
      'POST /api/graphql',
      'GET /projects/:project/pipelines',
    ]);
    expect(server.requests.find((request) => request.status === 201)?.body).toEqual({
      branch: 'cms/posts/2025/b',
      start_branch: 'main',
      commit_message: 'm',
      actions: [{ action: 'create', file_path: 'content/posts/2025/b.mdx' }],
    });
  });
});
