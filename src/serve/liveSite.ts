import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deckHtml } from '../export/html/bespokeHtml.js';
import type { Format } from '../export/manifest.js';
import { StagedOutput } from '../export/outputFiles.js';
import type { Conference } from '../model/types.js';
import type { Settings } from '../settings.js';
import {
  planDeckFiles,
  startHtmlAndPdf,
  writeImages,
  writeMarkdown,
  type ExportStage,
} from '../pipeline/exportDecks.js';
import { KeptExporters, openExportSession } from '../pipeline/exporters.js';
import { buildManifest, finishOutput } from '../pipeline/finishOutput.js';
import { IncrementalCache } from '../pipeline/incrementalCache.js';
import { loadDeckThemes, makeDecks } from '../pipeline/makeDecks.js';

export interface Refresh {
  conference: Conference;
  /** Site paths whose content changed ("/recap.html", "/index.html"), for live reload. */
  changed: string[];
  /** Decks whose HTML was made again, of all decks. */
  rebuilt: number;
  total: number;
}

/** The served formats: md and html are kept up to date, PDFs are made when asked for. */
const SERVED: Format[] = ['md', 'html', 'pdf'];

/**
 * The site `recapdeck serve` shows, kept in a temporary folder. Each refresh runs the build's
 * pipeline into it, through the same staged output, cache and export session: only decks whose
 * Markdown or theme changed get their files made again, and Marp's worker and Chromium stay up
 * between refreshes. A PDF is printed when asked for and kept until its deck changes.
 */
export class LiveSite {
  private readonly exporters: KeptExporters;
  private decks = new Set<string>();
  private index = '';
  /** Refreshes and prints one at a time: each moves files into the same folder. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly dir: string,
    private readonly files: string[],
    private readonly settings: Settings,
  ) {
    // The server stops the browser itself on Ctrl-C, after closing its connections.
    this.exporters = new KeptExporters(settings.browserPath);
  }

  /** `settings`: serve shows what the safe defaults allow (no local files beyond the notes' folders, nothing remote), as its server's policy does. */
  static async open(files: string[], settings: Settings): Promise<LiveSite> {
    return new LiveSite(await mkdtemp(join(tmpdir(), 'recapdeck-serve-')), files, {
      ...settings,
      allowLocalFiles: false,
      allowRemote: false,
      pdfNotes: false,
    });
  }

  /** Reads the notes and themes again and brings the site up to date; a bad input throws and leaves the site as it was. */
  refresh(): Promise<Refresh> {
    return this.serially(() => this.update(null));
  }

  /** The PDF of a deck ("recap.pdf", "sessions/01-….pdf"), printed now or kept from an earlier request; null for no such deck. */
  async pdf(path: string): Promise<Uint8Array | null> {
    const deck = path.replace(/\.pdf$/, '');
    if (!path.endsWith('.pdf') || !this.decks.has(deck)) return null;
    return this.serially(async () => {
      const kept = await readFile(join(this.dir, path)).catch(() => null);
      if (kept) return kept;
      await this.update(deck);
      return readFile(join(this.dir, path));
    });
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    await this.exporters.close();
    await rm(this.dir, { recursive: true, force: true });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The build's pipeline, into the site's folder: md and html, and the PDF of `printing` (a deck's file) when asked for. */
  private async update(printing: string | null): Promise<Refresh> {
    const settings = this.settings;
    const themes = loadDeckThemes(settings);
    await using session = openExportSession(
      this.exporters.source,
      themes.then((loaded) => loaded.themes),
      settings,
    );
    const made = await makeDecks({ files: this.files }, settings, themes, () => session.marp());
    const cache = await IncrementalCache.load(this.dir);
    await using staged = await StagedOutput.open(this.dir);
    const stage: ExportStage = { staged, cache, session, written: new Set(), html: deckHtml };
    const plans = await planDeckFiles(made.decks, SERVED, cache, settings);
    // A PDF still current is kept; the others wait until they are asked for.
    const pdfs = new Set(
      plans.filter((plan) => !plan.make.has('pdf') || plan.deck.file === printing).map((plan) => plan.deck.file),
    );
    for (const plan of plans) if (plan.deck.file !== printing) plan.make.delete('pdf');
    await writeMarkdown(stage, plans);
    const images = await writeImages(stage, made.images);
    const print = await startHtmlAndPdf(stage, plans, { settings, thumbnails: false }).finish();
    if (print.error) throw print.error;
    const { conference } = made;
    const decks = plans.map(({ deck }) => ({ deck: deck.deck, file: deck.file }));
    const manifest = buildManifest(
      conference,
      decks.map((deck) => ({ ...deck, formats: new Set(SERVED) })),
    );
    const deckFiles = decks.flatMap(({ file }) =>
      SERVED.filter((format) => format !== 'pdf' || pdfs.has(file)).map((format) => `${file}.${format}`),
    );
    const finished = await finishOutput(stage, {
      dir: this.dir,
      conference,
      manifest,
      decks,
      deckFiles,
      thumbnails: new Map(),
      images,
      handOff: new Map(),
      page: (html) => html,
    });
    conference.warnings.push(...finished.warnings);

    const rebuilt = plans.filter(({ deck }) => stage.written.has(`${deck.file}.html`)).map(({ deck }) => deck.file);
    const gone = [...this.decks].filter((file) => !decks.some((deck) => deck.file === file));
    const changed = [...rebuilt, ...gone].flatMap((file) => SERVED.map((format) => `/${file}.${format}`));
    if (finished.index !== this.index) changed.push('/index.html');
    this.decks = new Set(decks.map(({ file }) => file));
    this.index = finished.index;
    return { conference, changed: [...new Set(changed)], rebuilt: rebuilt.length, total: plans.length };
  }
}
