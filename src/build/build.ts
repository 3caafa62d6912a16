import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { contentHash } from '../contentHash.js';
import { RecapError } from '../errors.js';
import { deckHtml } from '../export/bespokeHtml.js';
import { lazyBrowser } from '../export/browser.js';
import { withContentSecurityPolicy } from '../export/contentSecurityPolicy.js';
import { deckPdfInfo } from '../export/deckPdfInfo.js';
import { CACHE_FILE, ExportCache } from '../export/exportCache.js';
import type { PdfJob } from '../export/exportPdfs.js';
import type * as PdfExport from '../export/exportPdfsWithRetry.js';
import { indexPage } from '../export/indexPage.js';
import { readLocalImages } from '../export/localImages.js';
import type { Format, Manifest, ManifestDeck } from '../export/manifest.js';
import { checkOutputFolder } from '../export/outputFolder.js';
import { StagedOutput } from '../export/outputFiles.js';
import { themeChain, themeHandOff } from '../export/themeHandOff.js';
import { embeddedFonts, withFonts } from '../export/embeddedFonts.js';
import type { RenderedSlides } from '../export/printablePage.js';
import type { Conference } from '../model/types.js';
import type { FitBudgets } from '../plan/fitBudgets.js';
import { slugify } from '../plan/slugify.js';
import type { RecapKind } from '../plan/planDecks.js';
import type { Deck, DeckKind, RecapPlan } from '../plan/types.js';
import { settingsFrom, type Settings } from '../settings.js';
import { loadThemes, resolveTheme, type Theme } from '../themes.js';
import { exporters, type Exporters, type ExporterSource } from './exporters.js';
import { galleryOf } from './gallery.js';
import { loadConference } from './loadNotes.js';
import { findMarpDeck, marpDeck, withDefaultTheme } from './marpDeckInput.js';
import { fitInBrowser, measureInBrowser } from './measureInBrowser.js';
import { renderDecks, withLocalImages, type ExportedDeck, type RenderedDeck } from './renderDecks.js';
import { renderEarly } from './renderEarly.js';

export type { Format } from '../export/manifest.js';
export { deckFile } from './deckFile.js';

/** What `build()` is given: the notes, and any settings that differ from the defaults (see Settings). */
export interface BuildOptions extends Partial<Omit<Settings, 'port' | 'host'>> {
  /** Notes files; `-` stands for the notes given as `stdin`. */
  files: string[];
  /** The notes of the file `-` (the CLI reads them from stdin). */
  stdin?: string | Uint8Array;
  onProgress?: (event: ProgressEvent) => void;
  /**
   * Where Chromium and the renderer come from; `build --watch` keeps them between builds (KeptExporters).
   * @internal Left out of the package's types (tsconfig stripInternal), which then need no puppeteer.
   */
  exporters?: ExporterSource;
  /**
   * Stops the build (the CLI aborts it on Ctrl-C, SIGTERM, SIGHUP): Chromium and the renderer are
   * closed at once, and the build throws before it moves anything into the output folder, which
   * stays as the last finished build left it, with no staging folder or browser profile behind.
   */
  signal?: AbortSignal;
}

/**
 * How far the build is. `deck` events count decks whose files are all made (`file` names it);
 * `md`, `html` and `pdf` events count each format's files; `done` comes last.
 */
export interface ProgressEvent {
  phase: 'model' | 'md' | 'html' | 'pdf' | 'deck' | 'done';
  done: number;
  total: number;
  file?: string;
}

export interface BuildResult {
  /** The conference folder, e.g. output/kubecon-eu-2021. */
  dir: string;
  manifest: Manifest;
  conference: Conference;
  /** Decks with a file made by this build, and decks whose files were all kept from an earlier one. */
  decks: { total: number; made: number; unchanged: number };
  /** Output files made by this build, and those kept from an earlier one (unchanged input), relative to `dir`. */
  files: { written: string[]; kept: string[] };
  /** Pages of the PDFs made: printed by Chromium, or kept from the deck's earlier PDF (their slide is unchanged). */
  pages: { printed: number; kept: number };
  /** Seconds per phase; html and pdf run at the same time, so they add up to more than the total. */
  timings: Record<'model' | 'md' | 'html' | 'pdf' | 'total', number>;
  /** The brief recap's plan: slides per talk against the budget; null without a brief recap. */
  recapPlan: RecapPlan | null;
}

/**
 * Notes → decks in every format asked for, written into `<out>/<conference-slug>/`. A file whose
 * input (deck Markdown, themes, options) is unchanged since the last build is kept as it is.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const settings = settingsFrom(options);
  const formats = settings.formats;
  const progress = options.onProgress ?? (() => undefined);
  const timings = { model: 0, md: 0, html: 0, pdf: 0, total: 0 };
  const lap = (phase: keyof typeof timings, since: number) => (timings[phase] = (performance.now() - since) / 1000);
  const themesReady = loadThemes(settings.themesDirs).then((loaded) => resolveTheme(settings.theme, loaded));
  themesReady.catch(() => undefined);
  const { signal } = options;
  signal?.throwIfAborted();
  const ownExporters: ExporterSource = (themes, browserPath) => exporters(themes, browserPath, lazyBrowser({ browserPath }, { signal }));
  const exporting = (options.exporters ?? ownExporters)(themesReady.then(({ themes }) => themes), settings.browserPath);
  const browsers = exporting.browsers;
  // Stopped: what is rendering or printing fails now rather than when it is done.
  const stop = () => void exporting.close();
  signal?.addEventListener('abort', stop, { once: true });
  // Chromium and the renderer start now, to load while the notes are read, unless the notes
  // look unchanged since the last build (which then likely makes nothing): they start once needed.
  if (!(await notesUnchanged(options.files, settings.out))) exporting.startAhead(formats);
  let output: StagedOutput | null = null;
  try {
    const { conference, plan, theme, themes } = await readDecks(options, settings, themesReady, exporting);
    const plain = plan();
    const local = await readLocalImages(plain.map(({ markdown }) => markdown), { notesDirs: options.files.map((file) => dirname(resolve(file))), allowLocalFiles: settings.allowLocalFiles });
    conference.warnings.push(...local.warnings);
    const replan = (fit: FitBudgets) => plan(fit).map((deck) => withLocalImages(deck, local.images));
    const estimated = plain.map((deck) => withLocalImages(deck, local.images));
    lap('model', started);
    progress({ phase: 'model', done: estimated.length, total: estimated.length });
    signal?.throwIfAborted();

    const dir = resolve(settings.out, folderName(options.files, conference)!);
    const cache = await ExportCache.load(dir);
    conference.warnings.push(...(await checkOutputFolder(dir, options.files, cache.hasEarlierBuild)));
    output = await StagedOutput.open(dir);
    const staged = output;
    const exportOptions = { pdfNotes: settings.pdfNotes, allowRemote: settings.allowRemote };
    // Slides measured in the browser are rendered once: the PDF and HTML take the render that was measured.
    const measuredRenders = new Map<string, Promise<RenderedSlides>>();
    const fitted = formats.includes('pdf') || settings.checkFit
      ? await fitInBrowser(estimated, replan, measureInBrowser(exporting, measuredRenders, { ...exportOptions, timeout: settings.timeout }), {
        worthMeasuring: async (deck) => (await planExport(deck, formats, cache, exportOptions)).make.size > 0,
        printsPdf: formats.includes('pdf'),
      })
      : { decks: estimated, warnings: [] };
    conference.warnings.push(...fitted.warnings);
    const plans = await Promise.all(fitted.decks.map((deck) => planExport(deck, formats, cache, exportOptions)));
    const todo = plans.filter((plan) => plan.make.size > 0);
    const written = new Set<string>();
    const made = async (plan: DeckExport, format: Format, pages?: string[]) => {
      signal?.throwIfAborted();
      const file = `${plan.deck.file}.${format}`;
      await cache.record(file, plan.hashes[format], staged.path(file), pages);
      written.add(file);
      plan.make.delete(format);
      if (plan.make.size === 0) progress({ phase: 'deck', done: ++decksDone, total: todo.length, file: plan.deck.file });
    };
    let decksDone = 0;

    // Each deck is rendered once, on a worker thread: the render printed to PDF also makes the HTML.
    const render = async (markdown: string) => takeOnce(measuredRenders, markdown) ?? (await exporting.renderer()).render(markdown);
    const htmlTodo = todo.filter((plan) => plan.make.has('html'));
    const htmlStarted = new Set<DeckExport>();
    // One subset of each font for every deck of the build: a few harfbuzz runs, not a few per deck.
    let fonts: Promise<string> | null = null;
    const fontCss = () => (fonts ??= embeddedFonts(themeChain(theme, themes).map((each) => each.css).join('\n'), plans.map(({ deck }) => deck.markdown).join('\n')));
    const writeHtml = async (plan: DeckExport, rendered: RenderedSlides) => {
      if (htmlStarted.has(plan)) return;
      signal?.throwIfAborted();
      htmlStarted.add(plan);
      const html = withContentSecurityPolicy(withFonts(await deckHtml(rendered), await fontCss()), { allowRemote: settings.allowRemote, imagesDir: join(dir, 'images') });
      await staged.write(`${plan.deck.file}.html`, html);
      await made(plan, 'html');
    };
    const pdfTodo = todo.filter((plan) => plan.make.has('pdf'));
    let pdfsDone = 0;
    const pageCounts = { printed: 0, kept: 0 };
    // Pictures of each deck's first slide for index.html, taken while the PDFs print.
    const thumbnails = new Map<string, string>();
    const jobs = pdfTodo.map((plan): PdfJob => ({
      markdown: plan.deck.pdfMarkdown,
      slides: plan.deck.deck.slides.length,
      info: plan.pdfInfo,
      // Read when its deck is printed: a rebuild of a thousand decks does not hold every earlier PDF at once.
      earlier: cache.earlierPdf(`${plan.deck.file}.pdf`),
      // A deck with local images is printed with them inline, and its HTML links them: two renders.
      onRendered: plan.make.has('html') && plan.deck.pdfMarkdown === plan.deck.markdown ? (rendered) => writeHtml(plan, rendered) : undefined,
      // The recap's title slide leads the gallery, larger than the talks' cards.
      thumbnailWidth: plan.deck.deck.kind === 'recap' ? 640 : 320,
      onThumbnail: async (image) => {
        const file = thumbnailFile(plan.deck.file);
        await staged.write(file, image);
        await cache.record(file, '', staged.path(file));
        thumbnails.set(plan.deck.file, file);
      },
      write: async (pdf, pages) => {
        await staged.write(`${plan.deck.file}.pdf`, pdf);
        await made(plan, 'pdf', pages.keys);
        pageCounts.printed += pages.keys.length - pages.kept;
        pageCounts.kept += pages.kept;
      },
    }));
    const printSettings = { allowRemote: settings.allowRemote, timeout: settings.timeout, renderSlides: renderEarly(jobs, render) };

    let since = performance.now();
    for (const plan of todo) if (plan.make.has('md')) await staged.write(`${plan.deck.file}.md`, plan.deck.markdown);
    // md and html point at images/; a PDF has its images inline.
    const copiesImages = formats.some((format) => format !== 'pdf');
    const imageFiles = copiesImages ? [...local.images.values()].map((image) => `images/${image.name}`) : [];
    if (copiesImages) for (const image of local.images.values()) await staged.write(`images/${image.name}`, image.bytes);
    // The Markdown opens in Marp for VS Code and marp-cli (`--theme-set themes/`) with the themes it was made with.
    const handOff = formats.includes('md') ? themeHandOff(theme, themes) : new Map<string, string>();
    const handOffHashes = new Map([...handOff].map(([file, content]) => [file, contentHash('hand-off', content)]));
    for (const [file, content] of handOff) if (!(await cache.reuse(file, handOffHashes.get(file)!))) await staged.write(file, content);
    const mdDone = todo.filter((plan) => plan.make.has('md'));
    for (const plan of mdDone) await made(plan, 'md');
    lap('md', since);
    progress({ phase: 'md', done: mdDone.length, total: mdDone.length });

    since = performance.now();
    const pdf = printPdfs(jobs, themes, browsers, () => progress({ phase: 'pdf', done: ++pdfsDone, total: jobs.length }), printSettings).finally(() => lap('pdf', since));
    // HTML the PDFs did not make (not asked for, kept, or failed): rendered for itself, once the printing is over.
    const html = (async () => {
      await pdf.catch(() => undefined);
      for (const plan of htmlTodo) if (!htmlStarted.has(plan)) await writeHtml(plan, await render(plan.deck.markdown));
      lap('html', since);
      progress({ phase: 'html', done: htmlTodo.length, total: htmlTodo.length });
    })();
    const [htmlResult, pdfResult] = await Promise.allSettled([html, pdf]);
    signal?.throwIfAborted();
    if (htmlResult.status === 'rejected') throw htmlResult.reason;
    // md and html are still delivered; a PDF failure is reported once they are in place.
    if (pdfResult.status === 'rejected' && !(pdfResult.reason instanceof RecapError)) throw pdfResult.reason;
    await exporting.close();

    const failed = new Set(pdfTodo.filter((plan) => plan.make.has('pdf')).map((plan) => plan.deck.file));
    const manifest = buildManifest(conference, plans.map(({ deck }) => ({ deck: deck.deck, file: deck.file, formats: new Set(formats.filter((format) => format !== 'pdf' || !failed.has(deck.file))) })));
    await staged.write('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
    // A deck whose first page was kept from the last build keeps that build's picture.
    if (formats.includes('pdf')) {
      for (const { deck } of plans) {
        const file = thumbnailFile(deck.file);
        if (!thumbnails.has(deck.file) && !failed.has(deck.file) && (await cache.owns(file))) {
          await cache.record(file, '', join(dir, file));
          thumbnails.set(deck.file, file);
        }
      }
    }
    const pictures = new Map(plans.flatMap(({ deck }, index) => (thumbnails.has(deck.file) ? [[index, thumbnails.get(deck.file)!] as const] : [])));
    const gallery = galleryOf(conference, manifest, plans.map(({ deck }) => deck.deck), pictures);
    await staged.write('index.html', withContentSecurityPolicy(indexPage(gallery), { allowRemote: false }));
    const handOffFiles = [...handOff.keys()];
    for (const file of ['manifest.json', 'index.html', ...imageFiles]) await cache.record(file, '', staged.path(file));
    for (const file of handOffFiles) if (staged.has(file)) await cache.record(file, handOffHashes.get(file)!, staged.path(file));
    await staged.write(CACHE_FILE, `${JSON.stringify(cache, null, 2)}\n`);
    const deckFiles = manifest.decks.flatMap((deck) => Object.values(deck.files));
    // Last chance to stop: once files move into place, the build goes to its end.
    signal?.throwIfAborted();
    // The cache goes last: a run stopped before it leaves the old cache, whose sizes and times no longer match.
    // Files of the earlier build that this one did not make again go, while as written (see StagedOutput.commit).
    const notices = await staged.commit(['index.html', ...imageFiles, ...thumbnails.values(), ...handOffFiles, ...deckFiles, 'manifest.json', CACHE_FILE], cache);
    conference.warnings.push(...notices.map((message) => ({ file: relative(process.cwd(), dir) || '.', line: null, message })));
    if (pdfResult.status === 'rejected') throw pdfResult.reason;
    timings.total = (performance.now() - started) / 1000;
    progress({ phase: 'done', done: todo.length, total: todo.length });
    const decks = { total: plans.length, made: todo.length, unchanged: plans.length - todo.length };
    const files = { written: deckFiles.filter((file) => written.has(file)), kept: deckFiles.filter((file) => !written.has(file)) };
    const recapPlan = plans.find(({ deck }) => deck.deck.kind === 'recap')?.deck.deck.recapPlan ?? null;
    return { dir, manifest, conference, decks, files, pages: pageCounts, timings, recapPlan };
  } finally {
    signal?.removeEventListener('abort', stop);
    await exporting.close();
    await output?.discard();
  }
}

/** The decks to export: the notes planned and rendered, or the Marp deck given as input, as it is. */
/** The conference and a planner of its decks (given budgets from a measured fit); a Marp deck as input is the one deck it is, whatever the budgets. */
async function readDecks(options: BuildOptions, settings: Settings, themesReady: Promise<{ theme: Theme; themes: Theme[] }>, exporting: Exporters): Promise<{ conference: Conference; plan: (fit?: FitBudgets) => RenderedDeck[]; theme: Theme; themes: Theme[] }> {
  const input = await findMarpDeck(options.files, options.stdin);
  const { theme, themes } = await themesReady;
  if (input) {
    const markdown = withDefaultTheme(input.markdown, theme);
    const { conference, deck } = marpDeck(input, markdown, await (await exporting.renderer()).render(markdown), themes);
    return { conference, plan: () => [deck], theme, themes };
  }
  const conference = await loadConference(options.files, { displayNames: settings.displayNames, allowLocalFiles: settings.allowLocalFiles, allowRemote: settings.allowRemote, stdin: options.stdin, structure: settings.structure });
  const plan = (fit?: FitBudgets) => renderDecks(conference, { decks: settings.decks, theme, themes, size: settings.size, recap: settings.recap, minutes: settings.minutes, fit });
  return { conference, plan, theme, themes };
}

/** One deck's output files: which formats must be made, and the hash each is made from. */
interface DeckExport {
  deck: ExportedDeck;
  make: Set<Format>;
  hashes: Record<Format, string>;
  pdfInfo: PdfJob['info'];
}

async function planExport(deck: ExportedDeck, formats: Format[], cache: ExportCache, options: { pdfNotes: boolean; allowRemote: boolean }): Promise<DeckExport> {
  const pdfInfo = deckPdfInfo(deck.deck, { notes: options.pdfNotes });
  // --allow-remote changes the HTML's policy and what the printed page may load.
  const remote = options.allowRemote ? 'remote' : 'inline';
  const hashes: Record<Format, string> = {
    md: contentHash('md', deck.markdown),
    html: contentHash('html', deck.hash, remote, 'embedded fonts'),
    pdf: contentHash('pdf', deck.hash, remote, JSON.stringify(pdfInfo)),
  };
  const make = new Set<Format>();
  for (const format of formats) if (!(await cache.reuse(`${deck.file}.${format}`, hashes[format]))) make.add(format);
  return { deck, make, hashes, pdfInfo };
}

/**
 * True when the output folder holds a build (its manifest) newer than every notes file: a guess,
 * which only decides when the exporters start. The folder of merged notes is named by their title,
 * known only once they are read: those count as changed.
 */
async function notesUnchanged(files: string[], out: string): Promise<boolean> {
  const folder = folderName(files);
  if (!folder) return false;
  const built = await stat(join(resolve(out, folder), 'manifest.json')).catch(() => null);
  if (!built) return false;
  const notes = await Promise.all(files.map((file) => stat(file).catch(() => null)));
  return notes.every((file) => file !== null && file.mtimeMs < built.mtimeMs);
}

export function buildManifest(conference: Conference, decks: { deck: Deck; file: string; formats: Set<Format> }[]): Manifest {
  return {
    title: conference.title,
    decks: decks.map(({ deck, file, formats }): ManifestDeck => ({
      kind: deck.kind,
      title: deck.title,
      slides: deck.slides.length,
      files: Object.fromEntries((['md', 'html', 'pdf'] as const).filter((format) => formats.has(format)).map((format) => [format, `${file}.${format}`])),
    })),
  };
}

/** Where a deck's first-slide picture goes: thumbnails/recap.webp, thumbnails/sessions-03-….webp. */
function thumbnailFile(deckFile: string): string {
  return `thumbnails/${deckFile.replace(/\//g, '-')}.webp`;
}

/** One notes file names its folder (examples/kubecon-eu-2021.md → kubecon-eu-2021); merged notes and stdin are named by their title (null until it is known). */
function folderName(files: string[], conference?: Conference): string | null {
  if (files.length === 1 && files[0] !== '-') return slugify(basename(files[0]!, extname(files[0]!)), 'recap');
  return conference ? slugify(conference.title, 'recap') : null;
}

/** The entry of `map` at `key`, removed: a render is handed out once, then freed. */
function takeOnce<V>(map: Map<string, V>, key: string): V | undefined {
  const value = map.get(key);
  map.delete(key);
  return value;
}

/** exportPdfsWithRetry, loaded only when there is a PDF to make (pdf-lib and the printing code are a tenth of a second to load). */
async function printPdfs(...args: Parameters<typeof PdfExport.exportPdfsWithRetry>): Promise<void> {
  if (args[0].length === 0) return;
  const { exportPdfsWithRetry } = await import('../export/exportPdfsWithRetry.js');
  await exportPdfsWithRetry(...args);
}
