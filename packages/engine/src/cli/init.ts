// Turns a fresh clone into a new organisation's site.
//   npm run init                  asks for what it needs (node:readline)
//   npm run init -- --organization … --title … --leader … --principles-name … --principle … [--yes]
// Moves the current content/ (the default organisation's, on a fresh clone) to
// examples/default-content/ as an example, writes a minimal valid content/, and prints
// the next steps. Refuses to run twice or to overwrite an existing example.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { todayIn } from '../rules/dates.ts';
import { contentDir, relativeToRoot } from '../files/projectPaths.ts';
import {
  INIT_QUESTIONS,
  INIT_USAGE,
  missingAnswers,
  nextSteps,
  parseInitArgs,
  renderInitialContent,
  type InitAnswers,
} from './initTemplate.ts';

function fail(ja: string, en: string): never {
  console.error(`✗ ${ja}\n✗ ${en}\n\n${INIT_USAGE}`);
  process.exit(1);
}

const parsed = parseInitArgs(process.argv.slice(2));
if (!parsed.ok) fail(parsed.ja, parsed.en);

const root = process.cwd();
const content = contentDir(root);
// Where the current content goes (the default content on a fresh clone): kept
// as an example for glossary.yaml, onboarding.yaml and MDX components.
const examples = path.join(root, 'examples');
const exampleName = 'default-content';
const target = path.join(examples, exampleName);
if (existsSync(target)) {
  fail(
    `${relativeToRoot(target, root)}/ はもうあります。init は一度だけ実行できます（やり直すときは content/ と ${relativeToRoot(target, root)}/ を元に戻してください）`,
    `${relativeToRoot(target, root)}/ already exists: init runs once (to start over, restore content/ and ${relativeToRoot(target, root)}/)`,
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
    const ok = (await rl.question(`content/ を ${relativeToRoot(target, root)}/ に移し、新しい content/ を作ります。よろしいですか？ [y/N] `)).trim();
    if (!/^y(es)?$/iu.test(ok)) {
      rl.close();
      console.log('中止しました / cancelled');
      process.exit(0);
    }
  }
  rl.close();
}

const complete = answers as InitAnswers;
const files = renderInitialContent(complete, todayIn('Asia/Tokyo'));
if (existsSync(content)) {
  mkdirSync(examples, { recursive: true });
  renameSync(content, target);
}
for (const [relative, text] of Object.entries(files)) {
  const file = path.join(content, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
console.log(nextSteps(relativeToRoot(target, root)));
