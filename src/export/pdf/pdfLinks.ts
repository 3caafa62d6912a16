import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { LINK_BASE } from './printedLinks.js';

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
