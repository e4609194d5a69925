/**
 * glob() with editor-proof validation.
 *
 * Wraps Astro's glob loader so that every entry's frontmatter is re-read as
 * YAML 1.2 (strict dates) and checked against the collection schema with
 * bilingual messages that name the file and the field; the body is checked
 * on the MDX parser's tree (src/rules/bodyReferences.ts). In a build the
 * whole folder is checked first (./contentGate.ts), so every problem is
 * reported at once, exactly as `npm run check:content` reports it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { glob, type Loader } from 'astro/loaders';
import { checkEntry } from '../../rules/checkEntry.ts';
import { ContentValidationError } from '../../rules/issues.ts';
import { referenceIndex } from '../../files/contentIndex.ts';
import { findDuplicateSlugs, resolvePrinciple } from '../../rules/crossFile.ts';
import { contentDir, relativeToRoot } from '../../files/projectPaths.ts';
import { decodeContentFile } from '../../rules/sourceText.ts';
import { contentGate } from './contentGate.ts';

interface StrictGlobOptions {
  pattern: string;
  base: string;
  schema: z.ZodType;
  generateId?: (options: { entry: string }) => string;
}

export function strictGlob({ schema, ...globOptions }: StrictGlobOptions): Loader {
  const inner = glob(globOptions);
  return {
    name: 'strict-glob',
    load: async (context) => {
      // A build checks the whole folder first; `astro dev` checks entry by entry.
      const gated = !context.watcher;
      if (gated) await contentGate();
      const seen = new Map<string, string>();
      // Read once per sync: which principle ids, post slugs and terms exist.
      const index = referenceIndex(contentDir());
      await inner.load({
        ...context,
        parseData: async (props) => {
          const file = relativeToRoot(props.filePath ?? props.id);
          const earlier = seen.get(props.id);
          // Same message as `npm run check:content` (and CONTRIBUTING.md's catalogue).
          if (earlier && earlier !== file) {
            throw new ContentValidationError(findDuplicateSlugs([earlier, file].map((clash) => ({ slug: props.id, file: clash }))));
          }
          seen.set(props.id, file);

          const decoded = props.filePath ? decodeContentFile(await readFile(props.filePath), file) : { ok: true as const, text: '' };
          if (!decoded.ok) throw new ContentValidationError([decoded.issue]);
          const folder = path.dirname(props.filePath ?? '.');
          // The gate already ran this very check on every body: parse each once.
          const result = checkEntry(
            decoded.text,
            schema,
            { file, ...index, fileExists: (relative) => existsSync(path.resolve(folder, relative)) },
            { body: Boolean(props.filePath) && !gated },
          );
          if (result.issues.length > 0) throw new ContentValidationError(result.issues);
          const data = { ...result.data } as Record<string, unknown>;
          // A principle named by its official title is stored by its id.
          if (Array.isArray((result.parsed as { principles?: unknown })?.principles)) {
            data.principles = (result.parsed as { principles: string[] }).principles.map(
              (value) => resolvePrinciple(value, index.principleTitles) ?? value,
            );
          }
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      });
    },
  };
}
