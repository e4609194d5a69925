/**
 * Starts the browser editor on /admin/ only: fills the gaps of Decap's
 * Japanese locale, registers the MDX blocks, the post preview and the site's
 * stylesheet, then starts Decap CMS from the bundle the site serves itself.
 * The manual-init flag must be set before the bundle runs, or Decap starts on
 * its own and looks for a config.yml.
 */
import { cmsBlocks, cmsInlineReferences, type BlockChoices, type CmsBlock, type CmsInlineReference } from '../site/cmsBlocks.ts';
import { ja as template } from '../site/i18n/ja.ts';
import { localize, type SiteWords } from '../site/i18n/words.ts';
import { allowPrecheckedConfigUnderCsp } from './decapUnderCsp.ts';
import { repairDecapA11y } from './decapA11y.ts';
import { repairGitLabAnswers } from './decapGitLabAnswers.ts';
import { restoreDecapBackupsAfterLoad } from './decapLocalBackup.ts';
import { CMS_FORMAT, TODAY_DEFAULT } from '../site/cmsConfig.ts';
import { fromFile, toFile, YEAR_FOLDER_KEY } from '../site/cmsFormat.ts';
import { newPostNaming } from '../site/cmsFileName.ts';
import { postNameFromHash, safeMediaName } from '../site/cmsMediaName.ts';
import type { EditorIssue, SaveCheckContext } from '../site/cmsCheck.ts';
import { formatJapaneseDate, isValidIsoDate, todayIn } from '../rules/dates.ts';
import { plainText } from '../site/plainText.ts';
import { firstRewrittenLine, REMARK_SETTINGS } from './cmsRichText.ts';
import { markdownWithSourceMode, type DecapWidget } from './cmsSourceMode.ts';

type Phrases = { [key: string]: string | Phrases };
type Element = unknown;
interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor: (name: string) => Element;
}
interface Decap {
  init(options: { config: unknown }): void;
  getLocale(name: string): Phrases | undefined;
  registerLocale(name: string, phrases: Phrases): void;
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(collection: string, component: (props: PreviewProps) => Element): void;
  registerEditorComponent(component: unknown): void;
  registerRemarkPlugin(plugin: unknown): void;
  getWidget(name: string): DecapWidget | undefined;
  registerWidget(widget: Record<string, unknown>): void;
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: never, order?: string[]): string }): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }): void;
}
interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}
type H = (tag: unknown, props: Record<string, unknown> | null, ...children: unknown[]) => Element;

const data = JSON.parse(document.getElementById('cms-config')?.textContent ?? '{}') as {
  config: unknown;
  choices: BlockChoices;
  bundle: string;
  previewStyle: string;
  /** The organisation's words for the dictionary's placeholders (src/model/ui.ts). */
  words: SiteWords;
  /** site.yaml timeZone: the calendar dates and new file names follow. */
  timeZone: string;
  /** What the pre-save check needs to know of the site (src/site/cmsCheck.ts). */
  saveCheck: SaveCheckContext;
  /** For the preview's byline (authors.yaml). */
  authors: ReadonlyArray<{ id: string; name: string; role: string }>;
  defaultAuthor: string;
};


/** Required date fields start at today in the site's time zone (not UTC's day, not the PC's). */
function withTodayDefaults(config: unknown, today: string): unknown {
  if (Array.isArray(config)) return config.map((item) => withTodayDefaults(item, today));
  if (typeof config !== 'object' || config === null) return config;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) out[key] = withTodayDefaults(value, today);
  if (out.widget === 'datetime' && out.default === TODAY_DEFAULT) out.default = today;
  return out;
}
const ja = localize(template, data.words);
/** The form's Japanese field labels, for the refusal message. */
const fieldLabels = Object.fromEntries(
  Object.entries(ja.editor.fields).map(([name, label]) => [name, typeof label === 'string' ? label : label.label]),
);

function merge(base: Phrases, extra: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : (current ?? value);
  }
  return out;
}

const win = window as unknown as {
  CMS_MANUAL_INIT?: boolean;
  CMS?: Decap;
  h?: H;
  createClass?: (spec: Record<string, unknown>) => unknown;
  Function: FunctionConstructor;
  __REDUX_DEVTOOLS_EXTENSION_COMPOSE__?: unknown;
};
win.CMS_MANUAL_INIT = true;

allowPrecheckedConfigUnderCsp(win);
// Before Decap loads: its requests go through the repaired fetch from the start.
if ((data.config as { backend?: { name?: string } }).backend?.name === 'gitlab') repairGitLabAnswers(window, ja.editor.gitlab);
// Before Decap loads too: its copy of an unsaved entry, once accepted, is not replaced by the entry loading behind it.
restoreDecapBackupsAfterLoad(win);

/** An Immutable list or a plain array as an array of strings. */
function strings(value: unknown): string[] {
  const plain = value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS(): unknown }).toJS() : value;
  return Array.isArray(plain) ? plain.map(String) : [];
}

/**
 * The post as the site shows it: the markup and classes of
 * src/components/PostArticle.astro, PostMeta, PrincipleBadges and TagList
 * (date in Japanese, author, principles, tags), with the site's stylesheet.
 */
function postPreview(h: H) {
  return ({ entry, widgetFor }: PreviewProps) => {
    const field = (name: string) => entry.getIn(['data', name]);
    const date = plainText(field('date'));
    const authorId = plainText(field('author')) || data.defaultAuthor;
    const author = data.authors.find((candidate) => candidate.id === authorId);
    const cited = strings(field('principles'))
      .map((value) => data.choices.principles.find((choice) => choice.value === value || choice.label === value))
      .filter((choice) => choice !== undefined);
    const tags = strings(field('tags'));
    return h(
      'div',
      { className: 'container page' },
      h(
        'article',
        { className: 'post' },
        h(
          'header',
          { className: 'post__header' },
          field('draft') ? h('p', null, h('span', { className: 'badge badge--warning' }, ja.posts.draft)) : null,
          h('h1', null, plainText(field('title'))),
          h(
            'dl',
            { className: 'post-meta' },
            h('div', null, h('dt', null, ja.posts.publishedOn), h('dd', null, isValidIsoDate(date) ? formatJapaneseDate(date) : date)),
            author ? h('div', null, h('dt', null, ja.posts.author), h('dd', null, author.name, h('span', { className: 'muted' }, `（${author.role}）`))) : null,
          ),
          cited.length > 0
            ? h(
                'div',
                { className: 'principle-badges' },
                h('span', { className: 'principle-badges__label' }, ja.posts.principles),
                h(
                  'ul',
                  { className: 'inline-list' },
                  ...cited.map((principle) =>
                    h('li', null, h('a', { className: 'badge badge--accent', href: principle.href }, `${principle.order === undefined ? '' : `${ja.principles.number(principle.order)}：`}${principle.label}`)),
                  ),
                ),
              )
            : null,
        ),
        h('div', { className: 'prose' }, widgetFor('body')),
        tags.length > 0
          ? h('footer', { className: 'post__footer' }, h('ul', { className: 'inline-list', 'aria-label': ja.posts.tags }, ...tags.map((tag) => h('li', null, h('a', { className: 'badge' }, `#${tag}`)))))
          : null,
      ),
    );
  };
}

/** Dark text on pale blue, or on pale amber for an id the site does not know: contrast above 12:1. */
const CHIP_STYLE = { padding: '0 4px', border: '1px solid #4a6fb5', borderRadius: '4px', background: '#e8eefb', color: '#1f2328', whiteSpace: 'nowrap' };
const UNKNOWN_CHIP_STYLE = { ...CHIP_STYLE, border: '1px solid #b35900', background: '#fff6e5' };

/**
 * A Term or PrincipleLink inside a sentence, as the rich-text field shows it:
 * a chip 「用語：三層分離」 (Decap keeps it as one piece, never as its code).
 */
function inlineChip(h: H, reference: CmsInlineReference, fields: Record<string, string | undefined>): Element {
  const { kind, text, known } = reference.chip(fields);
  const words = ja.editor.inline;
  return h(
    'span',
    { className: 'cms-inline-reference', 'data-reference': reference.id, title: words.hint, style: known ? CHIP_STYLE : UNKNOWN_CHIP_STYLE },
    `${kind}：${text}${known ? '' : words.unknown}`,
  );
}

/**
 * Every photo chosen for upload gets a safe name of its own before Decap
 * sees it (src/site/cmsMediaName.ts): this listener runs in the capture
 * phase on document, before React's own listener on the editor's root.
 */
document.addEventListener(
  'change',
  (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
    if ([...input.files].every((file) => file.name === safeName(file))) return;
    const renamed = new DataTransfer();
    for (const file of input.files) renamed.items.add(new File([file], safeName(file), { type: file.type, lastModified: file.lastModified }));
    input.files = renamed.files;
  },
  true,
);
const named = new WeakMap<File, string>();
/** Every photo chosen on this page: the pre-save check knows them although the site was built before. */
const uploaded = new Set<string>();
function safeName(file: File): string {
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*-\d{9}\.[a-z]+$/u.test(file.name)) {
    uploaded.add(file.name);
    return file.name;
  }
  const known = named.get(file);
  if (known) return known;
  const name = safeMediaName(file.name, postNameFromHash(location.hash), new Date(), data.timeZone);
  named.set(file, name);
  uploaded.add(name);
  return name;
}

/**
 * The pre-save check (src/site/cmsCheck.ts) with the body rules and their
 * parser (src/rules/jsMdxParser.ts, HTML parser included): chunks of their
 * own, fetched once an entry is open, so the list and the first paint never
 * wait for them, and awaited by the save.
 */
type SaveCheck = [typeof import('../site/cmsCheck.ts'), typeof import('../rules/jsMdxParser.ts')];
let checkLoad: Promise<SaveCheck> | undefined;
const saveCheck = () => (checkLoad ??= Promise.all([import('../site/cmsCheck.ts'), import('../rules/jsMdxParser.ts')]));
const prefetchCheck = () => {
  if (/\/(?:new|entries\/)/u.test(location.hash)) void saveCheck().catch(() => (checkLoad = undefined));
};
window.addEventListener('hashchange', prefetchCheck);

/** Problems saved anyway (the check cannot be sure of them), shown until closed. */
function showWarnings(issues: readonly EditorIssue[], refusalText: (issues: readonly EditorIssue[], labels: Readonly<Record<string, string>>) => string) {
  document.getElementById('cms-save-warnings')?.remove();
  if (issues.length === 0) return;
  const box = document.createElement('div');
  box.id = 'cms-save-warnings';
  box.setAttribute('role', 'status');
  // Dark text on pale amber (contrast above 14:1), above Decap's panes.
  box.style.cssText = 'position:fixed;bottom:16px;left:16px;right:16px;z-index:1000;padding:12px 16px;border-left:4px solid #b35900;background:#fff6e5;color:#1f2328;line-height:1.7;white-space:pre-line;box-shadow:0 2px 8px rgba(0,0,0,.25)';
  const text = document.createElement('p');
  text.style.margin = '0 0 8px';
  text.textContent = `${ja.editor.warned}\n${refusalText(issues, fieldLabels)}`;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = ja.editor.warnedClose;
  close.addEventListener('click', () => box.remove());
  box.append(text, close);
  document.body.append(box);
}

/** The file extension of a collection's entries (site configuration), mdx unless it says otherwise. */
function extensionOf(collection: string): string {
  const collections = (data.config as { collections?: Array<{ name?: string; extension?: string }> }).collections ?? [];
  return collections.find((candidate) => candidate.name === collection)?.extension ?? 'mdx';
}

/** Names of the photos Decap will save with this entry. */
function pendingMedia(entry: ImmutableMap): string[] {
  const files = entry.get('mediaFiles');
  const list = files && typeof (files as { toJS?: unknown }).toJS === 'function' ? (files as { toJS(): unknown }).toJS() : [];
  const names = Array.isArray(list) ? list.map((file) => plainText((file as { name?: unknown }).name) || plainText((file as { path?: unknown }).path)) : [];
  return [...names, ...uploaded];
}

const script = document.createElement('script');
script.src = data.bundle;
script.addEventListener('load', () => {
  const cms = win.CMS;
  if (!cms || !win.h) return;
  cms.registerLocale('ja', merge(merge(ja.editor.decapRewords, cms.getLocale('ja') ?? {}), ja.editor.decapPhrases));
  cms.registerPreviewStyle(data.previewStyle);
  cms.registerPreviewTemplate('posts', postPreview(win.h));
  const blocks: Array<CmsBlock | CmsInlineReference> = [...cmsBlocks(data.choices, ja), ...cmsInlineReferences(data.choices, ja)];
  const h = win.h;
  for (const block of blocks) {
    const preview = block.toPreview;
    const inline = 'chip' in block ? block : undefined;
    cms.registerEditorComponent({
      ...block,
      toPreview: preview
        ? (fields: Record<string, string | undefined>, getAsset?: (path: string) => unknown) =>
            // The rich-text field draws an inline component with toPreview(data) alone; the preview pane passes getAsset.
            inline && !getAsset
              ? inlineChip(h, inline, fields)
              : // Decap's AssetProxy gives the asset's address as its text.
                preview(fields, getAsset ? (path) => (getAsset(path) as { toString(): string } | undefined)?.toString() ?? path : undefined)
        : block.toBlock,
    });
  }
  // Rich text writes lists with `-`, as the site's texts do; a body it would still rewrite opens as source.
  cms.registerRemarkPlugin(REMARK_SETTINGS);
  const markdown = cms.getWidget('markdown');
  if (markdown && win.createClass) {
    const { control, preview, ...rest } = markdown;
    cms.registerWidget({
      ...rest,
      name: 'markdown',
      controlComponent: markdownWithSourceMode(win.h, win.createClass, { control }, (body) => firstRewrittenLine(body, blocks), ja.editor.sourceMode),
      previewComponent: preview,
    });
  }
  cms.registerCustomFormat(CMS_FORMAT, 'mdx', { fromFile, toFile });
  // A new post's file name: the form's ファイル名, else suggested (title's ASCII words or the time).
  cms.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const fields = entry.get('data') as ImmutableMap;
      // The same rules as check:content and the build, on the file about to be written.
      const collection = String(entry.get('collection'));
      // A new entry has no path yet: its extension still says how the body is read (.md is plain Markdown).
      const file = plainText(entry.get('path')) || `${ja.editor.newFile}.${extensionOf(collection)}`;
      const [{ checkBeforeSave, refusalText }, { jsMdxParser }] = await saveCheck().catch((error: unknown) => {
        // For the administrator: why the check's chunks did not load (the message says what to do).
        console.error(error);
        checkLoad = undefined;
        throw new Error(ja.editor.checkUnavailable);
      });
      const verdict = checkBeforeSave(collection, file, toFile(fields.toJS()), data.saveCheck, jsMdxParser, {
        pendingMedia: pendingMedia(entry),
        today: todayIn(data.timeZone),
      });
      if (verdict.refusals.length > 0) throw new Error(`${ja.editor.refused}\n${refusalText(verdict.refusals, fieldLabels)}`);
      showWarnings(verdict.warnings, refusalText);
      if (!entry.get('newRecord')) return fields;
      const naming = newPostNaming(
        { title: fields.get('title'), date: fields.get('date'), fileName: fields.get('fileName') },
        new Date(),
        data.timeZone,
      );
      return fields.set('fileName', naming.fileName).set(YEAR_FOLDER_KEY, naming.yearfolder);
    },
  });
  cms.init({ config: withTodayDefaults(data.config, todayIn(data.timeZone)) });
  prefetchCheck();
  repairDecapA11y(document, ja.editor.a11y);
});
/**
 * Decap needs a secure context (crypto.randomUUID from its first line,
 * crypto.subtle for the PKCE login): over plain http:// on a name it stops
 * with an English "Error loading the CMS configuration". Say what to do
 * instead, in Japanese, with the https:// address of this very page.
 */
function explainInsecureContext() {
  const words = ja.editor.insecure;
  const main = document.createElement('main');
  main.className = 'cms-unconfigured';
  main.dataset.testid = 'cms-insecure';
  const heading = document.createElement('h1');
  heading.textContent = words.heading;
  const body = document.createElement('p');
  body.textContent = words.body;
  const link = document.createElement('a');
  link.href = location.href.replace(/^http:/u, 'https:');
  link.textContent = words.link;
  const admin = document.createElement('p');
  admin.textContent = words.admin;
  main.append(heading, body, document.createElement('p'), admin);
  main.children[2]?.append(link);
  document.body.replaceChildren(main);
}

if (window.isSecureContext) document.head.append(script);
else explainInsecureContext();
