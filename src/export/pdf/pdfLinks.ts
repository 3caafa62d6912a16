import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

/**
 * Links between decks in the PDFs. Chromium prints a relative link against the page's own address
 * (about:blank), which makes it useless, and an `#N` link only within one printed document (a deck
 * printed in parts, or with pages kept from an earlier PDF, has several). So the printed page
 * carries them as absolute addresses under this base, and the finished PDF turns them back: a
 * relative URI (the folder can be zipped and shared) or a jump to page N.
 */
const LINK_BASE = 'https://recapdeck.invalid/link';

/** Links recapdeck writes between decks and to slides, in a slide's HTML: `#N`, `sessions/….html`, `../recap.html`. */
const DECK_LINK = /href="(#\d+|(?:\.\.\/recap|sessions\/[^"\s/]+)\.html)"/g;

/** A slide's HTML as printed: deck links point at the PDFs, through LINK_BASE. */
export function printedLinks(slideHtml: string): string {
  return slideHtml.replace(DECK_LINK, (_, target: string) => {
    const query = target.startsWith('#')
      ? `page=${target.slice(1)}`
      : `to=${encodeURIComponent(target.replace(/\.html$/, '.pdf'))}`;
    return `href="${LINK_BASE}?${query}"`;
  });
}

/** Link annotations under LINK_BASE → relative URIs and page jumps (named `page-N`, so kept pages stay right). */
export function resolvePdfLinks(doc: PDFDocument): void {
  const pages = doc.getPages();
  const jumps = new Set<number>();
  for (const page of pages) {
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let index = 0; index < (annotations?.size() ?? 0); index++) {
      const link = annotations!.lookupMaybe(index, PDFDict);
      if (!link || link.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const kept = /^\/page-(\d+)$/.exec(String(link.get(PDFName.of('Dest')) ?? ''));
      if (kept) jumps.add(Number(kept[1]));
      const action = link.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)?.decodeText();
      if (!action || !uri?.startsWith(`${LINK_BASE}?`)) continue;
      const query = new URLSearchParams(uri.slice(LINK_BASE.length + 1));
      const to = query.get('to');
      const jump = Number(query.get('page'));
      if (to !== null) {
        action.set(PDFName.of('URI'), PDFString.of(to));
      } else if (Number.isInteger(jump) && jump >= 1 && jump <= pages.length) {
        link.delete(PDFName.of('A'));
        link.set(PDFName.of('Dest'), PDFName.of(`page-${jump}`));
        jumps.add(jump);
      }
    }
  }
  if (jumps.size === 0) return;
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict) ?? doc.context.obj({});
  for (const jump of jumps) {
    if (jump <= pages.length)
      dests.set(
        PDFName.of(`page-${jump}`),
        doc.context.obj([pages[jump - 1]!.ref, PDFName.of('XYZ'), null, null, null]),
      );
  }
  doc.catalog.set(PDFName.of('Dests'), dests);
}
