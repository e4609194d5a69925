/**
 * The engine holds nothing of the organisation whose content it ships with:
 * every file under src/ is scanned for the default organisation's names and
 * words, read from content/ itself (site.yaml, principle files) so the list
 * follows the content, plus a few fixed ones (the city's name in both
 * scripts, its people, its principle count). A hit means the word belongs in
 * content/site.yaml, in content/, or behind a placeholder of the UI
 * dictionary (src/site/i18n/words.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { countedPrinciples, fillWords, localize } from '../../src/site/i18n/words.ts';
import { ja } from '../../src/site/i18n/ja.ts';
import { DEFAULT_CONTENT, ENGINE } from '../support/paths.ts';

const ROOT = ENGINE;
const CONTENT = DEFAULT_CONTENT;

function defaultOrganisationWords(): string[] {
  const site = parse(readFileSync(path.join(CONTENT, 'site.yaml'), 'utf8')) as Record<string, string>;
  const files = readdirSync(path.join(CONTENT, 'principles')).filter((file) => /\.mdx?$/u.test(file));
  const ids = files.map((file) => file.replace(/\.mdx?$/u, ''));
  const titles = files.map((file) => /^title: (.+)$/mu.exec(readFileSync(path.join(CONTENT, 'principles', file), 'utf8'))?.[1]);
  const mission = readFileSync(path.join(CONTENT, 'mission/versions/v1.md'), 'utf8');
  const statement = /^statement: (.+)$/mu.exec(mission)?.[1];
  return [
    site.organization!,
    site.leaderTitle!,
    site.principlesName!,
    site.missionNoteLabel!,
    statement!,
    ...titles.map((title) => title!),
    // Ids as the engine would hard-code them: quoted, or in a path.
    ...ids.flatMap((id) => [`'${id}'`, `"${id}"`, `principles/${id}`]),
    '裾野',
    'Susono',
    'susono',
    '村田',
    '及川',
    '市民目線',
    countedPrinciples(files.length, ''),
    '五つの',
  ].filter((word) => word.length > 0);
}

/** The engine: src/ (fixtures, tests and content are not the engine). */
function engineFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the engine names no organisation', () => {
  const words = defaultOrganisationWords();

  it('reads the default organisation’s words from content/', () => {
    expect(words).toContain('裾野市役所');
    expect(words).toContain('市長');
    expect(words).toContain('綱領');
    expect(words).toContain('5つの');
    expect(words).toContain("'real-problem'");
  });

  it('no file the engine ships contains them (src/, templates/, bin/, deploy/, index.ts, package.json)', () => {
    const hits: string[] = [];
    const shipped = [...['src', 'templates', 'bin', 'deploy'].flatMap((folder) => engineFiles(path.join(ROOT, folder))), path.join(ROOT, 'index.ts'), path.join(ROOT, 'package.json')];
    for (const file of shipped) {
      const text = readFileSync(file, 'utf8');
      text.split('\n').forEach((line, index) => {
        for (const word of words) {
          if (line.includes(word)) hits.push(`${path.relative(ROOT, file)}:${index + 1}: ${word}`);
        }
      });
    }
    expect(hits).toEqual([]);
  });

  it('pages, layouts and components read the filled dictionary (src/model/ui.ts), never the raw one', () => {
    // The raw ja.ts holds {organization}, {principles}… placeholders; only
    // src/model/ui.ts fills them. (Browser code may use the raw search strings,
    // which hold no placeholder: the localize test below checks every string.)
    const raw = ['components', 'layouts', 'pages']
      .flatMap((folder) => engineFiles(path.join(ROOT, 'src', folder)))
      .filter((file) => /from '[./]+site\/i18n\/ja\.ts'/u.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(raw).toEqual([]);
  });

  it('the scan finds a hard-coded word (the check itself works)', () => {
    const line = "principles: '5つの綱領',";
    expect(words.filter((word) => line.includes(word))).toEqual(['綱領', '5つの']);
  });
});

describe('UI dictionary placeholders', () => {
  const words = { organization: '架空町役場', leader: '町長', principles: '約束', principleCount: 3, blog: '町長ブログ', missionNote: '補足' };

  it('counts principles with つ from one to nine only', () => {
    expect(countedPrinciples(1, '約束')).toBe('1つの約束');
    expect(countedPrinciples(9, 'バリュー')).toBe('9つのバリュー');
    expect(countedPrinciples(12, 'クレド')).toBe('12のクレド');
  });

  it('fills every placeholder, the longer {principlesN} before {principles}', () => {
    expect(fillWords('{principlesN}・{principles}・{leader}・{organization}・{blog}・{missionNote}', words)).toBe(
      '3つの約束・約束・町長・架空町役場・町長ブログ・補足',
    );
  });

  it('localizes the whole dictionary: strings and function results, with no placeholder left', () => {
    const filled = localize(ja, words);
    expect(filled.nav.principles).toBe('約束');
    expect(filled.principles.number(2)).toBe('約束2');
    expect(filled.onboarding.description).toContain('新しく架空町役場の一員に');
    const leftovers: string[] = [];
    const walk = (value: unknown, where: string): void => {
      // %{…} is Decap CMS's own interpolation (its locale phrases), filled by the CMS.
      if (typeof value === 'string' && /(?<!%)\{[a-zA-Z]+\}/u.test(value)) leftovers.push(`${where}: ${value}`);
      else if (typeof value === 'function') walk((value as (...args: unknown[]) => unknown)(1, 2), where);
      else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${where}.${key}`);
    };
    walk(filled, 'ja');
    expect(leftovers).toEqual([]);
  });
});
