import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { addNoteAnnotations, removeNoteAnnotations } from './pdfNotes.js';
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

/** Consecutive pages of a printed PDF: a deck, or the part of a deck, printed with others. */
export interface PageRange {
  pdf: PDFDocument;
  first: number;
  count: number;
  /** Pages of this deck's PDF from an earlier build: their presenter notes are made again. */
  earlier?: boolean;
}

/** Chromium's PDF bytes → a document whose pages decks take their pages from. */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  // pdf-lib yields to the event loop every 100 objects by default; one pass without pauses is faster.
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/**
 * A deck's pages (printed alone, in parts, or with other decks) → its PDF, with metadata (title,
 * author, subject, keywords), bookmarks and, on request, presenter notes.
 */
export async function finishPdf(ranges: PageRange[], info: PdfInfo): Promise<Uint8Array> {
  const doc = await collectPages(ranges);
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

/** A deck printed alone keeps its document; otherwise its pages are copied into a new one. */
async function collectPages(ranges: PageRange[]): Promise<PDFDocument> {
  const only = ranges.length === 1 ? ranges[0]! : null;
  if (only && !only.earlier && only.first === 0 && only.count === only.pdf.getPageCount()) return only.pdf;
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (const { pdf, first, count, earlier } of ranges) {
    // One copy per range: pages printed together share their fonts in the new document too.
    const indices = Array.from({ length: count }, (_, index) => first + index);
    for (const page of await doc.copyPages(pdf, indices)) {
      if (earlier) removeNoteAnnotations(page);
      doc.addPage(page);
    }
  }
  return doc;
}
