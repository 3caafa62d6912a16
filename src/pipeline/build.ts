import { stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Format, Manifest } from '../export/manifest.js';
import { checkOutputFolder } from '../export/outputFolder.js';
import { StagedOutput } from '../export/outputFiles.js';
import type { Conference } from '../model/types.js';
import { slugify } from '../plan/slugify.js';
import type { RecapPlan } from '../plan/types.js';
import { missingScriptFonts } from '../export/scriptFonts.js';
import { withContentSecurityPolicy } from '../export/html/contentSecurityPolicy.js';
import type { MarpSlides } from '../export/slides/printablePage.js';
import { settingsFrom, type Settings } from '../settings.js';
import {
  buildHtml,
  keepThumbnails,
  planDeckFiles,
  startHtmlAndPdf,
  writeImages,
  writeMarkdown,
  writeThemeHandOff,
  type DeckExport,
  type ExportStage,
  type PrintResult,
} from './exportDecks.js';
import { openExportSession, type ExporterSource } from './exporters.js';
import { buildManifest, finishOutput } from './finishOutput.js';
import { IncrementalCache } from './incrementalCache.js';
import { loadDeckThemes, makeDecks, type MadeDecks } from './makeDecks.js';
import { fitDecks } from './measureInBrowser.js';

export type { Format } from '../export/manifest.js';

/** What `build()` is given: the notes, and any settings that differ from the defaults (see Settings). */
export interface BuildOptions extends Partial<Omit<Settings, 'port' | 'host'>> {
  /** Notes files; `-` stands for the notes given as `stdin`. */
  files: string[];
  /** The notes of the file `-` (the CLI reads them from stdin). */
  stdin?: string | Uint8Array;
  onProgress?: (event: ProgressEvent) => void;
  /**
   * Where Chromium and Marp's worker come from; `build --watch` keeps them between builds (KeptExporters).
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
  phase: 'model' | 'md' | 'html' | 'pdf' | 'pptx' | 'deck' | 'done';
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
  const settings = settingsFrom(options);
  const { signal } = options;
  const clock = stopwatch();
  const progress = options.onProgress ?? (() => undefined);
  signal?.throwIfAborted();
  const themes = loadDeckThemes(settings);
  await using session = await startExportSession(options, settings, themes);
  const made = await makeDecks(options, settings, themes, () => session.marp());
  const { conference } = made;
  clock.lap('model');
  conference.warnings.push(...(await fontWarnings(made, settings.formats)));
  progress({ phase: 'model', done: made.decks.length, total: made.decks.length });
  signal?.throwIfAborted();

  const dir = resolve(settings.out, folderName(options.files, conference)!);
  const cache = await IncrementalCache.load(dir);
  conference.warnings.push(...(await checkOutputFolder(dir, options.files, cache.hasEarlierBuild)));
  await using staged = await StagedOutput.open(dir);
  const { deckDone, expectDecks } = deckCounter(progress);
  const stage: ExportStage = { staged, cache, session, signal, written: new Set(), html: async () => '', deckDone };
  // Slides measured in the browser are rendered once: the PDF and HTML take the render that was measured.
  const measured = new Map<string, Promise<MarpSlides>>();
  const plans = await fitAndPlan(made, stage, measured, settings);
  const todo = plans.filter((plan) => plan.make.size > 0);
  expectDecks(todo.length);
  const exported = plans.map(({ deck }) => deck);
  stage.html = buildHtml(made, exported, settings, dir);
  const exporting = startHtmlAndPdf(stage, todo, {
    settings,
    measured,
    progress: (phase, done, total) => progress({ phase, done, total }),
    lap: (phase, since) => clock.lap(phase, since),
  });
  const since = performance.now();
  const written = await writeMarkdownFiles(stage, todo, made, settings.formats);
  clock.lap('md', since);
  progress({ phase: 'md', done: written.decks, total: written.decks });
  const run: BuildRun = { dir, made, plans, todo, print: await exporting.finish(), written, formats: settings.formats };

  const finished = await finishBuild(stage, run);
  if (run.print.error) throw run.print.error;
  progress({ phase: 'done', done: todo.length, total: todo.length });
  return buildResult(run, finished, stage.written, clock.total());
}

/** Scripts in the decks no installed font draws, when a format draws text with the machine's fonts. */
async function fontWarnings(made: MadeDecks, formats: Format[]) {
  if (!formats.some((format) => format === 'pdf' || format === 'pptx' || format === 'html')) return [];
  return missingScriptFonts(made.decks.map((deck) => deck.markdown).join('\n'), made.conference.files[0] ?? 'notes');
}

/**
 * Chromium and Marp's renderer, started now to load while the notes are read, unless the notes
 * look unchanged since the last build (which then likely makes nothing): they start once needed.
 */
async function startExportSession(
  options: BuildOptions,
  settings: Settings,
  themes: ReturnType<typeof loadDeckThemes>,
) {
  const session = openExportSession(
    options.exporters,
    themes.then((loaded) => loaded.themes),
    { browserPath: settings.browserPath, signal: options.signal },
  );
  if (!(await notesUnchanged(options.files, settings.out))) session.startAhead(settings.formats);
  return session;
}

/** `deck` progress events: each deck whose files are all made, counted against the decks to make. */
function deckCounter(progress: (event: ProgressEvent) => void) {
  let done = 0;
  let total = 0;
  return {
    deckDone: (plan: DeckExport) => progress({ phase: 'deck', done: ++done, total, file: plan.deck.file }),
    expectDecks: (decks: number) => void (total = decks),
  };
}

/** One build's decks and what was made of them, from planning to the finished output. */
interface BuildRun {
  dir: string;
  made: MadeDecks;
  plans: DeckExport[];
  /** The plans with a file to make. */
  todo: DeckExport[];
  print: PrintResult;
  written: MarkdownWritten;
  formats: Format[];
}

/** Decks fitted to their slides (measured in the browser when printed), then what the cache says each needs made. */
async function fitAndPlan(
  made: MadeDecks,
  stage: ExportStage,
  measured: Map<string, Promise<MarpSlides>>,
  settings: Settings,
): Promise<DeckExport[]> {
  const { cache, session } = stage;
  const fitted = await fitDecks(made, session, measured, {
    ...settings,
    worthMeasuring: async (deck) => (await planDeckFiles([deck], settings.formats, cache, settings))[0]!.make.size > 0,
  });
  made.conference.warnings.push(...fitted.warnings);
  return planDeckFiles(fitted.decks, settings.formats, cache, settings);
}

interface MarkdownWritten {
  /** Decks whose Markdown was made. */
  decks: number;
  images: string[];
  handOff: Map<string, string>;
}

/** The decks' Markdown, the images it and the HTML point at, and the themes handed off beside it; a PDF and a PPTX have their images inline. */
async function writeMarkdownFiles(
  stage: ExportStage,
  todo: DeckExport[],
  made: MadeDecks,
  formats: Format[],
): Promise<MarkdownWritten> {
  const decks = todo.filter((plan) => plan.make.has('md')).length;
  await writeMarkdown(stage, todo);
  const images = formats.includes('md') || formats.includes('html') ? await writeImages(stage, made.images) : [];
  const handOff = formats.includes('md') ? await writeThemeHandOff(stage, made) : new Map<string, string>();
  return { decks, images, handOff };
}

/** Thumbnails, the manifest and the index page; then the staged files are moved into the output folder. */
async function finishBuild(stage: ExportStage, run: BuildRun): Promise<{ manifest: Manifest; deckFiles: string[] }> {
  const { dir, made, plans, print, formats } = run;
  const { conference } = made;
  if (formats.includes('pdf')) await keepThumbnails(stage, plans, print, dir);
  const delivered = (file: string) => (format: Format) =>
    (format !== 'pdf' || !print.failed.has(file)) && (format !== 'pptx' || !print.failedPptx.has(file));
  const manifest = buildManifest(
    conference,
    plans.map(({ deck }) => ({
      deck: deck.deck,
      file: deck.file,
      formats: new Set(formats.filter(delivered(deck.file))),
    })),
  );
  const deckFiles = manifest.decks.flatMap((deck) => Object.values(deck.files));
  const finished = await finishOutput(stage, {
    dir,
    conference,
    manifest,
    decks: plans.map(({ deck }) => ({ deck: deck.deck, file: deck.file })),
    deckFiles,
    thumbnails: print.thumbnails,
    images: run.written.images,
    handOff: run.written.handOff,
    page: (html) => withContentSecurityPolicy(html, { allowRemote: false }),
  });
  conference.warnings.push(...finished.warnings);
  return { manifest, deckFiles };
}

function buildResult(
  run: BuildRun,
  finished: { manifest: Manifest; deckFiles: string[] },
  written: Set<string>,
  timings: BuildResult['timings'],
): BuildResult {
  const { dir, plans, todo } = run;
  const { manifest, deckFiles } = finished;
  return {
    dir,
    manifest,
    conference: run.made.conference,
    decks: { total: plans.length, made: todo.length, unchanged: plans.length - todo.length },
    files: {
      written: deckFiles.filter((file) => written.has(file)),
      kept: deckFiles.filter((file) => !written.has(file)),
    },
    pages: run.print.pages,
    timings,
    recapPlan: plans.find(({ deck }) => deck.deck.kind === 'recap')?.deck.deck.recapPlan ?? null,
  };
}

/** Seconds per phase, and in all since the build began. */
function stopwatch() {
  const started = performance.now();
  const timings = { model: 0, md: 0, html: 0, pdf: 0, total: 0 };
  return {
    lap: (phase: Exclude<keyof typeof timings, 'total'>, since = started) =>
      void (timings[phase] = (performance.now() - since) / 1000),
    total: () => ({ ...timings, total: (performance.now() - started) / 1000 }),
  };
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

/** One notes file names its folder (examples/kubecon-eu-2021.md → kubecon-eu-2021); merged notes and stdin are named by their title (null until it is known). */
function folderName(files: string[], conference?: Conference): string | null {
  if (files.length === 1 && files[0] !== '-') return slugify(basename(files[0]!, extname(files[0]!)), 'recap');
  return conference ? slugify(conference.title, 'recap') : null;
}
