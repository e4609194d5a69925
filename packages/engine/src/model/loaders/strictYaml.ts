/**
 * Loader for one editor-written YAML file (content/onboarding.yaml,
 * content/glossary.yaml, content/authors.yaml): read as YAML 1.2 with the
 * rules' own reader (real line numbers, full-width colons caught), validated
 * with bilingual messages naming the file and the field. Astro's file()
 * loader would report problems in English only. `entries` mode stores each
 * list item as an entry (authors, by id); otherwise the whole document is one
 * entry.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { missingFileIssue } from '../../rules/contentLayout.ts';
import { ContentValidationError, type ContentIssue } from '../../rules/issues.ts';
import { relativeToRoot } from '../../files/projectPaths.ts';
import { schemaIssues } from '../../rules/schemaIssues.ts';
import { decodeContentFile } from '../../rules/sourceText.ts';
import { parseYaml } from '../../rules/yamlText.ts';
import { contentGate } from './contentGate.ts';

interface StrictYamlOptions<T> {
  filePath: string;
  schema: z.ZodType<T>;
  /** Id of the single entry holding the whole document. */
  id?: string;
  /** A list of entries with an `id` each, checked as a whole by this function. */
  entries?: (raw: unknown, file: string) => { issues: ContentIssue[] };
  /** A missing file means "feature off" (an empty collection), not an error. */
  optional?: boolean;
}

export function strictYaml<T>({ filePath, schema, id, entries, optional = false }: StrictYamlOptions<T>): Loader {
  return {
    name: 'strict-yaml',
    load: async (context) => {
      const { store, watcher } = context;
      if (!watcher) await contentGate();
      const file = relativeToRoot(filePath);
      const sync = async () => {
        if (!existsSync(filePath)) {
          if (optional) {
            store.clear();
            return;
          }
          throw new ContentValidationError([missingFileIssue(file)]);
        }
        const decoded = decodeContentFile(await readFile(filePath), file);
        if (!decoded.ok) throw new ContentValidationError([decoded.issue]);
        const parsed = parseYaml(decoded.text, file);
        if (!parsed.ok) throw new ContentValidationError(parsed.issues);
        const raw = parsed.data;
        store.clear();
        if (entries) {
          const { issues } = entries(raw, file);
          if (issues.length > 0) throw new ContentValidationError(issues);
          for (const item of raw as Array<Record<string, unknown>>) {
            const key = String(item.id);
            store.set({ id: key, data: await context.parseData({ id: key, data: item, filePath }), digest: context.generateDigest(item), filePath: file });
          }
          return;
        }
        const result = schema.safeParse(raw);
        if (!result.success) throw new ContentValidationError(schemaIssues(result.error, raw, file));
        const data = raw as Record<string, unknown>;
        const key = id ?? 'default';
        store.set({ id: key, data: await context.parseData({ id: key, data, filePath }), digest: context.generateDigest(data), filePath: file });
      };
      await sync();
      watcher?.add(filePath);
      watcher?.on('change', (changed) => {
        if (changed === filePath) void sync();
      });
    },
  };
}
