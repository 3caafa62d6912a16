import { join } from 'node:path';
import { contentHash } from '../contentHash.js';
import { RecapError } from '../errors.js';
import { deckPdfInfo } from '../export/pdf/deckPdfInfo.js';
import type { PdfExportSettings, PdfJob } from '../export/pdf/exportPdfs.js';
import type { PdfInfo } from '../export/pdf/finishPdf.js';
import type { PptxExportSettings, PptxJob } from '../export/pptx/exportPptx.js';
import type { PptxInfo } from '../export/pptx/pptxFile.js';
import type { LocalImage } from '../export/localImages.js';
import type { Format } from '../export/manifest.js';
import type { StagedOutput } from '../export/outputFiles.js';
import type { MarpSlides } from '../export/slides/printablePage.js';
import { themeChain, themeHandOff } from '../export/slides/themeHandOff.js';
import { deckHtml } from '../export/html/bespokeHtml.js';
import { withContentSecurityPolicy } from '../export/html/contentSecurityPolicy.js';
import { embeddedFonts, withFonts } from '../export/html/embeddedFonts.js';
import type { Settings } from '../settings.js';
import type { DeckThemes } from './makeDecks.js';
import type { Exporters } from './exporters.js';
import type { DeckFiles, IncrementalCache } from './incrementalCache.js';
import type { ExportedDeck } from './renderDecks.js';
import { slidesAhead } from './slidesAhead.js';

/**
 * A build's HTML file for a deck: the bespoke template with the fonts embedded (one subset of each
 * font for every deck of the build: a few harfbuzz runs, not a few per deck) and a
 * Content-Security-Policy that shows images from the deck's images/ folder only.
 */
export function buildHtml(
  { theme, themes }: DeckThemes,
  decks: ExportedDeck[],
  settings: Pick<Settings, 'allowRemote'>,
  dir: string,
): (rendered: MarpSlides) => Promise<string> {
  let fonts: Promise<string> | null = null;
  const fontCss = () =>
    (fonts ??= embeddedFonts(
      themeChain(theme, themes)
        .map((each) => each.css)
        .join('\n'),
      decks.map((deck) => deck.markdown).join('\n'),
    ));
  return async (rendered) =>
    withContentSecurityPolicy(withFonts(await deckHtml(rendered), await fontCss()), {
      allowRemote: settings.allowRemote,
      imagesDir: join(dir, 'images'),
    });
}

/** One deck's output files: which formats must be made (the cache decided), from what, and its PDF's metadata. */
export interface DeckExport extends DeckFiles {
  deck: ExportedDeck;
  pdfInfo: PdfInfo;
  pptxInfo: PptxInfo;
}

/** Where a run's files go and what it exports with: the same for a build and for `serve`. */
export interface ExportStage {
  staged: StagedOutput;
  cache: IncrementalCache;
  session: Exporters;
  signal?: AbortSignal | undefined;
  /** A deck's HTML file as this output wants it (a build embeds fonts and sets a policy; serve's server sets its own). */
  html: (rendered: MarpSlides) => Promise<string>;
  /** Called once every format asked of the deck is made. */
  deckDone?: (plan: DeckExport) => void;
  /** Files made by this run, relative to the output folder. */
  written: Set<string>;
}

/** What the cache says each deck needs, in `formats`; the PDF's metadata is handed in from the deck (not read back from its slides). */
export function planDeckFiles(
  decks: ExportedDeck[],
  formats: Format[],
  cache: IncrementalCache,
  settings: Pick<Settings, 'pdfNotes' | 'allowRemote'>,
): Promise<DeckExport[]> {
  return Promise.all(
    decks.map(async (deck) => {
      const pdfInfo = deckPdfInfo(deck.deck, { notes: settings.pdfNotes });
      // A PPTX always carries the presenter notes: PowerPoint shows them in its notes pane.
      const { title, author, subject, keywords } = pdfInfo;
      const pptxInfo: PptxInfo = {
        title,
        author,
        subject,
        keywords,
        notes: deck.deck.slides.map((slide) => slide.notes.join('\n\n')),
      };
      const source = {
        file: deck.file,
        markdown: deck.markdown,
        hash: deck.hash,
        pdfInfo: JSON.stringify(pdfInfo),
        pptxInfo: JSON.stringify(pptxInfo),
        allowRemote: settings.allowRemote,
      };
      return { deck, pdfInfo, pptxInfo, ...(await cache.plan(source, formats)) };
    }),
  );
}

/** Notes a deck's file as made: in the cache (with a PDF's page keys), and the deck as done once all its formats are. */
export async function made(stage: ExportStage, plan: DeckExport, format: Format, pages?: string[]): Promise<void> {
  stage.signal?.throwIfAborted();
  const file = `${plan.deck.file}.${format}`;
  await stage.cache.record(file, plan.hashes[format], stage.staged.path(file), pages);
  stage.written.add(file);
  plan.make.delete(format);
  if (plan.make.size === 0) stage.deckDone?.(plan);
}

/** The Markdown files asked for. */
export async function writeMarkdown(stage: ExportStage, plans: DeckExport[]): Promise<void> {
  const todo = plans.filter((plan) => plan.make.has('md'));
  for (const plan of todo) await stage.staged.write(`${plan.deck.file}.md`, plan.deck.markdown);
  for (const plan of todo) await made(stage, plan, 'md');
}

/** The local images, in images/ (md and html point there; a PDF has its images inline). Returns their files. */
export async function writeImages(stage: ExportStage, images: Map<string, LocalImage>): Promise<string[]> {
  for (const image of images.values()) await stage.staged.write(`images/${image.name}`, image.bytes);
  return [...images.values()].map((image) => `images/${image.name}`);
}

/** The themes beside the Markdown, so it opens in Marp for VS Code and marp-cli (`--theme-set themes/`) as made. Returns their files and hashes. */
export async function writeThemeHandOff(
  stage: ExportStage,
  { theme, themes }: DeckThemes,
): Promise<Map<string, string>> {
  const handOff = themeHandOff(theme, themes);
  const hashes = new Map([...handOff].map(([file, content]) => [file, contentHash('hand-off', content)]));
  for (const [file, content] of handOff)
    if (!(await stage.cache.reuse(file, hashes.get(file)!))) await stage.staged.write(file, content);
  return hashes;
}

/** What the HTML, PDF and PPTX export made: pages printed and kept, each deck's first-slide picture, the decks whose PDF or PPTX failed, and why. */
export interface PrintResult {
  pages: { printed: number; kept: number };
  thumbnails: Map<string, string>;
  failed: Set<string>;
  failedPptx: Set<string>;
  error: unknown;
}

/**
 * Starts the HTML, PDF and PPTX files asked for; `finish` makes them. Each deck is rendered once, on the
 * Marp worker thread: the slides printed to PDF also make the HTML, written while the next decks
 * print. The decks printed first are rendered from the start, while the caller writes the Markdown
 * and before the printing code loads. HTML the PDFs did not make (not asked for, kept, or failed)
 * is rendered for itself once the printing is over; PPTX pictures are taken then too. A failed PDF
 * or PPTX (an export error) is reported in `error`, so that md and html are still delivered.
 */
export function startHtmlAndPdf(
  stage: ExportStage,
  plans: DeckExport[],
  options: ExportOptions,
): { finish(): Promise<PrintResult> } {
  const { staged, cache, session } = stage;
  const slides = async (markdown: string) =>
    takeOnce(options.measured, markdown) ?? (await session.marp()).slides(markdown);
  const htmlTodo = plans.filter((plan) => plan.make.has('html'));
  const htmlStarted = new Set<DeckExport>();
  const writeHtml = async (plan: DeckExport, rendered: MarpSlides) => {
    if (htmlStarted.has(plan)) return;
    stage.signal?.throwIfAborted();
    htmlStarted.add(plan);
    await staged.write(`${plan.deck.file}.html`, await stage.html(rendered));
    await made(stage, plan, 'html');
  };
  const pdfTodo = plans.filter((plan) => plan.make.has('pdf'));
  const result: PrintResult = {
    pages: { printed: 0, kept: 0 },
    thumbnails: new Map(),
    failed: new Set(),
    failedPptx: new Set(),
    error: null,
  };
  const pptxTodo = plans.filter((plan) => plan.make.has('pptx'));
  const jobs = pdfTodo.map(
    (plan): PdfJob => ({
      markdown: plan.deck.pdfMarkdown,
      slides: plan.deck.deck.slides.length,
      info: plan.pdfInfo,
      // Read when its deck is printed: a rebuild of a thousand decks does not hold every earlier PDF at once.
      earlier: cache.keptPages(`${plan.deck.file}.pdf`),
      // A deck with local images is printed with them inline, and its HTML links them: two renders.
      onRendered:
        plan.make.has('html') && plan.deck.pdfMarkdown === plan.deck.markdown
          ? (rendered) => writeHtml(plan, rendered)
          : undefined,
      // The recap's title slide leads the gallery, larger than the talks' cards.
      thumbnailWidth: plan.deck.deck.kind === 'recap' ? 640 : 320,
      onThumbnail:
        options.thumbnails === false
          ? undefined
          : async (image) => {
              const file = thumbnailFile(plan.deck.file);
              await staged.write(file, image);
              await cache.record(file, '', staged.path(file));
              result.thumbnails.set(plan.deck.file, file);
            },
      write: async (pdf, pages) => {
        await staged.write(`${plan.deck.file}.pdf`, pdf);
        await made(stage, plan, 'pdf', pages.keys);
        result.pages.printed += pages.keys.length - pages.kept;
        result.pages.kept += pages.kept;
      },
    }),
  );
  const printSettings = {
    allowRemote: options.settings.allowRemote,
    timeout: options.settings.timeout,
    marpSlides: slidesAhead(jobs, slides),
  };
  const finish = async (): Promise<PrintResult> => {
    const since = performance.now();
    let pdfsDone = 0;
    const pdf = printPdfs(
      jobs,
      session,
      () => options.progress?.('pdf', ++pdfsDone, jobs.length),
      printSettings,
    ).finally(() => options.lap?.('pdf', since));
    const html = (async () => {
      await pdf.catch(() => undefined);
      for (const plan of htmlTodo) if (!htmlStarted.has(plan)) await writeHtml(plan, await slides(plan.deck.markdown));
      options.lap?.('html', since);
      options.progress?.('html', htmlTodo.length, htmlTodo.length);
    })();
    // A PPTX pictures the slides in the same browser, once the printing is over.
    let pptxsDone = 0;
    const pptxJobs = pptxTodo.map(
      (plan): PptxJob => ({
        markdown: plan.deck.pdfMarkdown,
        slides: plan.deck.deck.slides.length,
        info: plan.pptxInfo,
        write: async (bytes) => {
          await staged.write(`${plan.deck.file}.pptx`, bytes);
          await made(stage, plan, 'pptx');
        },
      }),
    );
    const pptx = pdf
      .catch(() => undefined)
      .then(() =>
        makePptxs(pptxJobs, session, () => options.progress?.('pptx', ++pptxsDone, pptxJobs.length), {
          ...printSettings,
          marpSlides: slides,
        }),
      );
    const [htmlResult, pdfResult, pptxResult] = await Promise.allSettled([html, pdf, pptx]);
    stage.signal?.throwIfAborted();
    if (htmlResult.status === 'rejected') throw htmlResult.reason;
    // md and html are still delivered; a PDF or PPTX failure is reported once they are in place.
    for (const settled of [pdfResult, pptxResult]) {
      if (settled.status !== 'rejected') continue;
      if (!(settled.reason instanceof RecapError)) throw settled.reason;
      result.error ??= settled.reason;
    }
    for (const plan of pdfTodo) if (plan.make.has('pdf')) result.failed.add(plan.deck.file);
    for (const plan of pptxTodo) if (plan.make.has('pptx')) result.failedPptx.add(plan.deck.file);
    return result;
  };
  return { finish };
}

export interface ExportOptions {
  settings: Pick<Settings, 'allowRemote' | 'timeout'>;
  /** Renders made by the measured fit, by Markdown: each is handed out once, for the deck's PDF or HTML. */
  measured?: Map<string, Promise<MarpSlides>>;
  progress?: (format: 'html' | 'pdf' | 'pptx', done: number, total: number) => void;
  lap?: (format: 'html' | 'pdf', since: number) => void;
  /** Pictures of each deck's first slide for index.html, taken while the PDFs print (true by default). */
  thumbnails?: boolean;
}

/** A deck whose first page was kept from the last build keeps that build's picture. */
export async function keepThumbnails(
  stage: ExportStage,
  plans: DeckExport[],
  print: PrintResult,
  dir: string,
): Promise<void> {
  for (const { deck } of plans) {
    const file = thumbnailFile(deck.file);
    if (!print.thumbnails.has(deck.file) && !print.failed.has(deck.file) && (await stage.cache.owns(file))) {
      await stage.cache.record(file, '', join(dir, file));
      print.thumbnails.set(deck.file, file);
    }
  }
}

/** Where a deck's first-slide picture goes: thumbnails/recap.webp, thumbnails/sessions-03-….webp. */
function thumbnailFile(deckFile: string): string {
  return `thumbnails/${deckFile.replace(/\//g, '-')}.webp`;
}

/** The entry of `map` at `key`, removed: a render is handed out once, then freed. */
function takeOnce<V>(map: Map<string, V> | undefined, key: string): V | undefined {
  const value = map?.get(key);
  map?.delete(key);
  return value;
}

/** exportPptxs, loaded only when there is a PPTX to make (pptxgenjs and its zip writer). */
async function makePptxs(
  jobs: PptxJob[],
  session: Exporters,
  onDone: () => void,
  settings: PptxExportSettings,
): Promise<void> {
  if (jobs.length === 0) return;
  const { exportPptxs } = await import('../export/pptx/exportPptx.js');
  await exportPptxs(jobs, session.browsers, onDone, settings);
}

/** exportPdfsWithRetry, loaded only when there is a PDF to make (pdf-lib and the printing code are a tenth of a second to load). */
async function printPdfs(
  jobs: PdfJob[],
  session: Exporters,
  onDone: () => void,
  settings: PdfExportSettings,
): Promise<void> {
  if (jobs.length === 0) return;
  const { exportPdfsWithRetry } = await import('../export/pdf/exportPdfsWithRetry.js');
  await exportPdfsWithRetry(jobs, session.browsers, onDone, settings);
}
