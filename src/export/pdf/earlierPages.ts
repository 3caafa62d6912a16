import type { PDFDocument } from 'pdf-lib';
import { contentHash } from '../../contentHash.js';
import { loadPdf } from './finishPdf.js';

/**
 * What each page of a deck's PDF is printed from: its slide's HTML and the deck's CSS (images are
 * inline, so they are part of it). Two pages with the same key print the same.
 */
export function pageKeys(css: string, slides: string[]): string[] {
  const cssHash = contentHash(css);
  return slides.map((slide) => contentHash(cssHash, slide));
}

/** A deck's PDF of an earlier build, offered by the incremental cache: what each of its pages shows, and its bytes while it is still as written (else null). */
export interface KeptPages {
  pages: string[];
  read(): Promise<Uint8Array | null>;
}

/** Where a deck's slides come from: `index[n]` is the page of `pdf` that slide n can keep, or null when it must be printed. */
export interface EarlierPages {
  pdf: PDFDocument | null;
  index: (number | null)[];
}

/**
 * A rebuild keeps the pages of the deck's earlier PDF whose slides are unchanged: after one talk's
 * notes change, the recap prints a few slides instead of all of them. An earlier PDF that cannot
 * be read, or no longer matches its pages, is not used.
 */
export async function earlierPages(earlier: KeptPages | null | undefined, keys: string[]): Promise<EarlierPages> {
  const none: EarlierPages = { pdf: null, index: keys.map(() => null) };
  if (!earlier) return none;
  const known = new Map<string, number>();
  earlier.pages.forEach((key, page) => known.has(key) || known.set(key, page));
  const index = keys.map((key) => known.get(key) ?? null);
  // Read only when a page can be kept: after a theme change, no earlier PDF is read at all.
  if (index.every((page) => page === null)) return none;
  const bytes = await earlier.read();
  const pdf = bytes ? await loadPdf(bytes).catch(() => null) : null;
  return pdf && pdf.getPageCount() === earlier.pages.length ? { pdf, index } : none;
}
