import pptxgenjs from 'pptxgenjs';
import type { PdfInfo } from '../pdf/finishPdf.js';
import type { SlidePictures } from './slideImages.js';

/** What a deck's PPTX says about itself: the PDF's metadata, and each slide's presenter notes. */
export type PptxInfo = Pick<PdfInfo, 'title' | 'author' | 'subject' | 'keywords'> & { notes: string[] };

/** PowerPoint's unit is the inch; a CSS pixel is 1/96 inch, so a 1280 × 720 slide is 13.33 × 7.5 in (PowerPoint's own 16:9). */
const CSS_PX_PER_INCH = 96;

// pptxgenjs's types are CommonJS (its class under `default`); Node and the bundle load its ES module, whose default is the class.
const PptxGenJS = ('default' in pptxgenjs ? pptxgenjs.default : pptxgenjs) as typeof pptxgenjs.default;

/**
 * A deck's slide pictures → PPTX bytes, as marp-cli's `--pptx` makes it: one slide per picture,
 * the picture as the slide's background, the slide the deck's size, presenter notes in the notes
 * pane. The slides are pictures, not editable text: what PowerPoint and Google Slides show is the PDF.
 */
export async function pptxFile(pictures: SlidePictures, info: PptxInfo): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({
    name: 'recapdeck',
    width: pictures.width / CSS_PX_PER_INCH,
    height: pictures.height / CSS_PX_PER_INCH,
  });
  pptx.layout = 'recapdeck';
  pptx.title = info.title;
  pptx.author = info.author.join(', ');
  pptx.subject = info.subject;
  pptx.company = 'recapdeck';
  pictures.images.forEach((image, index) => {
    const slide = pptx.addSlide();
    slide.background = { data: `image/png;base64,${Buffer.from(image).toString('base64')}` };
    const notes = info.notes[index]?.trim();
    if (notes) slide.addNotes(notes);
  });
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}
