/**
 * What the browser editor may connect to: the /admin/ page's own
 * Content-Security-Policy (a <meta>, src/pages/admin/[...page].astro) names
 * exactly the git server of site.yaml's editor: block, so its address has one
 * home and the shipped nginx header needs no edit (docs/cms.md, GitLab).
 * tests/e2e/cms-gitlab.spec.ts checks that a browser enforces it.
 */
import { describe, expect, it } from 'vitest';
import { buildCmsConfig, editorConnectPolicy } from '../../src/site/cmsConfig.ts';
import { parseSiteConfig } from '../../src/rules/siteConfig.ts';

const minimal = { organization: '市役所', title: 'サイト', description: '説明です。', defaultAuthor: 'mayor' };
const editorOf = (editor: Record<string, unknown>) => parseSiteConfig({ ...minimal, editor }, 'content/site.yaml').editor;
const gitlab = { backend: 'gitlab', repo: 'kikaku/mission-site', appId: 'abc' };

describe("the editor's connect-src", () => {
  it('names the GitLab of site.yaml: the login (baseUrl) and the API (apiRoot, by default on the same origin)', () => {
    expect(editorConnectPolicy(editorOf({ ...gitlab, baseUrl: 'https://git.example.lg.jp/' }))).toBe("connect-src 'self' blob: https://git.example.lg.jp");
    // GitLab under a sub-path and a port: the origin, not the path.
    expect(editorConnectPolicy(editorOf({ ...gitlab, baseUrl: 'https://git.example.lg.jp:8443/gitlab' }))).toBe("connect-src 'self' blob: https://git.example.lg.jp:8443");
  });

  it('names both origins when the API is on another host, and the same api_root Decap is given', () => {
    const editor = editorOf({ ...gitlab, baseUrl: 'https://login.example.lg.jp', apiRoot: 'https://api.example.lg.jp/api/v4' });
    expect(editorConnectPolicy(editor)).toBe("connect-src 'self' blob: https://login.example.lg.jp https://api.example.lg.jp");
    const site = { editor, basePath: '/', siteUrl: 'https://intra.example.lg.jp' };
    const backend = buildCmsConfig(site, { principles: [], authors: [], defaultAuthor: 'mayor' }).backend as Record<string, string>;
    expect(new URL(backend.api_root!).origin).toBe('https://api.example.lg.jp');
    expect(new URL(backend.base_url!).origin).toBe('https://login.example.lg.jp');
  });

  it('names the local git proxy of npm run editor, and GitHub Enterprise as configured', () => {
    expect(editorConnectPolicy(editorOf({ backend: 'local', localPort: 8391 }))).toBe("connect-src 'self' blob: http://127.0.0.1:8391");
    expect(editorConnectPolicy(editorOf({ backend: 'github', repo: 'kikaku/site', baseUrl: 'https://ghe.example.lg.jp' }))).toBe("connect-src 'self' blob: https://ghe.example.lg.jp");
    // Without a server named, nothing outside the site: never api.github.com.
    expect(editorConnectPolicy(editorOf({ backend: 'github', repo: 'kikaku/site' }))).toBe("connect-src 'self' blob:");
  });
});
