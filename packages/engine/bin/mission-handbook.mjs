#!/usr/bin/env node
// The engine's one command. Run it in a site's folder (where content/ and
// astro.config.mjs are), usually through the site's npm scripts:
//   mission-handbook build | dev | preview | check | new | init | editor |
//                    deploy | pdf | screens | verify | a11y-report | ci-content
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { nodeVersionProblem } from './nodeVersion.mjs';

const tooOld = nodeVersionProblem(process.version);
if (tooOld) {
  console.error(tooOld);
  process.exit(1);
}

const file = (relative) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

/** Each command and the engine file that carries it out (first arguments included). */
const COMMANDS = {
  build: ['src/cli/astro.mjs', 'build'],
  dev: ['src/cli/astro.mjs', 'dev'],
  preview: ['src/cli/astro.mjs', 'preview', '--host', '127.0.0.1'],
  'check-types': ['src/cli/astro.mjs', 'check'],
  check: ['src/cli/checkContent.ts'],
  new: ['src/cli/newPost.ts'],
  init: ['src/cli/init.ts'],
  editor: ['src/cli/editor.ts'],
  deploy: ['src/cli/deploy.ts'],
  pdf: ['src/cli/pdf.ts'],
  screens: ['src/cli/screens.ts'],
  verify: ['src/cli/verify.ts'],
  'a11y-report': ['src/cli/a11yReport.ts'],
  'ci-content': ['src/cli/contentFastPath.ts'],
  'docs-messages': ['src/cli/docMessages.ts'],
};

const [name, ...rest] = process.argv.slice(2);
const command = name === undefined ? undefined : COMMANDS[name];
if (!command) {
  const list = Object.keys(COMMANDS).join(' | ');
  console.error(
    name === undefined || name === '--help' || name === '-h'
      ? `使い方 / usage: mission-handbook <${list}> [options]`
      : `✗ 「${name}」というコマンドはありません / unknown command "${name}"\n  使い方 / usage: mission-handbook <${list}> [options]`,
  );
  process.exit(name === '--help' || name === '-h' ? 0 : 2);
}
const [entry, ...fixed] = command;
// Node strips the types of the engine's .ts files itself, except under
// node_modules/, where tsHooks.mjs does it (its API is still marked experimental).
const nodeFlags = ['--disable-warning=ExperimentalWarning', '--import', new URL('./tsHooks.mjs', import.meta.url).href];
const result = spawnSync(process.execPath, [...nodeFlags, file(entry), ...fixed, ...rest], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
