/**
 * GitLab's answers that Decap CMS's GitLab backend mishandles or shows in
 * English, repaired in one place (docs/cms.md, GitLab 7.). Installed around
 * window.fetch before Decap loads, for the gitlab backend only.
 * A GitLab OAuth token lasts 2 hours; Decap then trades its refresh token
 * for a new one, but only when the 401 answer's JSON body says the token is
 * invalid, and:
 * - a HEAD request (Decap asks whether a file exists before each save) gets
 *   GitLab's 401 without a body, so Decap never refreshed and the save
 *   failed: the 401 of a HEAD is given the body GitLab sends for a GET;
 * - when the refresh is refused too (the token was revoked in GitLab), Decap
 *   showed GitLab's English reason ("The provided authorization grant is
 *   invalid…"): it is replaced with the Japanese message of the dictionary,
 *   which says that what was typed is still on the screen and in the browser,
 *   and is offered back when the post is opened after the new login (Decap's
 *   copy, put back after the load by ./decapLocalBackup.ts);
 * - a commit straight to the published branch (deleting a published post,
 *   the media library) that a protected branch refuses: 403 "You are not
 *   allowed to push into this branch" is explained in Japanese (what to do
 *   instead) in place of GitLab's English.
 * Every other request and answer passes untouched.
 * tests/e2e/cms-gitlab.spec.ts runs all three against the GitLab stand-in;
 * tests/unit/decapGitLabAnswers.test.ts checks that nothing else is touched.
 */
type Fetch = typeof fetch;

function methodOf(input: RequestInfo | URL, init: RequestInit | undefined): string {
  return (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
}

function urlOf(input: RequestInfo | URL): URL {
  return new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, globalThis.location?.href);
}

/** Is this the token endpoint asked for a refresh? (Decap sends the grant as JSON or as a form.) */
function isRefresh(url: URL, init: RequestInit | undefined): boolean {
  return url.pathname.endsWith('/oauth/token') && typeof init?.body === 'string' && /refresh_token/u.test(init.body);
}

/** The words shown in place of GitLab's (src/site/i18n/ja.ts, editor). */
export interface GitLabWords {
  loginExpired: string;
  publishedBranchProtected: string;
}

export function repairGitLabAnswers(target: { fetch: Fetch }, words: GitLabWords): void {
  const original = target.fetch.bind(target);
  target.fetch = async (input, init) => {
    const response = await original(input, init);
    if (response.status === 403 && methodOf(input, init) === 'POST' && urlOf(input).pathname.endsWith('/repository/commits')) {
      const body = (await response.clone().json().catch(() => null)) as { message?: unknown } | null;
      if (typeof body?.message === 'string' && /not allowed to push into this branch/iu.test(body.message)) {
        return new Response(JSON.stringify({ message: words.publishedBranchProtected }), { status: 403, headers: { 'Content-Type': 'application/json' } });
      }
    }
    if (response.status === 401 && methodOf(input, init) === 'HEAD') {
      return new Response(JSON.stringify({ message: '401 Unauthorized' }), { status: 401, headers: { 'Content-Type': 'application/json' } });
    }
    if (!response.ok && methodOf(input, init) === 'POST' && isRefresh(urlOf(input), init)) {
      return new Response(JSON.stringify({ error: 'invalid_grant', error_description: words.loginExpired }), { status: response.status, headers: { 'Content-Type': 'application/json' } });
    }
    return response;
  };
}
