import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { addNoteAnnotations } from './pdfNotes.js';
import { resolvePdfLinks } from './pdfLinks.js';
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

/** Chromium's PDF bytes → a document whose pages decks take their pages from. */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  // pdf-lib yields to the event loop every 100 objects by default; one pass without pauses is faster.
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/** A deck's pages, put together (see DeckPdf) → its PDF, with metadata (title, author, subject, keywords), bookmarks and, on request, presenter notes. */
export async function finishPdf(doc: PDFDocument, info: PdfInfo): Promise<Uint8Array> {
  doc.setTitle(info.title);
  if (info.author.length > 0) doc.setAuthor(info.author.join(', '));
  doc.setSubject(info.subject);
  doc.setKeywords(info.keywords);
  doc.setCreator('recapdeck');
  addOutline(doc, info.outline);
  resolvePdfLinks(doc);
  if (info.notes) addNoteAnnotations(doc, info.notes);
  // Object streams keep the file small.
  return doc.save({ useObjectStreams: true, objectsPerTick: Infinity });
}
