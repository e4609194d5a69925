/**
 * glob() with editor-proof validation.
 *
 * Wraps Astro's glob loader so that every entry's frontmatter is re-read as
 * YAML 1.2 (strict dates) and checked against the collection schema with
 * bilingual messages that name the file and the field; the body is checked
 * on the MDX parser's tree (src/rules/bodyReferences.ts). In a build the
 * whole folder is checked first (./contentGate.ts), so every problem is
 * reported at once, exactly as `npm run check:content` reports it.
 *
 * A post whose .mdx body is plain Markdown (no component, tag, brace, code, URL
 * or image: src/rules/mdxSource.ts rendersAsPlainMarkdown) is rendered here
 * by the Markdown renderer and kept in the content store, as Astro does for
 * .md files: it is rendered again only when the file changes, and it is not
 * compiled into one more JavaScript module of the bundle on every build.
 * Measured at 1,000 posts: a clean build 40.8 → 27.0 CPU s, a rebuild after
 * one changed post 26.8 → 15.0 (bench/README.md). Any other body keeps the
 * MDX path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { rendersAsPlainMarkdown } from '../../rules/mdxSource.ts';
import { codeVersion } from '../../files/codeVersion.ts';
import { checkEntry } from '../../rules/checkEntry.ts';
import { ContentValidationError } from '../../rules/issues.ts';
import { referenceIndex } from '../../files/contentIndex.ts';
import { findDuplicateSlugs, resolvePrinciple } from '../../rules/crossFile.ts';
import { contentDir, relativeToRoot } from '../../files/projectPaths.ts';
import { localFileState } from '../../files/contentFiles.ts';
import { fileTooLargeIssue, MAX_CONTENT_FILE_BYTES, symlinkIssue } from '../../rules/contentLayout.ts';
import { decodeContentFile } from '../../rules/sourceText.ts';
import { contentGate } from './contentGate.ts';
import { checkedEntryKey, contentDigest } from '../../files/contentCheck.ts';

interface StrictGlobOptions {
  pattern: string;
  base: string;
  schema: z.ZodType;
  generateId?: (options: { entry: string }) => string;
  /**
   * Render plain-Markdown .mdx bodies in the loader (see above). Only for
   * posts, the collection that grows: the print page renders the mission,
   * principles and chapters with its own heading and link components, which
   * apply to compiled MDX only.
   */
  plainBodiesInStore?: boolean;
}

export function strictGlob({ schema, plainBodiesInStore = false, ...globOptions }: StrictGlobOptions): Loader {
  const inner = glob(globOptions);
  return {
    name: 'strict-glob',
    load: async (context) => {
      // A build checks the whole folder first; `astro dev` checks entry by entry.
      const gated = !context.watcher;
      // The gate's reading of each entry: the same rules on the same text are not run twice.
      const checked = gated ? await contentGate() : undefined;
      const seen = new Map<string, string>();
      // Read once per sync: which principle ids, post slugs and terms exist.
      const index = referenceIndex(contentDir());
      // The fast path leans on Astro internals: checked first, and after the load.
      const internals = plainBodiesInStore ? globInternals(context) : undefined;
      if (typeof internals === 'string') context.logger.warn(fallbackMessage(internals));
      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = relativeToRoot(props.filePath ?? props.id);
        const earlier = seen.get(props.id);
        // Same message as `npm run check:content` (and CONTRIBUTING.md's catalogue).
        if (earlier && earlier !== file) {
          throw new ContentValidationError(findDuplicateSlugs([earlier, file].map((clash) => ({ slug: props.id, file: clash }))));
        }
        seen.set(props.id, file);

        // Glob follows links; the gate refuses them, and `astro dev` must too.
        if (props.filePath && localFileState(contentDir(), '.', props.filePath) !== 'ok') {
          throw new ContentValidationError([symlinkIssue(file)]);
        }
        if (props.filePath && (await stat(props.filePath)).size > MAX_CONTENT_FILE_BYTES) {
          throw new ContentValidationError([fileTooLargeIssue(file, (await stat(props.filePath)).size)]);
        }
        const decoded = props.filePath ? decodeContentFile(await readFile(props.filePath), file) : { ok: true as const, text: '' };
        if (!decoded.ok) throw new ContentValidationError([decoded.issue]);
        const folder = path.dirname(props.filePath ?? '.');
        const known = props.filePath ? checked?.get(checkedEntryKey(context.collection, file)) : undefined;
        if (known && known.digest === contentDigest(decoded.text)) {
          return context.parseData({ ...props, data: withPrincipleIds(known.data, known.principles, index.principleTitles) as typeof props.data });
        }
        // The gate already ran this very check on every body: parse each once.
        const result = checkEntry(
          decoded.text,
          schema,
          {
            file,
            ...index,
            fileExists: (relative) => existsSync(path.resolve(folder, relative)),
            fileInside: (relative) => localFileState(contentDir(), folder, relative) === 'ok',
          },
          { body: Boolean(props.filePath) && !gated },
        );
        if (result.issues.length > 0) throw new ContentValidationError(result.issues);
        const principles = (result.parsed as { principles?: unknown } | undefined)?.principles;
        const data = withPrincipleIds(result.data ?? {}, Array.isArray(principles) ? principles.map(String) : undefined, index.principleTitles);
        return context.parseData({ ...props, data: data as typeof props.data });
      };
      if (internals === undefined || typeof internals === 'string') {
        await inner.load({ ...context, parseData });
        return;
      }
      await inner.load({ ...context, ...plainMdxAsMarkdown(internals), parseData });
      // An .mdx entry stored neither rendered nor deferred would show an empty page.
      const lost = unrenderedMdxEntries(context.store);
      if (lost.length > 0) {
        context.logger.warn(fallbackMessage(`${lost.length} .mdx entries were stored neither rendered nor deferred (${lost.slice(0, 3).join(', ')})`));
        for (const id of lost) context.store.delete(id);
        await inner.load({ ...context, parseData });
      }
    },
  };
}

/** The entry's data as stored: a principle named by its official title is stored by its id. */
function withPrincipleIds(data: Record<string, unknown>, principles: string[] | undefined, titles: Record<string, string>): Record<string, unknown> {
  if (principles === undefined) return { ...data };
  return { ...data, principles: principles.map((value) => resolvePrinciple(value, titles) ?? value) };
}

/**
 * Which Astro internals the plain-Markdown fast path needs, checked for shape:
 * the context with them, or why not. Astro 7.3 hands loaders `entryTypes`
 * (undeclared in LoaderContext); the .md type renders with
 * getRenderFunction; the store's set/delete/values and the meta store are
 * used directly. Without any of them the loader takes Astro's documented path
 * (every .mdx compiled by @astrojs/mdx), slower but the same pages.
 */
export function globInternals(context: LoaderContext): GlobContext | string {
  const { entryTypes, store, meta, config } = context as LoaderContext & { entryTypes?: unknown };
  if (!(entryTypes instanceof Map)) return 'the loader context has no entryTypes map';
  const types = entryTypes as Map<string, Partial<ContentEntryType> | undefined>;
  if (typeof types.get('.md')?.getRenderFunction !== 'function') return 'the .md entry type has no getRenderFunction';
  if (!types.get('.mdx')) return 'there is no .mdx entry type';
  for (const method of ['set', 'delete', 'values', 'get'] as const) {
    if (typeof store?.[method] !== 'function') return `the content store has no ${method}()`;
  }
  if (typeof meta?.get !== 'function' || typeof meta.set !== 'function') return 'the loader context has no meta store';
  if (!(config?.root instanceof URL)) return 'config.root is not a URL';
  return { entryTypes: types as Map<string, ContentEntryType>, store, meta, config };
}

/** Ids of .mdx entries stored with neither HTML nor a deferred render: the fast path went wrong. */
export function unrenderedMdxEntries(store: Pick<LoaderContext['store'], 'values'>): string[] {
  return store
    .values()
    .filter((entry) => entry.filePath?.endsWith('.mdx') && !entry.deferredRender && typeof entry.rendered?.html !== 'string')
    .map((entry) => entry.id);
}

/** One line of the build log; "astro-internals" is what the newest-Astro job looks for. */
function fallbackMessage(reason: string): string {
  return (
    `astro-internals: ${reason}; plain-Markdown posts are compiled as MDX instead (Astro's documented path: same pages, slower build). ` +
    'See docs/maintenance.md.'
  );
}

/** Astro hands loaders the entry types by extension (glob() reads them), though LoaderContext does not declare it. */
interface GlobContext extends Pick<LoaderContext, 'store' | 'meta' | 'config'> {
  entryTypes: Map<string, ContentEntryType>;
}

/** The Markdown renderer's own code (astro.config.mjs builds it from these) and the libraries under it. */
export const RENDERER_ROOTS = [new URL('../../site/editorSafeMdx.ts', import.meta.url), new URL('../../site/externalLinks.ts', import.meta.url)];
const RENDERER_PACKAGES = ['astro', '@astrojs/markdown-satteri', 'satteri'];
const RENDERER_META = 'plain-renderer-version';

/**
 * What decides a stored post's HTML besides its own file: the renderer's
 * code and the config file that assembles it. Astro re-renders a stored
 * entry only when the file's digest changes, so a change here must clear the
 * stored HTML. undefined when it cannot be computed (then nothing is reused).
 */
export function rendererVersion(root: URL): string | undefined {
  try {
    const configFile = new URL('astro.config.mjs', root);
    const configText = existsSync(configFile) ? readFileSync(configFile, 'utf8') : '';
    return codeVersion(`plain-renderer\0${configText}`, RENDERER_ROOTS, RENDERER_PACKAGES);
  } catch {
    return undefined;
  }
}

/**
 * The glob loader renders an entry in the loader when its type has a render
 * function (.md) and defers it to a compiled module when not (.mdx). Give
 * .mdx the Markdown render function for plain bodies only; an entry left
 * unrendered is stored as deferred, exactly as the glob loader stores .mdx.
 */
function plainMdxAsMarkdown({ entryTypes, store, meta, config }: GlobContext): Pick<GlobContext, 'entryTypes' | 'store'> {
  const markdown = entryTypes.get('.md');
  const mdx = entryTypes.get('.mdx');
  if (!markdown?.getRenderFunction || !mdx) return { entryTypes, store };
  const version = rendererVersion(config.root);
  if (version === undefined || meta.get(RENDERER_META) !== version) {
    // Stored HTML from other renderer code: drop it, so glob() renders those files again.
    for (const entry of store.values()) if (entry.rendered && !entry.deferredRender) store.delete(entry.id);
    if (version !== undefined) meta.set(RENDERER_META, version);
  }
  const renderMarkdown = markdown.getRenderFunction.bind(markdown);
  const types = new Map(entryTypes);
  types.set('.mdx', {
    ...mdx,
    getRenderFunction: async (config) => {
      const render = await renderMarkdown(config);
      // undefined: not rendered here; the store below keeps it for the MDX compiler.
      return async (entry) => {
        if (!rendersAsPlainMarkdown(entry.body ?? '')) return undefined as never;
        const rendered = await render(entry);
        // Byte for byte what the MDX path writes, which ends without the renderer's final newline.
        return { ...rendered, html: rendered.html.trimEnd() };
      };
    },
  });
  const deferring = Object.create(store) as typeof store;
  deferring.set = (entry) =>
    store.set(entry.rendered === undefined && entry.filePath?.endsWith('.mdx') ? { ...entry, deferredRender: true } : entry);
  return { entryTypes: types, store: deferring };
}
