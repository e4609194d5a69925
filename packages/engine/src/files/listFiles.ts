/** Every file under a folder, as sorted forward-slash paths relative to it. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
