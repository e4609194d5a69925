// Regenerates the list of error messages in CONTRIBUTING.md from the code
// (src/cli/messageCatalog.ts). Run after changing a message: npm run docs:messages
import { readFileSync, writeFileSync } from 'node:fs';
import { withMessageCatalog } from './messageCatalog.ts';

const file = 'CONTRIBUTING.md';
writeFileSync(file, withMessageCatalog(readFileSync(file, 'utf8')));
console.log(`✓ ${file}: エラーメッセージの一覧を更新しました / message list updated`);
