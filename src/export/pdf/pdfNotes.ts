import { PDFDict, PDFHexString, PDFName, type PDFDocument, type PDFPage } from 'pdf-lib';

/** Size of the note icon in the top left corner of a slide, in PDF points. */
const ICON = 18;

/**
 * Presenter notes as PDF text annotations (like marp-cli's `--pdf-notes`): a note icon on each
 * slide that has notes, opened by a click in any PDF viewer. Pages are not added or changed,
 * so the page count stays the slide count.
 */
export function addNoteAnnotations(doc: PDFDocument, notes: string[]): void {
  doc.getPages().forEach((page, index) => {
    const text = notes[index]?.trim();
    if (!text) return;
    const { height } = page.getSize();
    const annotation = doc.context.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [0, height - ICON, ICON, height],
      Contents: PDFHexString.fromText(text),
      Name: 'Comment',
      // Print (4) and no-zoom (8) / no-rotate (16): the icon keeps its size.
      F: 28,
      Open: false,
    });
    page.node.addAnnot(doc.context.register(annotation));
  });
}

/** Removes the notes addNoteAnnotations wrote on a page (links and other annotations stay). */
export function removeNoteAnnotations(page: PDFPage): void {
  const annotations = page.node.Annots();
  if (!annotations) return;
  const kept = annotations
    .asArray()
    .filter((ref) => page.doc.context.lookup(ref, PDFDict).get(PDFName.of('Subtype')) !== PDFName.of('Text'));
  page.node.set(PDFName.of('Annots'), page.doc.context.obj(kept));
}
