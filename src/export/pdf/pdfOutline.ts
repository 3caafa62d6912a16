import { type PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDict, type PDFRef } from 'pdf-lib';

/** A bookmark: a title, the 0-based page it opens, and bookmarks nested under it. */
export interface OutlineEntry {
  title: string;
  page: number;
  children: OutlineEntry[];
}

/** Writes `entries` as the PDF's outline (the viewer's bookmarks panel), shown when the file opens. */
export function addOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const pages = doc.getPages().map((page) => page.ref);
  const root = doc.context.nextRef();
  const top = writeItems(doc, entries, root, pages);
  doc.context.assign(root, doc.context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: top.count }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Links sibling items to each other and to their parent; returns the first, last and open count. */
function writeItems(
  doc: PDFDocument,
  entries: OutlineEntry[],
  parent: PDFRef,
  pages: PDFRef[],
): { first: PDFRef; last: PDFRef; count: number } {
  const refs = entries.map(() => doc.context.nextRef());
  let count = entries.length;
  entries.forEach((entry, index) => {
    const page = pages[Math.min(entry.page, pages.length - 1)]!;
    const item: PDFDict = doc.context.obj({ Title: PDFHexString.fromText(entry.title), Parent: parent });
    item.set(PDFName.of('Dest'), doc.context.obj([page, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]));
    if (index > 0) item.set(PDFName.of('Prev'), refs[index - 1]!);
    if (index < refs.length - 1) item.set(PDFName.of('Next'), refs[index + 1]!);
    if (entry.children.length > 0) {
      const children = writeItems(doc, entry.children, refs[index]!, pages);
      item.set(PDFName.of('First'), children.first);
      item.set(PDFName.of('Last'), children.last);
      item.set(PDFName.of('Count'), PDFNumber.of(children.count));
      count += children.count;
    }
    doc.context.assign(refs[index]!, item);
  });
  return { first: refs[0]!, last: refs[refs.length - 1]!, count };
}
