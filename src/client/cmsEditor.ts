/**
 * Starts the browser editor on /admin/ only: fills the gaps of Decap's
 * Japanese locale, registers the MDX blocks, the post preview and the site's
 * stylesheet, then starts Decap CMS from the bundle the site serves itself.
 * The manual-init flag must be set before the bundle runs, or Decap starts on
 * its own and looks for a config.yml.
 */
import { cmsBlocks, type BlockChoices } from '../site/cmsBlocks.ts';
import { ja as template } from '../site/i18n/ja.ts';
import { localize, type SiteWords } from '../site/i18n/words.ts';
import { allowPrecheckedConfigUnderCsp } from './decapUnderCsp.ts';

type Phrases = { [key: string]: string | Phrases };
type Element = unknown;
interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor(name: string): Element;
}
interface Decap {
  init(options: { config: unknown }): void;
  getLocale(name: string): Phrases | undefined;
  registerLocale(name: string, phrases: Phrases): void;
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(collection: string, component: (props: PreviewProps) => Element): void;
  registerEditorComponent(component: unknown): void;
}
type H = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => Element;

const data = JSON.parse(document.getElementById('cms-config')?.textContent ?? '{}') as {
  config: unknown;
  choices: BlockChoices;
  bundle: string;
  previewStyle: string;
  /** The organisation's words for the dictionary's placeholders (src/model/ui.ts). */
  words: SiteWords;
};
const ja = localize(template, data.words);

function merge(base: Phrases, extra: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : (current ?? value);
  }
  return out;
}

const win = window as unknown as { CMS_MANUAL_INIT?: boolean; CMS?: Decap; h?: H; Function: FunctionConstructor };
win.CMS_MANUAL_INIT = true;

allowPrecheckedConfigUnderCsp(win);

/** The post as the site shows it: same classes as src/components/PostArticle.astro. */
function postPreview(h: H) {
  return ({ entry, widgetFor }: PreviewProps) =>
    h(
      'div',
      { className: 'container page' },
      h(
        'article',
        { className: 'post' },
        h('header', { className: 'post__header' }, h('h1', null, String(entry.getIn(['data', 'title']) ?? '')),
          h('p', { className: 'lead' }, String(entry.getIn(['data', 'summary']) ?? ''))),
        h('div', { className: 'prose' }, widgetFor('body')),
      ),
    );
}

const script = document.createElement('script');
script.src = data.bundle;
script.addEventListener('load', () => {
  const cms = win.CMS;
  if (!cms || !win.h) return;
  cms.registerLocale('ja', merge(cms.getLocale('ja') ?? {}, ja.editor.decapPhrases));
  cms.registerPreviewStyle(data.previewStyle);
  cms.registerPreviewTemplate('posts', postPreview(win.h));
  for (const block of cmsBlocks(data.choices, ja)) {
    cms.registerEditorComponent({ ...block, toPreview: block.toPreview ?? block.toBlock });
  }
  cms.init({ config: data.config });
});
document.head.append(script);
