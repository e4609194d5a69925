/**
 * The default organisation's words (read from its content, so the list
 * follows it) and every text a built site holds, the search index's
 * compressed fragments included: together they prove that another
 * organisation's site shows nothing of the default one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';

/** The default organisation's words, read from content/ so the list follows it. */
export function defaultOrganisationWords(content: string): string[] {
  const site = parse(readFileSync(path.join(content, 'site.yaml'), 'utf8')) as Record<string, string>;
  const principleFiles = readdirSync(path.join(content, 'principles')).filter((file) => /\.mdx?$/u.test(file));
  const principleTitles = principleFiles.map((file) => /^title: (.+)$/mu.exec(readFileSync(path.join(content, 'principles', file), 'utf8'))?.[1] ?? '');
  return [
    site.organization!,
    site.leaderTitle!,
    site.principlesName!,
    ...principleFiles.map((file) => `principles/${file.replace(/\.mdx?$/u, '')}`),
    ...principleTitles.filter(Boolean),
    '裾野',
    'Susono',
    'susono',
    '市役所',
    '市民目線',
    `${principleFiles.length}つの`,
  ];
}

/** Every text file of the build, the search index's compressed fragments included. */
export function outputTexts(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .flatMap((file) => {
      if (/\.(html|xml|json|txt|js|css|svg)$/u.test(file)) return [{ file, text: readFileSync(file, 'utf8') }];
      // Pagefind's fragments and metadata are gzip files with a "pagefind_dcd" signature.
      if (/\.pf_(fragment|meta|index)$/u.test(file)) return [{ file, text: gunzipSync(readFileSync(file)).toString('utf8') }];
      return [];
    });
}
