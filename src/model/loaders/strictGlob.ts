/**
 * glob() with editor-proof validation.
 *
 * Wraps Astro's glob loader so that every entry's frontmatter is re-read as
 * YAML 1.2 (strict dates) and checked against the collection schema with
 * bilingual messages that name the file and the field; the body's images and
 * author components are checked too. The first bad file stops the build:
 * nothing half-valid is ever published. `npm run check:content` runs the very
 * same functions over all files and lists every problem at once.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { glob, type Loader } from 'astro/loaders';
import { checkBodyReferences } from '../../rules/bodyReferences.ts';
import { ContentValidationError } from '../../rules/issues.ts';
import { referenceIndex } from '../../files/contentIndex.ts';
import { findDuplicateSlugs } from '../../rules/crossFile.ts';
import { contentDir, relativeToRoot } from '../../files/projectPaths.ts';
import { bodyOf, validateEntrySource } from '../../rules/validateEntry.ts';

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
      const seen = new Map<string, string>();
      // Read once per sync: which principle ids and post slugs exist.
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

          const source = props.filePath ? await readFile(props.filePath, 'utf8') : '';
          const result = validateEntrySource(source, file, schema);
          if (result.issues.length > 0) throw new ContentValidationError(result.issues);
          if (props.filePath) {
            const folder = path.dirname(props.filePath);
            const { body, firstLine } = bodyOf(source);
            const issues = checkBodyReferences(body, {
              firstLine,
              file,
              ...index,
              fileExists: (relative) => existsSync(path.resolve(folder, relative)),
            });
            if (issues.length > 0) throw new ContentValidationError(issues);
          }
          return context.parseData({ ...props, data: result.data as typeof props.data });
        },
      });
    },
  };
}
