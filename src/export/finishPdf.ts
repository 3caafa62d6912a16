import { PDFDocument } from 'pdf-lib';
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

/** Chromium's PDF + metadata (title, author, subject, keywords), bookmarks and, on request, presenter notes. */
export async function finishPdf(pdf: Uint8Array, info: PdfInfo): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(info.title);
  if (info.author.length > 0) doc.setAuthor(info.author.join(', '));
  doc.setSubject(info.subject);
  doc.setKeywords(info.keywords);
  doc.setCreator('recapdeck');
  addOutline(doc, info.outline);
  if (info.notes) addNoteAnnotations(doc, info.notes);
  // Object streams keep the file small; the time goes into parsing Chromium's output, not this.
  return doc.save({ useObjectStreams: true });
}
