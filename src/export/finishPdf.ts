import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { addNoteAnnotations } from './pdfNotes.js';
import { addOutline, type OutlineEntry } from './pdfOutline.js';

/** What a deck's PDF says about itself, beyond its pages. */
export interface PdfInfo {
  title: string;
  author: string[];
  subject: string;
  keywords: string[];
  /** Bookmarks (the recap's sessions); none for a deck without them. */
  outline: OutlineEntry[];
  /** Presenter notes per slide, written as annotations; null leaves them out. */
  notes: string[] | null;
}

/**
 * Chromium's PDF (or the PDFs of a long deck's parts, joined in order) + metadata (title, author,
 * subject, keywords), bookmarks and, on request, presenter notes.
 */
export async function finishPdf(parts: Uint8Array[], info: PdfInfo): Promise<Uint8Array> {
  // pdf-lib yields to the event loop every 100 objects by default; one pass without pauses is faster.
  const load = (pdf: Uint8Array) => PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const doc = await load(parts[0]!);
  for (const part of parts.slice(1)) {
    const more = await load(part);
    for (const page of await doc.copyPages(more, more.getPageIndices())) doc.addPage(page);
  }
  doc.setTitle(info.title);
  if (info.author.length > 0) doc.setAuthor(info.author.join(', '));
  doc.setSubject(info.subject);
  doc.setKeywords(info.keywords);
  doc.setCreator('recapdeck');
  addOutline(doc, info.outline);
  if (info.notes) addNoteAnnotations(doc, info.notes);
  // Object streams keep the file small.
  return doc.save({ useObjectStreams: true, objectsPerTick: Infinity });
}
