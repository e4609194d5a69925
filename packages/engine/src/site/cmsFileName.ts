/**
 * The short name of a new post's file (= its URL), when the editor left the
 * form's ファイル名 empty: the title's ASCII words where it has some
 * ("DX推進 2027" → dx-2027), otherwise the time of writing in the site's
 * time zone ("0830"), so the file is <date>-<name>.mdx, never -post or -1.
 */
import { ID_PATTERN } from '../rules/slug.ts';
import { plainText } from './plainText.ts';

const MAX_WORDS = 5;
const MAX_LENGTH = 40;

export function suggestFileName(title: string, now: Date, timeZone: string): string {
  const words = (title.normalize('NFKC').toLowerCase().match(/[a-z0-9]+/gu) ?? []).slice(0, MAX_WORDS);
  let name = '';
  for (const word of words) {
    const next = name ? `${name}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    name = next;
  }
  // A name of digits only would read as a year archive; the time needs no letter (the date precedes it).
  if (name && /[a-z]/u.test(name) && ID_PATTERN.test(name)) return name;
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
  return time.replace(':', '');
}

/** What a new post's path needs before Decap names its file: the short name and the year folder. */
export function newPostNaming(
  data: { title?: unknown; date?: unknown; fileName?: unknown },
  now: Date,
  timeZone: string,
): { fileName: string; yearfolder: string } {
  const fileName = typeof data.fileName === 'string' && data.fileName ? data.fileName : suggestFileName(plainText(data.title), now, timeZone);
  const yearfolder = plainText(data.date).slice(0, 4);
  return { fileName, yearfolder };
}
