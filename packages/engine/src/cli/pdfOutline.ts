/**
 * The headings of a printed PDF and the page each starts on, read from the
 * outline (bookmarks) Chromium writes with `outline: true`. `npm run pdf`
 * uses it to put page numbers in the table of contents: CSS cannot
 * (target-counter() is not implemented in Chromium), so the handbook is
 * printed once to learn where each chapter starts, then again with the numbers.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  /** 1-based page number. */
  page: number;
}

export function outlineEntries(pdf: PDFDocument): OutlineEntry[] {
  const pageOf = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const out: OutlineEntry[] = [];
  const visit = (first: PDFDict | undefined): void => {
    for (let item = first, guard = 0; item && guard < 10_000; item = item.lookupMaybe(PDFName.of('Next'), PDFDict), guard++) {
      const title = item.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText() ?? '';
      const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
      const ref = dest?.get(0);
      const page = ref instanceof PDFRef ? pageOf.get(ref.toString()) : undefined;
      if (page !== undefined) out.push({ title, page });
      visit(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  visit(pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return out;
}

/** Headings compared without spaces (the outline keeps the text, not the <wbr>s or line breaks). */
export const headingKey = (text: string): string => text.replace(/\s+/gu, '');

/**
 * Is this outline entry the heading? Chromium (measured with 150, Debian's
 * package, and a Japanese font) writes the title of a heading that starts
 * a page right after a forced page break twice over: 「ミッション」 became
 * 「ミッションミッション」, and with a <wbr> inside, 「ミッミッションション」 (the
 * heading inserted into itself). Such an entry is still that heading.
 */
export function sameHeading(outlineTitle: string, heading: string): boolean {
  const entry = headingKey(outlineTitle);
  const title = headingKey(heading);
  if (entry === title) return true;
  return title !== '' && entry.length === 2 * title.length && entry.replace(title, '') === title;
}

/**
 * For each table-of-contents title, in order, the page of the first outline
 * entry with that title after the previous match: 「背景」 under principle 3 is
 * not mistaken for 「背景」 under principle 1.
 */
export function tocPages(titles: readonly string[], entries: readonly OutlineEntry[]): Array<number | undefined> {
  let from = 0;
  return titles.map((title) => {
    const at = entries.findIndex((entry, index) => index >= from && sameHeading(entry.title, title));
    if (at < 0) return undefined;
    from = at + 1;
    return entries[at]!.page;
  });
}
