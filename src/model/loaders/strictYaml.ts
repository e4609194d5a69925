/**
 * Loader for one editor-written YAML file (content/onboarding.yaml,
 * content/glossary.yaml): read as YAML 1.2, validated as a whole with
 * bilingual messages naming the file and the field, stored as one entry.
 * Astro's file() loader would report problems in English only, per entry.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { parseDocument } from 'yaml';
import { ContentValidationError } from '../../rules/issues.ts';
import { relativeToRoot } from '../../files/projectPaths.ts';
import { schemaIssues } from '../../rules/schemaIssues.ts';

interface StrictYamlOptions<T> {
  filePath: string;
  schema: z.ZodType<T>;
  /** Id of the single entry holding the whole document. */
  id: string;
  /** A missing file means "feature off" (an empty collection), not an error. */
  optional?: boolean;
}

export function strictYaml<T>({ filePath, schema, id, optional = false }: StrictYamlOptions<T>): Loader {
  return {
    name: 'strict-yaml',
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const file = relativeToRoot(filePath);
      const sync = async () => {
        if (!existsSync(filePath)) {
          if (optional) {
            store.clear();
            return;
          }
          throw new ContentValidationError([
            {
              file,
              field: '(ファイル / file)',
              ja: 'このファイルが見つかりません。既定のコンテンツを参考に作成してください',
              en: 'this file is missing; create it, using the default content as a model',
            },
          ]);
        }
        const document = parseDocument(await readFile(filePath, 'utf8'), { version: '1.2', prettyErrors: false });
        const error = document.errors[0];
        if (error) {
          const line = (error.linePos?.[0]?.line ?? 0);
          throw new ContentValidationError([
            {
              file,
              field: `(${line}行目 / line ${line})`,
              ja: `YAML の書き方に誤りがあります。コロンの後の空白、引用符の閉じ忘れ、字下げを確認してください（${error.code}）`,
              en: `not valid YAML: check the space after each colon, unclosed quotes and indentation (${error.code})`,
            },
          ]);
        }
        const raw: unknown = document.toJS();
        const result = schema.safeParse(raw);
        if (!result.success) throw new ContentValidationError(schemaIssues(result.error, raw, file));
        store.clear();
        const data = raw as Record<string, unknown>;
        store.set({ id, data: await parseData({ id, data, filePath }), digest: generateDigest(data), filePath: file });
      };
      await sync();
      watcher?.add(filePath);
      watcher?.on('change', (changed) => {
        if (changed === filePath) void sync();
      });
    },
  };
}
