/**
 * Character-level difference between two versions of a text.
 *
 * Japanese has no spaces between words, so word diffs would mark whole
 * sentences as changed; we diff characters (jsdiff's diffChars, a
 * well-kept library) and then tidy the result so a lone shared character
 * such as 「の」 does not chop one rewrite into confetti.
 */
import { diffChars, diffLines } from 'diff';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Shared runs this short, caught between changes, are folded into the change. */
const MIN_SHARED_RUN = 2;

export function charDiff(before: string, after: string): DiffPart[] {
  const raw: DiffPart[] = diffChars(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
  return mergeAdjacent(foldShortSharedRuns(raw));
}

export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'same');
}

function foldShortSharedRuns(parts: readonly DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  parts.forEach((part, index) => {
    const between = index > 0 && index < parts.length - 1;
    if (part.kind === 'same' && between && [...part.text].length < MIN_SHARED_RUN) {
      result.push({ kind: 'removed', text: part.text }, { kind: 'added', text: part.text });
    } else {
      result.push(part);
    }
  });
  return result;
}

/**
 * Collapse each run of changes into one removal followed by one addition,
 * which reads as "this was replaced by that".
 */
function mergeAdjacent(parts: readonly DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) result.push({ kind: 'removed', text: removed });
    if (added) result.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  for (const part of parts) {
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else {
      flush();
      const last = result.at(-1);
      if (last?.kind === 'same') last.text += part.text;
      else result.push({ ...part });
    }
  }
  flush();
  return result;
}


/**
 * The changed passages of a longer text (a chapter's or principle's source):
 * lines are compared first, and each run of changed lines is then diffed
 * character by character, so a reader sees only what changed, not the whole
 * chapter. Unchanged lines are left out.
 */
export function changedPassages(before: string, after: string): DiffPart[][] {
  const passages: DiffPart[][] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed.trim() !== '' || added.trim() !== '') passages.push(charDiff(removed.trimEnd(), added.trimEnd()));
    removed = '';
    added = '';
  };
  for (const change of diffLines(before.replace(/\r\n?/gu, '\n'), after.replace(/\r\n?/gu, '\n'))) {
    if (change.removed) removed += change.value;
    else if (change.added) added += change.value;
    else flush();
  }
  flush();
  return passages;
}
