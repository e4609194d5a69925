/**
 * The site configuration: everything that makes this one organisation's
 * site rather than another's, outside the content itself. Read from
 * content/site.yaml and validated here; defaults are documented inline.
 * The engine holds no organisation's names: the words below fill the
 * placeholders of the UI dictionary (src/site/i18n/words.ts).
 */
import { z } from 'astro/zod';
import { bilingual, ContentStopError, formatContentIssue } from './issues.ts';
import { schemaIssues } from './schemaIssues.ts';

/**
 * A URL field: an absolute URL with one of `schemes` (never javascript: or
 * data:, which would run code or hold a page in the reader's browser), and
 * only the named {placeholders} — an unknown one such as {constructor} is
 * an error, not text left in or filled from elsewhere.
 */
export function urlField(schemes: readonly string[], placeholders: readonly string[]) {
  // Joined without " / ", which separates the Japanese and English halves of a message.
  const expectedJa = schemes.map((scheme) => `${scheme}:`).join('、');
  const expectedEn = schemes.map((scheme) => `${scheme}:`).join(', ');
  return z.string().superRefine((value, ctx) => {
    const unknown = [...value.matchAll(/\{([^{}]*)\}/gu)].map((match) => match[1] ?? '').filter((name) => !placeholders.includes(name));
    if (unknown.length > 0) {
      const allowed = placeholders.length > 0 ? placeholders.map((name) => `{${name}}`).join('、') : 'なし';
      const allowedEn = placeholders.length > 0 ? placeholders.map((name) => `{${name}}`).join(', ') : 'none';
      ctx.addIssue({
        code: 'custom',
        message: bilingual(
          `使えない置き換え記号 ${unknown.map((name) => `{${name}}`).join('、')} があります。使えるのは ${allowed} です`,
          `unknown placeholder ${unknown.map((name) => `{${name}}`).join(', ')}; allowed: ${allowedEn}`,
        ),
      });
      return;
    }
    let url: URL | undefined;
    try {
      url = new URL(value.replace(/\{[^{}]*\}/gu, 'x'));
    } catch {
      url = undefined;
    }
    if (!url || !schemes.includes(url.protocol.slice(0, -1))) {
      ctx.addIssue({
        code: 'custom',
        message: bilingual(
          `URL（https://…）を書いてください。使えるのは ${expectedJa} で始まるURLです`,
          `expected a URL (https://…) starting with ${expectedEn}`,
        ),
      });
    }
  });
}
const WEB = ['http', 'https'];

/** Normalise a base path to "/" or "/sub/path/". */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/gu, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The browser editor at /admin/ (Decap CMS, see docs/cms.md). Every key has a
 * default, so a site.yaml without `editor:` gets the local editor only.
 */
const editorConfigSchema = z
  .strictObject({
    /** false: no /admin/ is built and edit links go to editUrl (or nowhere). */
    enabled: z.boolean().default(true),
    /**
     * Where saved posts go: `local` (this PC's checkout, via `npm run editor`),
     * `gitlab` (self-hosted GitLab, the usual case) or `github` (incl. Enterprise).
     */
    backend: z.enum(['local', 'gitlab', 'github']).default('local'),
    /** Repository as owner/name (GitLab: group/project). Required for gitlab and github. */
    repo: z.string().regex(/^[^/\s]+(?:\/[^/\s]+)+$/u, bilingual('repo は「グループ名/プロジェクト名」の形で書いてください', 'write repo as owner/name')).optional(),
    /** Branch that publishes the site. */
    branch: z.string().min(1).default('main'),
    /** Git server root, e.g. https://git.example.lg.jp (GitLab) or https://github.example.lg.jp (GHE). */
    baseUrl: urlField(WEB, []).optional(),
    /** API root; defaults to <baseUrl>/api/v4 (GitLab) or <baseUrl>/api/v3 (GitHub Enterprise). */
    apiRoot: urlField(WEB, []).optional(),
    /** OAuth application id (GitLab "Application ID"); login uses PKCE, no server of ours. */
    appId: z.string().min(1).optional(),
    /** GitLab: pkce (default) or implicit. GitHub needs an OAuth gateway (authEndpoint) and uses its flow. */
    authType: z.enum(['pkce', 'implicit']).default('pkce'),
    /** GitHub: path of the OAuth gateway on baseUrl, e.g. api/v1/auth (see docs/cms.md). */
    authEndpoint: z.string().min(1).optional(),
    /** 下書き → レビュー待ち → 公開準備完了: each post becomes a branch and merge request. */
    editorialWorkflow: z.boolean().default(true),
    /** Port of the local git server that `npm run editor` starts (local backend only). */
    localPort: z.number().int().min(1024).max(65535).default(8081),
  })
  .superRefine((editor, context) => {
    if (editor.backend === 'local' || !editor.enabled) return;
    for (const key of ['repo', 'baseUrl', 'appId'] as const) {
      if (editor.backend === 'github' && key !== 'repo') continue;
      if (editor[key] === undefined) {
        context.addIssue({
          code: 'custom',
          path: [key],
          message: bilingual(
            `backend: ${editor.backend} には ${key} が必要です（docs/cms.md を参照）`,
            `backend ${editor.backend} needs ${key} (see docs/cms.md)`,
          ),
        });
      }
    }
  });

export type EditorConfig = z.output<typeof editorConfigSchema>;

const mailAddress = z
  .string()
  .trim()
  .regex(
    /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+$/u,
    bilingual('メールアドレス（例: all-staff@example.lg.jp）を書いてください', 'expected a mail address such as all-staff@example.lg.jp'),
  );

/**
 * Mail on publish (off unless enabled): when the deploy job publishes a new
 * post, one plain-text mail (title, summary, link) through the intranet's SMTP
 * relay. The relay's password is never written here: PUBLISH_MAIL_PASSWORD.
 * Each value may be overridden by the environment (src/cli/publishMail.ts).
 */
const publishMailSchema = z.strictObject({
  enabled: z.boolean().default(false),
  /** Who receives it: one address or a list (e.g. a mailing list of all staff). */
  to: z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(mailAddress).min(1)).optional(),
  from: mailAddress.optional(),
  /** The SMTP relay on the intranet. */
  host: z
    .string()
    .regex(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/iu, bilingual('SMTPサーバーのホスト名（例: smtp.example.lg.jp）を書いてください', 'expected the SMTP relay host name, e.g. smtp.example.lg.jp'))
    .optional(),
  port: z.number().int().min(1).max(65535).default(25),
  /** TLS from the start (port 465); otherwise STARTTLS is used when the relay offers it. */
  secure: z.boolean().default(false),
  /** User name for the relay, when it asks for one (the password: PUBLISH_MAIL_PASSWORD). */
  user: z.string().trim().min(1).optional(),
});

export type PublishMailConfig = z.output<typeof publishMailSchema>;

/** 'on', 'off', or 'unconfigured': no git server named and not `npm run editor` (docs/cms.md). */
export type EditorMode = 'on' | 'off' | 'unconfigured';

/** What a build does with /admin/, from site.yaml's editor: and EDITOR_BACKEND. */
export function editorMode(editor: EditorConfig, editorBackendOverride: string | undefined): EditorMode {
  if (!editor.enabled) return 'off';
  return editor.backend === 'local' && editorBackendOverride !== 'local' ? 'unconfigured' : 'on';
}

export const siteConfigSchema = z.object({
  /** Organisation that publishes the site, e.g. ○○市役所 or ○○町役場. */
  organization: z.string().min(1),
  /** Site title shown in the header and in every <title>. */
  title: z.string().min(1),
  /** One sentence for search engines, feeds and the home page. */
  description: z.string().min(1),
  /** Absolute URL of the site root on the intranet; SITE_URL overrides it. */
  siteUrl: urlField(WEB, []).default('http://localhost:4321'),
  /** Sub-path the site is served under, e.g. /mayor/; BASE_PATH overrides it. */
  basePath: z.string().default('/').transform(normaliseBase),
  /** Time zone in which a post's date "has come" (future posts wait until then). */
  timeZone: z.string().default('Asia/Tokyo'),
  /** Author id used when a post does not name one. */
  defaultAuthor: z.string().min(1),
  /** Posts per page on /posts/. */
  postsPerPage: z.number().int().positive().default(20),
  /**
   * Feedback form; {title} and {url} are replaced by the post's title and
   * address, percent-encoded. http(s) or mailto:. Leave out to hide the feedback link.
   */
  feedbackFormUrl: urlField([...WEB, 'mailto'], ['title', 'url']).optional(),
  /**
   * "Edit this page" link; {path} is replaced by the file's path in the
   * repository (e.g. content/posts/2025/foo.mdx). Leave out to hide it.
   */
  editUrl: urlField(WEB, ['path']).optional(),
  /**
   * Title of the organisation's leader, as the UI names the blog's main
   * author (e.g. 町長, 村長, 知事, 理事長). Default: 首長.
   */
  leaderTitle: z.string().trim().min(1).default('首長'),
  /**
   * Collective word for the principles in navigation and headings
   * (e.g. 行動指針, バリュー, クレド: whatever the organisation calls them). Default: 行動指針.
   * How many there are is counted from content/principles/.
   */
  principlesName: z.string().trim().min(1).default('行動指針'),
  /** Name of the blog in navigation, lists and the feed. Default: ブログ (init asks for the organisation's own name). */
  blogName: z.string().trim().min(1).default('ブログ'),
  /**
   * Label of the mission's explanatory note (the `note` of each version),
   * e.g. 「○○」とは. Default: 補足.
   */
  missionNoteLabel: z.string().trim().min(1).default('補足'),
  /**
   * Host names on the intranet besides the site's own (the feedback form,
   * the repository, other internal systems): links to them are not marked
   * （外部サイト）. A leading "*." also matches sub-domains.
   */
  intranetHosts: z
    .array(z.string().regex(/^(\*\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d+)?$/iu, bilingual('ホスト名（例: forms.example.lg.jp）を書いてください', 'expected a host name such as forms.example.lg.jp')))
    .default([]),
  /**
   * Emblem or logo (e.g. a municipal emblem) shown in the header and on the printed
   * cover: a file name in the content folder (.svg, .png, .webp or .jpg).
   */
  emblem: z
    .string()
    .regex(/^[\w.-]+\.(svg|png|webp|jpe?g)$/iu, bilingual('content/ フォルダーにある画像のファイル名（例: emblem.svg）を書いてください', 'expected an image file name in the content folder, e.g. emblem.svg'))
    .optional(),
  /** Mail on publish through the intranet's SMTP relay (off by default); see docs/feeds.md. */
  publishMail: publishMailSchema.default({ enabled: false, port: 25, secure: false }),
  /** The browser editor at /admin/; see editorConfigSchema and docs/cms.md. */
  editor: editorConfigSchema.default({
    enabled: true,
    backend: 'local',
    branch: 'main',
    authType: 'pkce',
    editorialWorkflow: true,
    localPort: 8081,
  }),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;

export interface SiteConfigOverrides {
  siteUrl?: string | undefined;
  basePath?: string | undefined;
  /** `npm run editor` builds the editor against this PC's checkout (EDITOR_BACKEND=local). */
  editorBackend?: string | undefined;
}

/** Validate raw config; throw a bilingual message naming the file and field. */
export function parseSiteConfig(raw: unknown, file: string, overrides: SiteConfigOverrides = {}): SiteConfig {
  const merged = {
    ...(typeof raw === 'object' && raw !== null ? raw : {}),
    ...(overrides.siteUrl ? { siteUrl: overrides.siteUrl } : {}),
    ...(overrides.basePath ? { basePath: overrides.basePath } : {}),
  };
  if (overrides.editorBackend) {
    const editor = (merged as { editor?: unknown }).editor;
    Object.assign(merged, {
      editor: { ...(typeof editor === 'object' && editor !== null ? editor : {}), backend: overrides.editorBackend },
    });
  }
  const result = siteConfigSchema.safeParse(merged);
  if (result.success) return result.data;
  // Same bilingual wording as content errors: zod's own messages are English only.
  const lines = schemaIssues(result.error, merged, file).map(formatContentIssue);
  throw new ContentStopError(
    `サイト設定に誤りがあります / The site configuration is invalid:\n\n${lines.join('\n\n')}`,
  );
}
