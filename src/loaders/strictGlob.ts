/**
 * glob() with editor-proof validation.
 *
 * Wraps Astro's glob loader so that every entry's frontmatter is re-read as
 * YAML 1.2 (strict dates) and checked against the collection schema with
 * bilingual messages that name the file and the field. The first bad file
 * stops the build: nothing half-valid is ever published.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { glob, type Loader } from 'astro/loaders';
import { ContentValidationError } from '../lib/contentErrors.ts';
import { parseFrontmatter } from '../lib/frontmatter.ts';
import { relativeToRoot } from '../lib/projectPaths.ts';
import { schemaIssues } from '../lib/schemaIssues.ts';

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
      await inner.load({
        ...context,
        parseData: async (props) => {
          const file = relativeToRoot(props.filePath ?? props.id);
          const earlier = seen.get(props.id);
          if (earlier && earlier !== file) {
            throw new ContentValidationError([
              {
                file: `${earlier}, ${file}`,
                field: '(ファイル名 / file name)',
                ja: `同じファイル名「${props.id}」が2つあります。URLはファイル名で決まるため、どちらかの名前を変えてください`,
                en: `two files share the name "${props.id}"; the URL comes from the file name, so rename one`,
              },
            ]);
          }
          seen.set(props.id, file);

          const source = props.filePath ? await readFile(props.filePath, 'utf8') : '';
          const frontmatter = parseFrontmatter(source, file);
          if (!frontmatter.ok) throw new ContentValidationError([frontmatter.issue]);
          const result = schema.safeParse(frontmatter.data);
          if (!result.success) throw new ContentValidationError(schemaIssues(result.error, frontmatter.data, file));
          return context.parseData({ ...props, data: frontmatter.data as typeof props.data });
        },
      });
    },
  };
}
