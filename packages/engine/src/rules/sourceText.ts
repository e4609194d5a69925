/**
 * A content file's bytes as text. Editors' files must be UTF-8; Japanese
 * offices still save Shift_JIS (Windows' メモ帳 before 2019, Excel's CSV),
 * which would otherwise fail far from the file with "No such file".
 * Uses only the web-standard TextDecoder, so the browser editor can call it.
 */
import type { ContentIssue } from './issues.ts';

const LIKELY: ReadonlyArray<readonly [label: string, name: string]> = [
  ['shift_jis', 'Shift_JIS'],
  ['euc-jp', 'EUC-JP'],
  ['iso-2022-jp', 'ISO-2022-JP（JIS）'],
];

export type DecodedText = { ok: true; text: string } | { ok: false; issue: ContentIssue };

export function decodeContentFile(bytes: Uint8Array, file: string): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, issue: notUtf8(file, 'UTF-16') };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '') };
  } catch {
    const likely = LIKELY.find(([label]) => {
      try {
        new TextDecoder(label, { fatal: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
    });
    return { ok: false, issue: notUtf8(file, likely?.[1]) };
  }
}

function notUtf8(file: string, likely: string | undefined): ContentIssue {
  const guess = likely ? `（${likely} のようです）` : '';
  return {
    code: 'file.not-utf8',
    file,
    field: '(文字コード / encoding)',
    ja: `このファイルの文字コードが UTF-8 ではありません${guess}。エディターの「名前を付けて保存」で文字コード「UTF-8」を選んで保存し直してください（メモ帳: 右下の文字コード欄、VS Code: 右下の文字コード →「エンコード付きで保存」）`,
    en: `this file is not saved as UTF-8${likely ? ` (it looks like ${likely})` : ''}: save it again choosing the UTF-8 encoding ("Save as" in Notepad, "Save with Encoding" in VS Code)`,
  };
}
