/**
 * A stand-in for a self-hosted GitLab, for the browser editor's tests: the
 * OAuth login with PKCE (authorize + token, the challenge really checked) and
 * the REST v4 endpoints Decap CMS 3's gitlab backend calls, over an in-memory
 * repository seeded from a content folder. It is NOT GitLab: it answers what
 * Decap asks, the way GitLab's API documentation says GitLab answers, and
 * RECORDS every request (method, route with the project and file paths
 * decoded, the parameters and the key fields of the body), so a test can
 * assert the exact calls an editorial workflow makes; an endpoint it does not
 * know answers 404 and is recorded as unknown, so a new call of a later Decap
 * shows up in the test instead of being silently served.
 *
 * Tokens run out as GitLab's do (expireTokens: 401 `invalid_token`, and the
 * refresh_token grant gives new ones; revokeTokens: 401 and no refresh), as
 * docs.gitlab.com/api/oauth2/ describes.
 *
 * Only REST: Decap's gitlab backend uses GraphQL only with `use_graphql: true`,
 * which the site's configuration never sets (src/site/cmsConfig.ts), so
 * /api/graphql is just another unknown endpoint here.
 *
 * Binds 127.0.0.1 on a free port. Nothing here reaches any other host.
 */
import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export interface StandInOptions {
  /** group/project, as site.yaml's editor.repo. */
  project: string;
  /** The branch that publishes the site. */
  branch?: string;
  /** The OAuth application's id (site.yaml editor.appId). */
  appId: string;
  /** The redirect URI registered with the application; the authorize step refuses any other. */
  redirectUri: string;
  /** Files of the first commit, keyed by repository path. */
  files: ReadonlyMap<string, Buffer>;
  /**
   * A push rule as a city's GitLab may set one: commits to any branch but the
   * published one must name a branch starting with this (Decap's `cms/`).
   */
  branchPrefix?: string;
  /** Serve over HTTPS with this key and certificate (a real GitLab behind an HTTPS page must be HTTPS). */
  tls?: { key: Buffer; cert: Buffer };
}

/** A throw-away self-signed certificate for 127.0.0.1 (openssl; the browser is told to accept it). */
export function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'standin-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface RecordedRequest {
  method: string;
  /** The route with :project for the project id and file paths decoded, e.g. /projects/:project/repository/files/content/posts/a.mdx/raw. */
  route: string;
  /** Query parameters (and form fields), as sent. */
  params: Record<string, string>;
  /** Key fields of a JSON body: for a commit, the branch, start branch, message and each action with its file path. */
  body?: Record<string, unknown>;
  status: number;
  /** False for an endpoint the stand-in does not implement (answered 404). */
  known: boolean;
}

interface Commit {
  id: string;
  parent?: string;
  message: string;
  authoredDate: string;
  author: string;
  files: Map<string, Buffer>;
  /** Paths changed by this commit. */
  touched: string[];
}

interface MergeRequest {
  iid: number;
  title: string;
  description: string;
  sourceBranch: string;
  targetBranch: string;
  labels: string[];
  state: 'opened' | 'merged' | 'closed';
  squash: boolean;
  removeSourceBranch: boolean;
  updatedAt: string;
  /** The commit the branch started from (for rebase and merge). */
  base: string;
}

export interface GitLabStandIn {
  /** e.g. http://127.0.0.1:40123 (site.yaml editor.baseUrl). */
  origin: string;
  /** The API root (site.yaml editor.apiRoot, default <baseUrl>/api/v4). */
  apiRoot: string;
  /** Every request but CORS preflights, in arrival order. */
  requests: RecordedRequest[];
  /** CORS preflights (OPTIONS), kept apart: the browser sends them, not Decap. */
  preflights: string[];
  /** The files of a branch now (undefined if there is no such branch). */
  filesOf(branch: string): Map<string, Buffer> | undefined;
  branches(): string[];
  mergeRequests(): ReadonlyArray<Readonly<MergeRequest>>;
  /**
   * Every access token given so far expires (GitLab's default lifetime is 2 hours): the API answers
   * 401 `invalid_token` "Token is expired", and the refresh tokens still get new ones.
   */
  expireTokens(): void;
  /** Every access and refresh token is revoked (a user or an administrator did it in GitLab): 401, and refreshing fails. */
  revokeTokens(): void;
  /**
   * The published branch protected with "Allowed to push: No one" (or Maintainers), the user a Developer:
   * a commit straight to it answers 403 as GitLab does; merging a merge request still works.
   */
  protectPublished(on: boolean): void;
  close(): Promise<void>;
}

const USER = { id: 7, username: 'koho-tanaka', name: '広報 田中', email: 'koho-tanaka@example.invalid' };
const EXPOSED = ['X-Page', 'X-Per-Page', 'X-Total', 'X-Total-Pages', 'X-Next-Page', 'X-Prev-Page', 'Link', 'X-Gitlab-Blob-Id'];

/** Every file under `dir`, keyed `<prefix>/<relative path>` (the repository holds content/ under its root). */
export function filesOfFolder(dir: string, prefix: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(`${prefix}/${path.relative(dir, full).split(path.sep).join('/')}`, readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

/** Git's blob id: what GitLab returns as a file's id. */
function blobId(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

const base64url = (buffer: Buffer) => buffer.toString('base64').replace(/=+$/u, '').replace(/\+/gu, '-').replace(/\//gu, '_');

/** A 401 whose body is OAuth's `{ error, error_description }`, as GitLab answers an expired token. */
class TokenError extends Error {
  readonly body: { error: string; error_description: string };
  constructor(body: { error: string; error_description: string }) {
    super(body.error_description);
    this.body = body;
  }
}

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export async function startGitLabStandIn(options: StandInOptions): Promise<GitLabStandIn> {
  const published = options.branch ?? 'main';
  const commits = new Map<string, Commit>();
  const heads = new Map<string, string>();
  const mergeRequests: MergeRequest[] = [];
  const requests: RecordedRequest[] = [];
  const preflights: string[] = [];
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  /** Access tokens, and whether each is still valid or has expired. */
  const tokens = new Map<string, 'valid' | 'expired'>();
  /** Refresh tokens and the access token each was issued with. */
  const refreshTokens = new Map<string, string>();
  let publishedProtected = false;
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const now = () => new Date((clock += 1000)).toISOString();

  const commit = (parent: string | undefined, files: Map<string, Buffer>, message: string, touched: string[]): Commit => {
    const id = createHash('sha1').update(`${parent ?? ''}\n${message}\n${now()}\n${randomBytes(8).toString('hex')}`).digest('hex');
    const created: Commit = { id, parent, message, authoredDate: now(), author: USER.name, files, touched };
    commits.set(id, created);
    return created;
  };
  heads.set(published, commit(undefined, new Map(options.files), 'content', [...options.files.keys()]).id);

  const resolve = (ref: string | undefined): Commit => {
    const id = heads.get(ref ?? published) ?? ref;
    const found = id ? commits.get(id) : undefined;
    if (!found) throw new HttpError(404, '404 Commit Not Found');
    return found;
  };
  /** The changes from `from` to `to`, as GitLab's compare lists them. */
  const diff = (from: Map<string, Buffer>, to: Map<string, Buffer>) => {
    const diffs: Array<Record<string, unknown>> = [];
    for (const [file, content] of to) {
      const before = from.get(file);
      if (before && before.equals(content)) continue;
      const binary = content.includes(0);
      diffs.push({ old_path: file, new_path: file, new_file: !before, deleted_file: false, renamed_file: false, diff: binary ? 'Binary files differ' : `@@ ${file}` });
    }
    for (const file of from.keys()) {
      if (!to.has(file)) diffs.push({ old_path: file, new_path: file, new_file: false, deleted_file: true, renamed_file: false, diff: `@@ ${file}` });
    }
    return diffs;
  };
  /** `onto` with the changes the branch made since `base`. */
  const replay = (onto: Map<string, Buffer>, base: Map<string, Buffer>, branch: Map<string, Buffer>) => {
    const files = new Map(onto);
    for (const [file, content] of branch) if (!base.get(file)?.equals(content)) files.set(file, content);
    for (const file of base.keys()) if (!branch.has(file)) files.delete(file);
    return files;
  };

  const mrJson = (mr: MergeRequest) => ({
    id: 1000 + mr.iid,
    iid: mr.iid,
    project_id: 1,
    title: mr.title,
    description: mr.description,
    state: mr.state,
    source_branch: mr.sourceBranch,
    target_branch: mr.targetBranch,
    labels: mr.labels,
    squash: mr.squash,
    force_remove_source_branch: mr.removeSourceBranch,
    sha: heads.get(mr.sourceBranch) ?? null,
    author: { id: USER.id, username: USER.username, name: USER.name },
    updated_at: mr.updatedAt,
    rebase_in_progress: false,
    merge_error: null,
    web_url: `${origin}/${options.project}/-/merge_requests/${mr.iid}`,
  });
  const findMr = (iid: string) => {
    const mr = mergeRequests.find((candidate) => String(candidate.iid) === iid);
    if (!mr) throw new HttpError(404, '404 Not found');
    return mr;
  };
  const commitJson = (found: Commit) => ({
    id: found.id,
    short_id: found.id.slice(0, 8),
    title: found.message.split('\n')[0],
    message: found.message,
    author_name: found.author,
    author_email: USER.email,
    authored_date: found.authoredDate,
    committed_date: found.authoredDate,
    parent_ids: found.parent ? [found.parent] : [],
  });

  type Reply = { status?: number; json?: unknown; body?: Buffer | string; headers?: Record<string, string> };
  type Handler = (match: RegExpExecArray, params: Record<string, string>, body: Record<string, unknown>) => Reply;
  const routes: Array<{ method: string; pattern: RegExp; handler: Handler }> = [];
  const on = (method: string, pattern: RegExp, handler: Handler) => routes.push({ method, pattern, handler });

  on('GET', /^\/user$/u, () => ({ json: { ...USER, state: 'active', avatar_url: null, web_url: `${origin}/${USER.username}` } }));
  on('GET', /^\/projects\/:project$/u, () => ({
    json: {
      id: 1,
      path_with_namespace: options.project,
      default_branch: published,
      permissions: { project_access: { access_level: 30, notification_level: 3 }, group_access: null },
      shared_with_groups: [],
    },
  }));
  on('GET', /^\/projects\/:project\/repository\/branches\/(.+)$/u, (match) => {
    const head = resolve(match[1]);
    if (!heads.has(match[1]!)) throw new HttpError(404, '404 Branch Not Found');
    return { json: { name: match[1], commit: commitJson(head), merged: false, protected: match[1] === published, developers_can_push: false, developers_can_merge: false } };
  });
  on('DELETE', /^\/projects\/:project\/repository\/branches\/(.+)$/u, (match) => {
    if (!heads.delete(match[1]!)) throw new HttpError(404, '404 Branch Not Found');
    return { status: 204 };
  });
  on('GET', /^\/projects\/:project\/repository\/tree$/u, (_match, params) => {
    const { files } = resolve(params.ref);
    const folder = (params.path ?? '').replace(/\/+$/u, '');
    const recursive = params.recursive === 'true';
    const entries = new Map<string, { type: 'blob' | 'tree'; id: string }>();
    for (const [file, content] of files) {
      if (folder && !file.startsWith(`${folder}/`)) continue;
      const rest = folder ? file.slice(folder.length + 1) : file;
      const parts = rest.split('/');
      for (let depth = 1; depth < parts.length; depth++) {
        if (!recursive && depth > 1) break;
        const tree = [folder, ...parts.slice(0, depth)].filter(Boolean).join('/');
        entries.set(tree, { type: 'tree', id: createHash('sha1').update(`tree ${tree}`).digest('hex') });
      }
      if (recursive || parts.length === 1) entries.set(file, { type: 'blob', id: blobId(content) });
    }
    if (folder && entries.size === 0) throw new HttpError(404, '404 Tree Not Found');
    const all = [...entries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, entry]) => ({ id: entry.id, name: path.posix.basename(file), type: entry.type, path: file, mode: entry.type === 'tree' ? '040000' : '100644' }));
    // GitLab pages with 20 per page by default, at most 100; Decap follows the Link header.
    const perPage = Math.min(Number(params.per_page ?? 20) || 20, 100);
    const page = Math.max(Number(params.page ?? 1) || 1, 1);
    const pages = Math.max(Math.ceil(all.length / perPage), 1);
    const link = (to: number) => {
      const url = new URL(`${apiRoot}/projects/${encodeURIComponent(options.project)}/repository/tree`);
      for (const [key, value] of Object.entries({ ...params, page: String(to), per_page: String(perPage) })) url.searchParams.set(key, value);
      return url.href;
    };
    const links = [`<${link(1)}>; rel="first"`, `<${link(pages)}>; rel="last"`];
    if (page < pages) links.unshift(`<${link(page + 1)}>; rel="next"`);
    if (page > 1) links.unshift(`<${link(page - 1)}>; rel="prev"`);
    return {
      json: all.slice((page - 1) * perPage, page * perPage),
      headers: { 'X-Page': String(page), 'X-Per-Page': String(perPage), 'X-Total': String(all.length), 'X-Total-Pages': String(pages), Link: links.join(', ') },
    };
  });
  const fileOf = (file: string, ref: string | undefined) => {
    const content = resolve(ref).files.get(file);
    if (!content) throw new HttpError(404, '404 File Not Found');
    return content;
  };
  on('GET', /^\/projects\/:project\/repository\/files\/(.+)\/raw$/u, (match, params) => {
    const content = fileOf(match[1]!, params.ref);
    return { body: content, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Gitlab-Blob-Id': blobId(content) } };
  });
  on('HEAD', /^\/projects\/:project\/repository\/files\/(.+)$/u, (match, params) => {
    const content = fileOf(match[1]!, params.ref);
    return { headers: { 'X-Gitlab-Blob-Id': blobId(content), 'X-Gitlab-File-Path': match[1]!, 'X-Gitlab-Size': String(content.length) } };
  });
  on('GET', /^\/projects\/:project\/repository\/files\/(.+)$/u, (match, params) => {
    const content = fileOf(match[1]!, params.ref);
    return { json: { file_name: path.posix.basename(match[1]!), file_path: match[1], size: content.length, encoding: 'base64', content: content.toString('base64'), ref: params.ref, blob_id: blobId(content) } };
  });
  on('GET', /^\/projects\/:project\/repository\/commits$/u, (_match, params) => {
    const history: Commit[] = [];
    for (let at: Commit | undefined = resolve(params.ref_name); at; at = at.parent ? commits.get(at.parent) : undefined) {
      if (!params.path || at.touched.includes(params.path)) history.push(at);
    }
    return { json: history.map(commitJson) };
  });
  on('GET', /^\/projects\/:project\/repository\/commits\/([0-9a-f]+)\/refs$/u, (match) => {
    const names = [...heads].filter(([, head]) => {
      for (let at: Commit | undefined = commits.get(head); at; at = at.parent ? commits.get(at.parent) : undefined) if (at.id === match[1]) return true;
      return false;
    });
    return { json: names.map(([name]) => ({ type: 'branch', name })) };
  });
  on('GET', /^\/projects\/:project\/repository\/commits\/([0-9a-f]+)\/statuses$/u, (match) => {
    resolve(match[1]);
    return { json: [] };
  });
  on('GET', /^\/projects\/:project\/repository\/compare$/u, (_match, params) => ({
    json: { commit: commitJson(resolve(params.to)), commits: [], diffs: diff(resolve(params.from).files, resolve(params.to).files), compare_timeout: false, compare_same_ref: params.from === params.to },
  }));
  on('POST', /^\/projects\/:project\/repository\/commits$/u, (_match, _params, body) => {
    const branch = typeof body.branch === 'string' ? body.branch : '';
    const start = typeof body.start_branch === 'string' ? body.start_branch : undefined;
    if (branch !== published && options.branchPrefix && !branch.startsWith(options.branchPrefix)) {
      throw new HttpError(403, `Branch name does not follow the pattern '^${options.branchPrefix}'`);
    }
    // GitLab's answer to a push into a protected branch (seen from its commits API: 403 with this message).
    if (branch === published && publishedProtected) throw new HttpError(403, '403 Forbidden - You are not allowed to push into this branch');
    if (!heads.has(branch) && !start) throw new HttpError(400, 'You can only create or edit files when you are on a branch');
    if (heads.has(branch) && start && start !== branch) throw new HttpError(400, `Could not update ${branch}. A branch named ${branch} already exists`);
    const parent = resolve(heads.has(branch) ? branch : start);
    const files = new Map(parent.files);
    const touched: string[] = [];
    for (const action of (body.actions ?? []) as Array<Record<string, string>>) {
      const file = action.file_path ?? '';
      const content = action.content === undefined ? undefined : Buffer.from(action.content, action.encoding === 'base64' ? 'base64' : 'utf8');
      if (action.action === 'create') {
        if (files.has(file)) throw new HttpError(400, 'A file with this name already exists');
        files.set(file, content ?? Buffer.alloc(0));
      } else if (action.action === 'update') {
        if (!files.has(file)) throw new HttpError(400, "A file with this name doesn't exist");
        files.set(file, content ?? Buffer.alloc(0));
      } else if (action.action === 'delete') {
        if (!files.delete(file)) throw new HttpError(400, "A file with this name doesn't exist");
      } else if (action.action === 'move') {
        const previous = files.get(action.previous_path ?? '');
        if (!previous) throw new HttpError(400, "A file with this name doesn't exist");
        files.delete(action.previous_path ?? '');
        files.set(file, content ?? previous);
        touched.push(action.previous_path ?? '');
      } else throw new HttpError(400, `action is invalid: ${action.action}`);
      touched.push(file);
    }
    const created = commit(parent.id, files, typeof body.commit_message === 'string' ? body.commit_message : '', touched);
    heads.set(branch, created.id);
    return { status: 201, json: commitJson(created) };
  });
  // Decap (seen with decap-cms 3.16.3) keeps an entry's notes in an issue labelled decap-cms-notes and looks it up on publish,
  // even with the notes pane off. This project has no such issue.
  on('GET', /^\/projects\/:project\/issues$/u, () => ({ json: [], headers: { 'X-Page': '1', 'X-Per-Page': '100', 'X-Total': '0', 'X-Total-Pages': '1' } }));
  on('GET', /^\/projects\/:project\/merge_requests$/u, (_match, params) => {
    const labels = params.labels && params.labels !== 'Any' && params.labels !== 'None' ? params.labels.split(',') : [];
    return {
      json: mergeRequests
        .filter((mr) => !params.state || params.state === 'all' || mr.state === params.state)
        .filter((mr) => !params.target_branch || mr.targetBranch === params.target_branch)
        .filter((mr) => !params.source_branch || mr.sourceBranch === params.source_branch)
        .filter((mr) => labels.every((label) => mr.labels.includes(label)))
        .map(mrJson),
    };
  });
  on('POST', /^\/projects\/:project\/merge_requests$/u, (_match, params) => {
    const source = params.source_branch ?? '';
    if (!heads.has(source)) throw new HttpError(400, 'Source branch does not exist');
    if (mergeRequests.some((mr) => mr.state === 'opened' && mr.sourceBranch === source)) throw new HttpError(409, 'Another open merge request already exists for this source branch');
    const mr: MergeRequest = {
      iid: mergeRequests.length + 1,
      title: params.title ?? '',
      description: params.description ?? '',
      sourceBranch: source,
      targetBranch: params.target_branch ?? published,
      labels: (params.labels ?? '').split(',').filter(Boolean),
      state: 'opened',
      squash: params.squash === 'true',
      removeSourceBranch: params.remove_source_branch === 'true',
      updatedAt: now(),
      base: heads.get(params.target_branch ?? published)!,
    };
    mergeRequests.push(mr);
    return { status: 201, json: mrJson(mr) };
  });
  on('GET', /^\/projects\/:project\/merge_requests\/(\d+)$/u, (match) => ({ json: mrJson(findMr(match[1]!)) }));
  on('PUT', /^\/projects\/:project\/merge_requests\/(\d+)$/u, (match, params) => {
    const mr = findMr(match[1]!);
    if (params.labels !== undefined) mr.labels = params.labels.split(',').filter(Boolean);
    if (params.state_event === 'close') mr.state = 'closed';
    mr.updatedAt = now();
    return { json: mrJson(mr) };
  });
  on('PUT', /^\/projects\/:project\/merge_requests\/(\d+)\/rebase$/u, (match) => {
    const mr = findMr(match[1]!);
    const target = resolve(mr.targetBranch);
    if (target.id !== mr.base) {
      const files = replay(target.files, resolve(mr.base).files, resolve(mr.sourceBranch).files);
      heads.set(mr.sourceBranch, commit(target.id, files, `rebase ${mr.sourceBranch}`, diff(target.files, files).map((d) => String(d.new_path))).id);
      mr.base = target.id;
    }
    return { status: 202, json: { rebase_in_progress: false } };
  });
  on('PUT', /^\/projects\/:project\/merge_requests\/(\d+)\/merge$/u, (match, params) => {
    const mr = findMr(match[1]!);
    if (mr.state !== 'opened') throw new HttpError(405, 'Method Not Allowed');
    const target = resolve(mr.targetBranch);
    const files = replay(target.files, resolve(mr.base).files, resolve(mr.sourceBranch).files);
    const squash = params.squash === undefined ? mr.squash : params.squash === 'true';
    const message = (squash ? params.squash_commit_message : params.merge_commit_message) ?? `Merge branch '${mr.sourceBranch}'`;
    heads.set(mr.targetBranch, commit(target.id, files, message, diff(target.files, files).map((d) => String(d.new_path))).id);
    mr.state = 'merged';
    mr.updatedAt = now();
    if (params.should_remove_source_branch === 'true' || mr.removeSourceBranch) heads.delete(mr.sourceBranch);
    return { json: mrJson(mr) };
  });

  /** Key fields of a body for the record: a commit's actions without their contents. */
  const keyFields = (body: Record<string, unknown>) => {
    if (!Array.isArray(body.actions)) return body.code_verifier ? { ...body, code_verifier: '…' } : body;
    const actions = (body.actions as Array<Record<string, string>>).map(({ action, file_path, previous_path }) => ({ action, file_path, ...(previous_path ? { previous_path } : {}) }));
    const { content: _content, ...rest } = body;
    return { ...rest, actions };
  };

  const listener: http.RequestListener = (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', origin);
      const cors: Record<string, string> = {
        'Access-Control-Allow-Origin': request.headers.origin ?? '*',
        'Access-Control-Expose-Headers': EXPOSED.join(', '),
        Vary: 'Origin',
      };
      if (request.method === 'OPTIONS') {
        preflights.push(`${request.headers['access-control-request-method'] ?? ''} ${url.pathname}`);
        response.writeHead(204, {
          ...cors,
          'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, DELETE',
          'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? '',
          'Access-Control-Max-Age': '600',
        });
        response.end();
        return;
      }
      const params = Object.fromEntries(url.searchParams);
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, unknown> = {};
      const type = request.headers['content-type'] ?? '';
      if (raw && type.includes('json')) body = JSON.parse(raw) as Record<string, unknown>;
      else if (raw) body = Object.fromEntries(new URLSearchParams(raw));
      const record: RecordedRequest = { method: request.method ?? 'GET', route: url.pathname, params, status: 200, known: true };
      if (raw) record.body = keyFields(body);
      requests.push(record);
      const send = (reply: Reply) => {
        record.status = reply.status ?? 200;
        const payload = reply.json !== undefined ? JSON.stringify(reply.json) : reply.body;
        response.writeHead(record.status, {
          ...cors,
          ...(reply.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...reply.headers,
        });
        response.end(request.method === 'HEAD' ? undefined : payload);
      };
      try {
        send(handle(request, url, params, body, record));
      } catch (error) {
        if (error instanceof TokenError) send({ status: 401, json: error.body });
        else send({ status: error instanceof HttpError ? error.status : 500, json: { message: error instanceof Error ? error.message : String(error) } });
      }
    });
  };
  const server = options.tls ? https.createServer(options.tls, listener) : http.createServer(listener);

  const handle = (request: http.IncomingMessage, url: URL, params: Record<string, string>, body: Record<string, unknown>, record: RecordedRequest): Reply => {
    if (request.method === 'GET' && url.pathname === '/oauth/authorize') return authorize(params);
    if (request.method === 'POST' && url.pathname === '/oauth/token') return token(body);
    const prefix = `${new URL(apiRoot).pathname}/`;
    if (!url.pathname.startsWith(prefix)) {
      record.known = false;
      throw new HttpError(404, '404 Not Found');
    }
    // The project as :project, file paths decoded, as a reader of the record wants them.
    const projectId = `/projects/${encodeURIComponent(options.project)}`;
    const rawRoute = `/${url.pathname.slice(prefix.length)}`;
    const projectRoute = rawRoute.startsWith(`${projectId}/`) || rawRoute === projectId ? `/projects/:project${rawRoute.slice(projectId.length)}` : rawRoute;
    const route = projectRoute.replace(/^(\/projects\/:project\/repository\/(?:files|branches)\/)([^/]+)/u, (_all, head: string, encoded: string) => head + decodeURIComponent(encoded));
    record.route = route;
    const auth = request.headers.authorization ?? '';
    const state = tokens.get(auth.replace(/^Bearer /u, ''));
    // GitLab's two answers (docs.gitlab.com/api/oauth2/, "Access token expiration"): an expired OAuth token, and any other.
    if (state === 'expired') throw new TokenError({ error: 'invalid_token', error_description: 'Token is expired. You can either do re-authorization or token refresh.' });
    if (state !== 'valid') throw new HttpError(401, '401 Unauthorized');
    for (const { method, pattern, handler } of routes) {
      const match = pattern.exec(route);
      if (match && method === request.method) return handler(match, params, body);
    }
    record.known = false;
    throw new HttpError(404, '404 Not Found');
  };

  /** The authorize step, answered at once as a logged-in user who approves. */
  const authorize = (params: Record<string, string>): Reply => {
    if (params.client_id !== options.appId) throw new HttpError(400, 'The client identifier provided is invalid.');
    if (params.redirect_uri !== options.redirectUri) throw new HttpError(400, `The redirect URI included is not valid: ${params.redirect_uri} (registered: ${options.redirectUri})`);
    if (params.response_type !== 'code' || params.code_challenge_method !== 'S256' || !params.code_challenge) throw new HttpError(400, 'PKCE with S256 is required');
    const code = randomBytes(16).toString('hex');
    codes.set(code, { challenge: params.code_challenge, redirectUri: params.redirect_uri });
    const back = new URL(params.redirect_uri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', params.state ?? '');
    return { status: 302, headers: { Location: back.href } };
  };
  /** A new access token and its refresh token, as GitLab's token endpoint answers both grants. */
  const issue = (): Reply => {
    const accessToken = randomBytes(20).toString('hex');
    const refreshToken = randomBytes(20).toString('hex');
    tokens.set(accessToken, 'valid');
    refreshTokens.set(refreshToken, accessToken);
    return { json: { access_token: accessToken, token_type: 'Bearer', expires_in: 7200, refresh_token: refreshToken, scope: 'api', created_at: Math.floor(Date.now() / 1000) } };
  };
  const invalidGrant: Reply = {
    status: 400,
    json: { error: 'invalid_grant', error_description: 'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.' },
  };
  const token = (body: Record<string, unknown>): Reply => {
    if (body.grant_type === 'refresh_token') {
      // docs.gitlab.com/api/oauth2/: refreshing invalidates the old access and refresh tokens and sends new ones.
      const previous = refreshTokens.get(String(body.refresh_token));
      if (previous === undefined || body.client_id !== options.appId) return invalidGrant;
      refreshTokens.delete(String(body.refresh_token));
      tokens.delete(previous);
      return issue();
    }
    const issued = codes.get(String(body.code));
    codes.delete(String(body.code));
    if (!issued || body.grant_type !== 'authorization_code' || body.client_id !== options.appId || body.redirect_uri !== issued.redirectUri) {
      return { status: 400, json: { error: 'invalid_grant', error_description: 'The provided authorization grant is invalid' } };
    }
    if (base64url(createHash('sha256').update(String(body.code_verifier)).digest()) !== issued.challenge) {
      return { status: 400, json: { error: 'invalid_grant', error_description: 'The code verifier does not match the challenge' } };
    }
    return issue();
  };

  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const apiRoot = `${origin}/api/v4`;
  return {
    origin,
    apiRoot,
    requests,
    preflights,
    filesOf: (branch) => {
      const head = heads.get(branch);
      return head ? new Map(commits.get(head)!.files) : undefined;
    },
    branches: () => [...heads.keys()],
    mergeRequests: () => mergeRequests.map((mr) => ({ ...mr })),
    expireTokens: () => {
      for (const key of tokens.keys()) tokens.set(key, 'expired');
    },
    revokeTokens: () => {
      tokens.clear();
      refreshTokens.clear();
    },
    protectPublished: (on) => {
      publishedProtected = on;
    },
    close: () => new Promise<void>((resolveClose) => {
      server.closeAllConnections();
      server.close(() => resolveClose());
    }),
  };
}
