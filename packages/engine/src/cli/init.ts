// Makes a new organisation's site in a folder of its own, outside the engine:
//   npx mission-handbook init ../maruma-town          asks for what it needs
//   npx mission-handbook init ../maruma-town --organization … --title … --leader … \
//       --principles-name … --blog-name … --mission-note-label … --principle … [--engine …] [--yes]
// Writes content/ (from initTemplate.ts), the site's package.json pinned to
// this engine's version, astro.config.mjs and the other files of
// templates/site/, CI for GitLab and GitHub, CODEOWNERS, review templates, a
// README and a CONTRIBUTING in the organisation's words (siteTemplate.ts).
// Refuses a folder that already holds files. Ctrl+D or a wrong answer ends
// with a message, never a stack trace.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { todayIn } from '../rules/dates.ts';
import { engineFile } from '../files/enginePaths.ts';
import { INIT_QUESTIONS, INIT_USAGE, missingAnswers, nextSteps, parseInitArgs, renderInitialContent, type InitAnswers } from './initTemplate.ts';
import { packageName, renderSiteFiles } from './siteTemplate.ts';

function fail(ja: string, en: string, usage = true): never {
  console.error(`✗ ${ja}\n✗ ${en}${usage ? `\n\n${INIT_USAGE}` : ''}`);
  process.exit(1);
}

const parsed = parseInitArgs(process.argv.slice(2));
if (!parsed.ok) fail(parsed.ja, parsed.en);
if (parsed.folder === undefined) {
  fail('新しいサイトを作るフォルダーを指定してください', 'give the folder to create the new site in');
}

const target = path.resolve(parsed.folder);
const shown = path.relative(process.cwd(), target) || '.';
if (existsSync(target) && readdirSync(target).some((name) => name !== '.git')) {
  fail(
    `${shown}/ にはもうファイルがあります。空のフォルダーか、まだないフォルダーを指定してください`,
    `${shown}/ already holds files: give an empty or new folder`,
    false,
  );
}

const answers: Partial<InitAnswers> = { ...parsed.answers };
const missing = missingAnswers(answers);
if (missing.length > 0) {
  if (!process.stdin.isTTY) {
    fail(
      `次の項目を指定してください: ${missing.join(', ')}（端末から実行すると質問します）`,
      `missing: ${missing.join(', ')} (run it in a terminal to be asked)`,
    );
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  let finished = false;
  // Ctrl+D closes the input: stop with a message instead of a rejected promise.
  rl.on('close', () => {
    if (!finished) {
      console.error('\n中止しました（入力が終わりました）/ cancelled (end of input)');
      process.exit(1);
    }
  });
  for (const key of missing) {
    if (key === 'principles') {
      console.log(INIT_QUESTIONS.principles);
      const names: string[] = [];
      for (;;) {
        const line = (await rl.question(`  ${names.length + 1}: `)).trim();
        if (line === '') {
          if (names.length > 0) break;
          console.log('  1つ以上入力してください / enter at least one');
          continue;
        }
        names.push(line);
      }
      answers.principles = names;
    } else {
      let value = '';
      while (value === '') value = (await rl.question(INIT_QUESTIONS[key])).trim();
      answers[key] = value;
    }
  }
  if (!parsed.yes) {
    const ok = (await rl.question(`${shown}/ に新しいサイトを作ります。よろしいですか？ / Create the site in ${shown}/? [y/N] `)).trim();
    if (!/^y(es)?$/iu.test(ok)) {
      finished = true;
      rl.close();
      console.log('中止しました / cancelled');
      process.exit(0);
    }
  }
  finished = true;
  rl.close();
}

const complete = answers as InitAnswers;
const engineVersion = (JSON.parse(readFileSync(engineFile('package.json'), 'utf8')) as { version: string }).version;
const files: Record<string, string> = {
  ...Object.fromEntries(Object.entries(renderInitialContent(complete, todayIn('Asia/Tokyo'))).map(([file, text]) => [`content/${file}`, text])),
  ...renderSiteFiles(complete, { name: packageName(path.basename(target)), engine: parsed.engine ?? engineVersion, engineVersion }),
};
mkdirSync(target, { recursive: true });
// The skeleton every site shares (astro.config.mjs, src/content.config.ts, tsconfig.json, public/).
cpSync(engineFile('templates/site'), target, { recursive: true });
// npm leaves .gitignore out of a package, so the template keeps it as "gitignore".
renameSync(path.join(target, 'gitignore'), path.join(target, '.gitignore'));
for (const [relative, text] of Object.entries(files)) {
  const file = path.join(target, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
console.log(nextSteps(shown));
