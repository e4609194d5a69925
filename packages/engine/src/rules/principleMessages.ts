/**
 * The message for an unknown principle, shared by the body check, the
 * cross-file check and the browser editor's pre-save check. Apart from
 * bodyReferences.ts so that the editor need not load the MDX parser.
 */
import { listChoices } from './issues.ts';

/** The one message for an unknown principle id (frontmatter, <PrincipleLink>, the component itself). */
export function unknownPrincipleMessage(
  id: string,
  principleIds: readonly string[],
  titles: Readonly<Record<string, string>> = {},
): { ja: string; en: string } {
  const choices = listChoices(principleIds.map((known) => (titles[known] ? `${known}（${titles[known]}）` : known)));
  return {
    ja: `原則（principles/）「${id}」はありません。ID か正式な名前で、次のいずれかを書いてください: ${choices}`,
    en: `unknown principle "${id}". Write one of these ids (or its official Japanese title): ${choices}`,
  };
}
