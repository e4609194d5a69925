/**
 * src/client/decapGitLabAnswers.ts: what Decap's GitLab backend gets back.
 * A HEAD's body-less 401 becomes the 401 GitLab sends for a GET (so Decap
 * refreshes the token); a refused refresh and a protected branch's refusal
 * say, in Japanese, what to do; every other answer is the server's own.
 */
import { describe, expect, it } from 'vitest';
import { repairGitLabAnswers } from '../../src/client/decapGitLabAnswers.ts';
import { ja } from '../../src/site/i18n/ja.ts';

const API = 'https://gitlab.example.lg.jp/api/v4/projects/kikaku%2Fsite/repository/files/content%2Fposts%2Fa.mdx';
const TOKEN = 'https://gitlab.example.lg.jp/oauth/token';

/** A fetch that answers from a table, and the patched one around it. */
function patched(answer: (url: string, init?: RequestInit) => Response) {
  const target = { fetch: (async (input: RequestInfo | URL, init?: RequestInit) => answer(input instanceof Request ? input.url : input.toString(), init)) as typeof fetch };
  repairGitLabAnswers(target, ja.editor.gitlab);
  return target.fetch;
}

describe('repairGitLabAnswers', () => {
  it('gives a HEAD 401 the JSON body GitLab sends for a GET, so Decap sees an invalid token', async () => {
    const fetch = patched(() => new Response(null, { status: 401 }));
    const response = await fetch(API, { method: 'HEAD' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: '401 Unauthorized' });
  });

  it('replaces the English reason of a refused refresh with the Japanese message, and only that', async () => {
    const refused = () => new Response(JSON.stringify({ error: 'invalid_grant', error_description: 'The provided authorization grant is invalid' }), { status: 400 });
    const fetch = patched(refused);
    const refresh = await fetch(TOKEN, { method: 'POST', body: JSON.stringify({ grant_type: 'refresh_token', refresh_token: 'r' }) });
    expect(refresh.status).toBe(400);
    const body = (await refresh.json()) as { error_description: string };
    expect(body.error_description).toBe(ja.editor.gitlab.loginExpired);
    expect(body.error_description).toMatch(/^ログインの期限が切れたか、取り消されました。/u);
    // The first login's refusal (a wrong code) keeps GitLab's own answer: it is not an expired login.
    const login = await fetch(TOKEN, { method: 'POST', body: JSON.stringify({ grant_type: 'authorization_code', code: 'c' }) });
    expect(((await login.json()) as { error_description: string }).error_description).toBe('The provided authorization grant is invalid');
  });

  it("explains a protected branch's refusal of a commit in Japanese, and leaves other 403s as GitLab wrote them", async () => {
    const COMMITS = 'https://gitlab.example.lg.jp/api/v4/projects/kikaku%2Fsite/repository/commits';
    const fetch = patched((url) =>
      new Response(JSON.stringify({ message: url === COMMITS ? '403 Forbidden - You are not allowed to push into this branch' : '403 Forbidden' }), { status: 403, headers: { 'Content-Type': 'application/json' } }),
    );
    const refused = await fetch(COMMITS, { method: 'POST', body: '{}' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ message: ja.editor.gitlab.publishedBranchProtected });
    expect(await (await fetch(`${COMMITS.replace('/repository/commits', '')}/merge_requests`, { method: 'POST', body: '{}' })).json()).toEqual({ message: '403 Forbidden' });
  });

  it('passes every other answer through untouched', async () => {
    const fetch = patched((url, init) => new Response(`${init?.method ?? 'GET'} ${url}`, { status: init?.method === 'GET' ? 401 : 200 }));
    expect(await (await fetch(API, { method: 'GET' })).text()).toBe(`GET ${API}`);
    expect((await fetch(API, { method: 'GET' })).status).toBe(401);
    expect(await (await fetch(TOKEN, { method: 'POST', body: 'grant_type=refresh_token' })).text()).toBe(`POST ${TOKEN}`);
    expect(await (await fetch(API, { method: 'HEAD' })).text()).toBe(`HEAD ${API}`);
  });
});
