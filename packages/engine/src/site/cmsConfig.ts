/**
 * The Decap CMS configuration for /admin/, built at build time. The form's
 * fields are written out here, one per frontmatter field of the schemas in
 * src/rules/schemas.ts (not derived from them: a form needs labels, widgets
 * and hints a schema does not hold); tests/unit/cmsConfig.test.ts fails when
 * a schema gains, loses or makes optional a field the form does not match.
 * The choices come from the content itself: principles and authors become
 * the editor's options, so a new one needs no edit here.
 * Labels and hints come from the UI dictionary; validation messages come from
 * src/rules so the form and the build use the same words. See docs/cms.md.
 */
import type { EditorConfig } from '../rules/siteConfig.ts';
import { contentLayout } from '../rules/contentLayout.ts';
import { ISO_DATE_PATTERN, LIMITS, SUMMARY_MAX, ruleMessages } from '../rules/schemas.ts';
import { postSlugMessage } from '../rules/slug.ts';
import { YEAR_FOLDER_KEY } from './cmsFormat.ts';
import { ja } from './i18n/ja.ts';

export interface CmsContent {
  principles: ReadonlyArray<{ id: string; title: string; order: number }>;
  authors: ReadonlyArray<{ id: string; name: string; role: string }>;
  defaultAuthor: string;
}

/** Only the part of the site config the editor needs. */
export interface CmsSite {
  editor: EditorConfig;
  /** Site base path, "/" or "/sub/". */
  basePath: string;
  /** Root of the site the editor previews, e.g. http://localhost:4321. */
  siteUrl: string;
}

type Field = Record<string, unknown>;

/**
 * The blocks the body offers: the site's own components only (src/site/cmsBlocks.ts;
 * = AUTHOR_COMPONENTS of src/rules/bodyReferences.ts, checked by tests/unit/cmsConfig.test.ts).
 * Decap's built-in Image and Code Block are left out: English names, and an
 * Image block left empty wrote `![]()`, which the build refuses.
 */
export const EDITOR_BLOCKS = ['Callout', 'Figure', 'PrincipleLink', 'Term', 'PostEmbed'] as const;

/**
 * The body's toolbar: posts start their headings at ## (the page title is the
 * only 見出し1), so heading-one is not offered.
 */
const bodyWidget = {
  widget: 'markdown',
  modes: ['rich_text', 'raw'],
  sanitize_preview: true,
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'heading-four', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: [...EDITOR_BLOCKS],
};

/** Default of a required date field: replaced by today in site.yaml's timeZone in the browser. */
export const TODAY_DEFAULT = '{{now}}';
/** The editor's file format (src/site/cmsFormat.ts), registered under this name. */
export const CMS_FORMAT = 'mdx-kept';

const labels = ja.editor.fields;

const string = (name: keyof typeof labels, extra: Field = {}): Field => {
  const label = labels[name];
  return {
    name,
    widget: 'string',
    ...(typeof label === 'string' ? { label } : { label: label.label, ...('hint' in label ? { hint: label.hint } : {}) }),
    ...extra,
  };
};

/** A date stored as the text 'YYYY-MM-DD', the form the schemas require. */
const dateField = (name: 'date' | 'updated' | 'effective' | 'commentsUntil', required: boolean): Field => ({
  ...string(name),
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'YYYY-MM-DD',
  time_format: false,
  // The stored text is a calendar day; the picker's 今日 is the browser's day
  // (Japan), never UTC's. The default is set in site.yaml's timeZone by the
  // page (src/client/cmsEditor.ts, TODAY_DEFAULT).
  picker_utc: false,
  required,
  ...(required ? { default: TODAY_DEFAULT } : {}),
  pattern: [ISO_DATE_PATTERN, ruleMessages.isoDate.ja],
});

const list = (name: 'tags' | 'searchTerms' | 'questions', item: string, required = false): Field => ({
  ...string(name),
  widget: 'list',
  required,
  ...(required ? { min: 1 } : { default: [] }),
  field: { name: 'value', label: item, widget: 'string' },
});

/** The proposal block (改訂案, src/rules/schemas.ts): optional, with the fields of its schema. */
const proposalField = (extra: Field[]): Field => ({
  ...string('proposal'),
  widget: 'object',
  required: false,
  collapsed: true,
  fields: [
    ...extra,
    { ...dateField('commentsUntil', true), default: undefined },
    { ...string('feedbackUrl'), required: false },
    { ...string('withdrawn'), widget: 'boolean', default: false, required: false },
  ],
});

/** Site-relative URL of one of the editor's collections (for links from pages). */
function cmsCollectionFolder(name: keyof typeof contentLayout): string {
  return `content/${contentLayout[name].folder}`;
}

/**
 * A pattern for 1 to `max` characters, counting a surrogate pair as one as
 * zod's max() does, though Decap compiles patterns without the u flag. The
 * three alternatives never overlap (a pair, a unit that does not start one,
 * a lone high surrogate), so a long input fails in linear time: with
 * overlapping ones, 121 emoji took the browser exponential time to refuse.
 */
function upToCharacters(max: number): string {
  return `^(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[^\\uD800-\\uDBFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])){1,${max}}$`;
}

function postFields(content: CmsContent): Field[] {
  const principles = [...content.principles].sort((a, b) => a.order - b.order);
  return [
    // Same limit and message as the build (a title of megabytes once hung the search index).
    { ...string('title'), pattern: [upToCharacters(LIMITS.title), ruleMessages.titleLength.ja] },
    dateField('date', true),
    // Only for a new post's file name (= URL); never written into the file (cmsFormat FORM_ONLY_FIELDS).
    {
      ...string('fileName'),
      required: false,
      pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', postSlugMessage.ja],
    },
    {
      ...string('summary'),
      widget: 'text',
      // Counts characters (a surrogate pair is one) as zod's max() does, even
      // though Decap compiles the pattern without the u flag; the build's message.
      pattern: [upToCharacters(SUMMARY_MAX), ruleMessages.summaryLength.ja],
    },
    list('tags', labels.tag),
    {
      ...string('principles'),
      widget: 'select',
      multiple: true,
      required: false,
      default: [],
      options: principles.map((principle) => ({ label: principle.title, value: principle.id })),
    },
    {
      ...string('author'),
      widget: 'select',
      // Optional as in the schema: a post without author is signed by defaultAuthor.
      required: false,
      default: content.defaultAuthor,
      options: content.authors.map((author) => ({ label: `${author.name}（${author.role}）`, value: author.id })),
    },
    { ...string('draft'), widget: 'boolean', default: false, required: false },
    { ...string('pinned'), widget: 'boolean', default: false, required: false },
    { ...string('sample'), widget: 'boolean', default: false, required: false },
    dateField('updated', false),
    list('searchTerms', labels.searchTerm),
    { ...string('body'), ...bodyWidget },
  ];
}

/** The API root the editor calls: site.yaml's apiRoot, else <baseUrl>/api/v4 (GitLab) or /api/v3 (GitHub Enterprise). */
function apiRootOf(editor: EditorConfig): string | undefined {
  const base = editor.baseUrl?.replace(/\/+$/u, '');
  if (editor.apiRoot) return editor.apiRoot;
  if (!base) return undefined;
  return editor.backend === 'gitlab' ? `${base}/api/v4` : `${base}/api/v3`;
}

/**
 * The Content-Security-Policy the /admin/ page itself carries (a <meta> in
 * its head, before any script): connect-src names exactly the origins the
 * editor talks to, taken from site.yaml's editor: block, so the git server's
 * address has one home. The shipped nginx header for /admin/
 * (deploy/nginx/mission-site-admin-headers.conf) allows any https: origin;
 * a browser enforces both policies, so what the page may reach is this list.
 * GitLab: the login's token request goes to baseUrl, the API to apiRoot
 * (two origins when the API sits on another host). GitHub without an
 * apiRoot or baseUrl talks to nothing a city hall would allow: none added.
 */
export function editorConnectPolicy(editor: EditorConfig): string {
  const origins = new Set<string>(["'self'", 'blob:']);
  if (editor.backend === 'local') origins.add(`http://127.0.0.1:${editor.localPort}`);
  else {
    for (const url of [editor.baseUrl, apiRootOf(editor)]) if (url) origins.add(new URL(url).origin);
  }
  return `connect-src ${[...origins].join(' ')}`;
}

function backendConfig(site: CmsSite): Field {
  const { editor } = site;
  const workflow = editor.editorialWorkflow ? { squash_merges: true } : {};
  if (editor.backend === 'local') {
    return { name: 'proxy', proxy_url: `http://127.0.0.1:${editor.localPort}/api/v1`, branch: editor.branch };
  }
  const base = editor.baseUrl?.replace(/\/+$/u, '');
  if (editor.backend === 'gitlab') {
    return {
      name: 'gitlab',
      repo: editor.repo,
      branch: editor.branch,
      auth_type: editor.authType,
      app_id: editor.appId,
      ...(base ? { base_url: base, auth_endpoint: 'oauth/authorize' } : {}),
      api_root: apiRootOf(editor),
      ...workflow,
    };
  }
  return {
    name: 'github',
    repo: editor.repo,
    branch: editor.branch,
    ...(base ? { base_url: base } : {}),
    ...(editor.authEndpoint ? { auth_endpoint: editor.authEndpoint } : {}),
    ...(editor.appId ? { app_id: editor.appId } : {}),
    ...(apiRootOf(editor) ? { api_root: apiRootOf(editor) } : {}),
    ...workflow,
  };
}

/** The whole Decap CMS configuration (written to /admin/config.yml). */
export function buildCmsConfig(site: CmsSite, content: CmsContent): Record<string, unknown> {
  const c = ja.editor.collections;
  // The local backend has no merge requests: saving writes the file directly.
  const workflow = site.editor.editorialWorkflow && site.editor.backend !== 'local';
  return {
    locale: 'ja',
    load_config_file: false,
    backend: backendConfig(site),
    ...(workflow ? { publish_mode: 'editorial_workflow' } : {}),
    // Uploads go beside the entry (collections set media_folder: '').
    media_folder: 'content/media',
    public_folder: '',
    site_url: new URL(site.basePath, site.siteUrl).href,
    display_url: new URL(site.basePath, site.siteUrl).href,
    show_preview_links: false,
    search: false,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'posts',
        label: c.posts.label,
        label_singular: c.posts.singular,
        description: c.posts.description,
        folder: cmsCollectionFolder('posts'),
        extension: 'mdx',
        format: CMS_FORMAT,
        create: true,
        // <公開日>-<short name>, filed under the post date's year. The date is
        // the field's own text (Decap's {{year}}… read it as UTC: a day early
        // in Japan); the short name is the form's fileName, suggested from the
        // title by the page when left empty (src/site/cmsFileName.ts).
        // Decap lower-cases the path template and turns its dots into dashes,
        // so the year comes from a plain key the page sets before saving
        // (YEAR_FOLDER_KEY, src/client/cmsEditor.ts), never written to the file.
        path: `{{${YEAR_FOLDER_KEY}}}/{{slug}}`,
        slug: '{{fields.date}}-{{fields.fileName}}',
        summary: '{{title}}（{{date}}）',
        sortable_fields: ['date', 'title'],
        media_folder: '',
        public_folder: '',
        fields: postFields(content),
      },
      {
        name: 'principles',
        label: c.principles.label,
        label_singular: c.principles.singular,
        folder: cmsCollectionFolder('principles'),
        extension: 'mdx',
        format: CMS_FORMAT,
        create: false,
        delete: false,
        fields: [
          { ...string('order'), widget: 'number', value_type: 'int', min: 1 },
          string('title'),
          { ...string('lead'), widget: 'text' },
          list('questions', labels.question, true),
          proposalField([
            { ...string('proposedTitle'), name: 'title', required: false },
            { ...string('proposedLead'), name: 'lead', widget: 'text', required: false },
            { ...string('reason'), widget: 'text' },
          ]),
          { ...string('body'), ...bodyWidget },
        ],
      },
      {
        name: 'handbook',
        label: c.handbook.label,
        label_singular: c.handbook.singular,
        folder: cmsCollectionFolder('handbook'),
        extension: 'mdx',
        format: CMS_FORMAT,
        create: true,
        slug: '{{slug}}',
        fields: [
          string('title'),
          { ...string('order'), widget: 'number', value_type: 'int', min: 0 },
          { ...string('description'), widget: 'text' },
          list('searchTerms', labels.searchTerm),
          { ...string('screenOnly'), widget: 'boolean', default: false, required: false },
          { ...string('body'), ...bodyWidget },
        ],
      },
      {
        name: 'mission',
        label: c.mission.label,
        format: CMS_FORMAT,
        files: [
          {
            name: 'index',
            label: c.mission.page,
            file: `${cmsCollectionFolder('mission')}/index.mdx`,
            fields: [string('title'), { ...string('lead'), widget: 'text' }, { ...string('body'), ...bodyWidget }],
          },
        ],
      },
      {
        name: 'missionVersions',
        label: c.missionVersions.label,
        label_singular: c.missionVersions.singular,
        description: c.missionVersions.description,
        folder: cmsCollectionFolder('missionVersions'),
        extension: 'md',
        format: CMS_FORMAT,
        create: true,
        delete: false,
        slug: 'v{{fields.version}}',
        fields: [
          { ...string('version'), widget: 'number', value_type: 'int', min: 1 },
          dateField('effective', false),
          proposalField([]),
          { ...string('statement'), widget: 'text' },
          string('shortForm'),
          { ...string('note'), widget: 'text' },
          { ...string('changes'), widget: 'text' },
          { ...string('reason'), widget: 'text' },
          { ...string('placeholderDate'), widget: 'boolean', default: false, required: false },
          { ...string('body'), ...bodyWidget, required: false },
        ],
      },
    ],
  };
}

/** Hash route of the editor's page for a content file, or undefined if it has none. */
export function cmsEntryRoute(file: string): string | undefined {
  const match = /^content\/(posts|principles|handbook|mission\/versions)\/(.+)\.mdx?$/u.exec(file);
  if (file === 'content/mission/index.mdx') return '#/collections/mission/entries/index';
  if (!match) return undefined;
  const collection = match[1] === 'mission/versions' ? 'missionVersions' : match[1];
  return `#/collections/${collection}/entries/${match[2]}`;
}

