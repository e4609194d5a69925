/**
 * The MDX components editors insert from the browser editor's body field
 * (Decap CMS editor components): how each is written in MDX and read back.
 * Names and attributes match src/components/mdx/ and AUTHOR_COMPONENTS in
 * src/rules/bodyReferences.ts, which checks them again in CI.
 */
import { postSlugMessage } from '../rules/slug.ts';
import { formatJapaneseDate, isValidIsoDate } from '../rules/dates.ts';
import { unknownPrincipleMessage } from '../rules/principleMessages.ts';
import { unknownTermMessage } from '../rules/bodyRules.ts';
import type { ja } from './i18n/ja.ts';
import type { Filled } from './i18n/words.ts';

export interface BlockChoices {
  /** label: the principle's title; order: its number on the page (第N条 …); href: its page (routes.principle). */
  principles: ReadonlyArray<{ label: string; value: string; order?: number; href?: string }>;
  /** label: the term; href: its glossary entry; reading and short: what its tip shows on the page (src/components/mdx/Term.astro). */
  terms: ReadonlyArray<{ label: string; value: string; href?: string; reading?: string; short?: string }>;
  /** Published posts, for PostEmbed's preview card (src/components/mdx/PostEmbed.astro). */
  posts?: ReadonlyArray<EmbeddablePost>;
}

interface EmbeddablePost {
  slug: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  author: string;
  summary: string;
  sample: boolean;
}

export interface CmsBlock {
  id: string;
  label: string;
  fields: Array<Record<string, unknown>>;
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, string>;
  toBlock: (data: Record<string, string | undefined>) => string;
  /**
   * HTML for the preview pane, the markup of src/components/mdx/ (styled by
   * src/styles/mdx-blocks.css, which the preview loads). `asset` turns an
   * image path into what the browser can show (Decap's getAsset).
   */
  toPreview?: (data: Record<string, string | undefined>, asset?: (path: string) => string) => string;
}

/**
 * A Term or PrincipleLink in the middle of a sentence: a Decap inline
 * component (`type: 'inline'`), read and written by the same fromBlock and
 * toBlock (Decap falls back to them for inline components). The rich-text
 * field shows it as a chip, `chip` (its kind and what the reader sees);
 * the preview shows `toPreview`, the site's markup.
 */
export interface CmsInlineReference extends CmsBlock {
  type: 'inline';
  /** Decap looks for the pattern only where this text starts. */
  trigger: string;
  chip: (data: Record<string, string | undefined>) => { kind: string; text: string; known: boolean };
}

const html = (text: string | undefined) =>
  (text ?? '').replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** A JSX attribute value: double quotes and braces would end or change it. */
const attr = (value: string | undefined) =>
  (value ?? '').replace(/["{}<>]/gu, (c) => `&#${c.codePointAt(0)};`).replace(/\s*\n\s*/gu, ' ');
const unattr = (value: string | undefined) =>
  (value ?? '').replace(/&#(\d+);/gu, (_m, code: string) => String.fromCodePoint(Number(code)));


/** Line breaks kept from the file around a Callout's body; a new block gets a blank line. */
const breaks = (value: string | undefined) => (value && /^\n+$/u.test(value) ? value : '\n\n');

/** The callout kind a block stands for (an unknown type falls back to point). */
function calloutKind(type: string | undefined): 'point' | 'caution' | 'explanation' {
  return type === 'caution' || type === 'explanation' ? type : 'point';
}

/** Numbers the term tips of every preview on the page: a block's and an in-sentence Term's never share an id. */
let tips = 0;

/**
 * A principle link and a glossary word as the site's pages draw them
 * (src/components/mdx/PrincipleLink.astro and Term.astro: same elements,
 * classes and text), for the block and the in-sentence previews alike. An
 * id the site does not know shows the build's refusal in its place.
 * `principleName` and `termName` are what the reader sees without a text of
 * the writer's own (undefined for an unknown id), shared with the chips.
 */
function referenceMarkup(choices: BlockChoices, dictionary: Filled<typeof ja>) {
  const refused = (message: string) => `<strong class="badge badge--warning">⚠ ${html(message)}</strong>`;
  const href = (link: string | undefined) => (link ? ` href="${html(link)}"` : '');
  const principleOf = (id: string) => choices.principles.find((choice) => choice.value === id);
  const termOf = (id: string) => choices.terms.find((choice) => choice.value === id);
  const principleName = (id: string) => {
    const principle = principleOf(id);
    if (!principle) return undefined;
    return `${principle.order === undefined ? '' : dictionary.principles.number(principle.order)}「${principle.label}」`;
  };
  return {
    principleName,
    termName: (id: string) => termOf(id)?.label,
    principle(id: string, text?: string): string {
      const principle = principleOf(id);
      if (!principle) {
        const titles = Object.fromEntries(choices.principles.map((choice) => [choice.value, choice.label]));
        return refused(unknownPrincipleMessage(id, Object.keys(titles), titles).ja);
      }
      return `<a class="principle-link"${href(principle.href)}>${html(text || principleName(id))}</a>`;
    },
    term(id: string, text?: string): string {
      const term = termOf(id);
      if (!term) return refused(unknownTermMessage(id, choices.terms.map((choice) => ({ id: choice.value, term: choice.label }))).ja);
      tips += 1;
      const tip = `cms-term-tip-${tips}`;
      return (
        `<span class="term" data-term><a class="term__link"${href(term.href)} aria-describedby="${tip}">${html(text || term.label)}</a>` +
        `<span class="term__tip" role="tooltip" id="${tip}"><strong>${html(term.label)}</strong>${term.reading ? `（${html(term.reading)}）` : ''}<br>${html(term.short)}</span></span>`
      );
    },
  };
}

/** `dictionary`: the UI dictionary in the organisation's words (src/site/i18n/words.ts localize); the unfilled template is a type error. */
export function cmsBlocks(choices: BlockChoices, dictionary: Filled<typeof ja>): CmsBlock[] {
  const b = dictionary.editor.blocks;
  const markup = referenceMarkup(choices, dictionary);
  return [
    {
      id: 'Callout',
      label: b.callout.label,
      fields: [
        {
          name: 'type',
          label: b.callout.type,
          widget: 'select',
          default: 'point',
          options: [
            { label: dictionary.publishing.callout.point, value: 'point' },
            { label: dictionary.publishing.callout.caution, value: 'caution' },
            { label: dictionary.publishing.callout.explanation, value: 'explanation' },
          ],
        },
        { name: 'title', label: b.callout.title, widget: 'string', required: false },
        { name: 'body', label: b.callout.body, widget: 'text' },
      ],
      // The line breaks around the body are kept as written (with or without a blank line): not part of the form.
      pattern: /^<Callout type="([a-z]+)"(?: title="([^"]*)")?>(\n+)([\s\S]*?)(\n+)<\/Callout>/u,
      fromBlock: (m) => ({ type: m[1] ?? 'point', title: unattr(m[2]), body: (m[4] ?? '').trim(), open: m[3] ?? '', close: m[5] ?? '' }),
      toBlock: ({ type, title, body, open, close }) =>
        `<Callout type="${calloutKind(type)}"${title ? ` title="${attr(title)}"` : ''}>${breaks(open)}${(body ?? '').trim()}${breaks(close)}</Callout>`,
      toPreview: ({ type, title, body }) => {
        const kind = calloutKind(type);
        const label = title || dictionary.publishing.callout[kind];
        const paragraphs = (body ?? '').split(/\n{2,}/u).map((p) => `<p>${html(p)}</p>`).join('');
        const icon = kind === 'caution' ? '⚠ ' : '✔ ';
        return `<div class="callout callout--${kind}" role="note"><p class="callout__label"><span aria-hidden="true">${icon}</span>${html(label)}</p><div class="callout__body">${paragraphs}</div></div>`;
      },
    },
    {
      id: 'Figure',
      label: b.figure.label,
      fields: [
        // Only files uploaded to the site: an address on another server is not offered (the intranet cannot reach it).
        { name: 'image', label: b.figure.image, widget: 'image', required: true, choose_url: false },
        { name: 'alt', label: b.figure.alt, widget: 'string', required: true },
        { name: 'caption', label: b.figure.caption, widget: 'string', required: true },
      ],
      pattern: /^<Figure caption="([^"]*)">\n\n!\[([^\]]*)\]\(([^)\s]+)\)\n\n<\/Figure>/u,
      fromBlock: (m) => ({ caption: unattr(m[1]), alt: m[2] ?? '', image: m[3] ?? '' }),
      toBlock: ({ caption, alt, image }) =>
        `<Figure caption="${attr(caption)}">\n\n![${(alt ?? '').replace(/[[\]\n]/gu, ' ')}](${image ?? ''})\n\n</Figure>`,
      toPreview: ({ caption, alt, image }, asset) => {
        const src = image ? (asset ? asset(image) : image) : '';
        const media = src ? `<p><img src="${html(src)}" alt="${html(alt)}"></p>` : `<p>［${html(alt)}］</p>`;
        return `<figure class="figure"><div class="figure__media">${media}</div><figcaption>${html(caption)}</figcaption></figure>`;
      },
    },
    {
      id: 'PrincipleLink',
      label: b.principleLink.label,
      fields: [{ name: 'id', label: b.principleLink.principle, widget: 'select', options: [...choices.principles] }],
      pattern: /^<PrincipleLink id="([a-z0-9-]+)" \/>(?=\n|$)/u,
      fromBlock: (m) => ({ id: m[1] ?? '' }),
      toBlock: ({ id }) => `<PrincipleLink id="${attr(id)}" />`,
      toPreview: ({ id }) => markup.principle(id ?? ''),
    },
    {
      id: 'Term',
      label: b.term.label,
      fields: [
        { name: 'id', label: b.term.id, widget: 'select', options: [...choices.terms] },
        { name: 'text', label: b.term.text, widget: 'string' },
      ],
      // Only a Term that is a whole line: one starting a sentence stays in its paragraph as written
      // (as a block it was cut out and the paragraph split in two on the first keystroke).
      pattern: /^<Term id="([a-z0-9-]+)">([^<\n]*)<\/Term>(?=\n|$)/u,
      fromBlock: (m) => ({ id: m[1] ?? '', text: m[2] ?? '' }),
      toBlock: ({ id, text }) => `<Term id="${attr(id)}">${(text ?? '').replace(/[<{}\n]/gu, '')}</Term>`,
      toPreview: ({ id, text }) => markup.term(id ?? '', text),
    },
    {
      id: 'PostEmbed',
      label: b.postEmbed.label,
      fields: [{ name: 'slug', label: b.postEmbed.slug, widget: 'string', pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', postSlugMessage.ja] }],
      pattern: /^<PostEmbed slug="([a-z0-9-]+)" \/>/u,
      fromBlock: (m) => ({ slug: m[1] ?? '' }),
      toBlock: ({ slug }) => `<PostEmbed slug="${attr(slug)}" />`,
      // The card of src/components/mdx/PostEmbed.astro, from the site's published posts.
      toPreview: ({ slug }) => {
        const post = choices.posts?.find((candidate) => candidate.slug === slug);
        if (!post) return `<div class="post-embed" role="group"><p class="post-embed__summary">${html(b.postEmbed.notFound(slug ?? ''))}</p></div>`;
        const sample = post.sample ? ` <span class="badge badge--sample">${html(dictionary.posts.sample)}</span>` : '';
        return (
          `<div class="post-embed" role="group" aria-label="${html(dictionary.publishing.embedLabel(post.title))}">` +
          `<p class="post-embed__title"><a>${html(post.title)}</a></p>` +
          `<p class="post-embed__meta"><time datetime="${html(post.date)}">${html(isValidIsoDate(post.date) ? formatJapaneseDate(post.date) : post.date)}</time> ${html(post.author)}${sample}</p>` +
          `<p class="post-embed__summary">${html(post.summary)}</p></div>`
        );
      },
    },
  ];
}

/**
 * Term and PrincipleLink inside a sentence (a line of their own is the
 * block above). Written as the site's texts write them: `<Term id="…">言葉</Term>`,
 * `<Term id="…" />`, `<PrincipleLink id="…" />` and `<PrincipleLink id="…">言葉</PrincipleLink>`;
 * each is written back exactly as read (tests/unit/cmsRichText.test.ts), so
 * opening a post never changes it. Any other spelling stays text.
 */
export function cmsInlineReferences(choices: BlockChoices, dictionary: Filled<typeof ja>): CmsInlineReference[] {
  const words = dictionary.editor.inline;
  const markup = referenceMarkup(choices, dictionary);
  /** One tag's in-sentence forms: `<Tag id="…" />` and `<Tag id="…">text</Tag>`, each written back as read. */
  const inline = (
    tag: 'Term' | 'PrincipleLink',
    label: string,
    kind: string,
    draw: (id: string, text?: string) => string,
    name: (id: string) => string | undefined,
  ): CmsInlineReference => ({
    id: `${tag}Inline`,
    type: 'inline',
    trigger: `<${tag} `,
    label,
    fields: [],
    pattern: new RegExp(`^<${tag} id="([a-z0-9-]+)"(?: \\/>|>([^<\\n{}]+)<\\/${tag}>)`, 'u'),
    fromBlock: (m) => ({ id: m[1] ?? '', ...(m[2] === undefined ? {} : { text: m[2] }) }),
    toBlock: ({ id, text }) =>
      text === undefined || text === '' ? `<${tag} id="${attr(id)}" />` : `<${tag} id="${attr(id)}">${text.replace(/[<{}\n]/gu, '')}</${tag}>`,
    toPreview: ({ id, text }) => draw(id ?? '', text),
    chip: ({ id, text }) => {
      const seen = name(id ?? '');
      return { kind, text: text || seen || id || '', known: seen !== undefined };
    },
  });
  return [
    inline('Term', dictionary.editor.blocks.term.label, words.term, (id, text) => markup.term(id, text), markup.termName),
    inline('PrincipleLink', dictionary.editor.blocks.principleLink.label, words.principle, (id, text) => markup.principle(id, text), markup.principleName),
  ];
}
