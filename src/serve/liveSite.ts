import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildManifest } from '../build/build.js';
import { loadConference } from '../build/loadNotes.js';
import { renderDecks, withLocalImages, type ExportedDeck } from '../build/renderDecks.js';
import { lazyBrowser, type BrowserProvider } from '../export/browser.js';
import { deckPdfInfo } from '../export/deckPdfInfo.js';
import { deckHtml } from '../export/bespokeHtml.js';
import { exportPdfs } from '../export/exportPdfs.js';
import { indexPage } from '../export/indexPage.js';
import { galleryOf } from '../build/gallery.js';
import { readLocalImages } from '../export/localImages.js';
import { renderInThread } from '../export/renderInThread.js';
import type { Format, Manifest } from '../export/manifest.js';
import type { Conference } from '../model/types.js';
import type { Settings } from '../settings.js';
import { loadThemes, resolveTheme, type Theme } from '../themes.js';

export interface Refresh {
  conference: Conference;
  /** Site paths whose content changed ("/recap.html", "/index.html"), for live reload. */
  changed: string[];
  /** Decks whose HTML was made again, of all decks. */
  rebuilt: number;
  total: number;
}

/** The served formats: md and html are kept up to date, PDFs are made when asked for. */
const SERVED: Set<Format> = new Set(['md', 'html', 'pdf']);

/**
 * The site `recapdeck serve` shows, kept in a temporary folder: on each refresh the notes are
 * read and planned again (fast, pure), and only decks whose Markdown or theme changed get their
 * HTML made again. PDFs are printed on request through one browser, cached until the deck changes.
 */
export class LiveSite {
  private decks = new Map<string, ExportedDeck>();
  private themes: Theme[] = [];
  private render = renderInThread([]);
  private indexHtml = '';
  private readonly pdfs = new Map<string, { hash: string; pdf: Promise<Uint8Array> }>();
  private readonly browsers: BrowserProvider;

  private constructor(readonly dir: string, private readonly files: string[], private readonly settings: Settings) {
    // The server stops the browser itself on Ctrl-C, after closing its connections.
    this.browsers = lazyBrowser({ browserPath: settings.browserPath }, { handleSignals: false });
  }

  static async open(files: string[], settings: Settings): Promise<LiveSite> {
    return new LiveSite(await mkdtemp(join(tmpdir(), 'recapdeck-serve-')), files, settings);
  }

  /** Reads the notes and themes again and brings the site up to date; a bad input throws and leaves the site as it was. */
  async refresh(): Promise<Refresh> {
    const conference = await loadConference(this.files, { displayNames: this.settings.displayNames, structure: this.settings.structure });
    const { theme, themes } = await resolveTheme(this.settings.theme, await loadThemes(this.settings.themesDirs));
    const plain = renderDecks(conference, { decks: this.settings.decks, theme, themes, size: this.settings.size, recap: this.settings.recap, minutes: this.settings.minutes });

    // Local images as a build has them: copied into images/, and inline in the PDFs printed on request.
    const local = await readLocalImages(plain.map((live) => live.markdown), { notesDirs: this.files.map((file) => dirname(resolve(file))) });
    conference.warnings.push(...local.warnings);
    for (const image of local.images.values()) await this.write(`images/${image.name}`, image.bytes);
    const planned = plain.map((live) => withLocalImages(live, local.images));

    const stale = planned.filter((live) => this.decks.get(live.file)?.hash !== live.hash);
    for (const live of stale) await this.write(`${live.file}.md`, live.markdown);
    // One renderer per refresh, with the themes as they are now, for the HTML and the PDFs asked for.
    const render = renderInThread(themes);
    for (const live of stale) await this.write(`${live.file}.html`, await deckHtml(await render(live.markdown)));
    const gone = [...this.decks.keys()].filter((file) => !planned.some((live) => live.file === file));
    for (const file of gone) for (const format of SERVED) await rm(join(this.dir, `${file}.${format}`), { force: true });

    const manifest: Manifest = buildManifest(conference, planned.map(({ deck, file }) => ({ deck, file, formats: SERVED })));
    const index = indexPage(galleryOf(conference, manifest, planned.map(({ deck }) => deck), new Map()));
    await this.write('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
    await this.write('index.html', index);

    const changed = [...stale, ...gone.map((file) => ({ file }))].flatMap(({ file }) => [...SERVED].map((format) => `/${file}.${format}`));
    if (index !== this.indexHtml) changed.push('/index.html');
    this.decks = new Map(planned.map((live) => [live.file, live]));
    this.themes = themes;
    this.render = render;
    this.indexHtml = index;
    return { conference, changed, rebuilt: stale.length, total: planned.length };
  }

  /** The PDF of a deck ("recap.pdf", "sessions/01-….pdf"), printed now or from the cache; null for no such deck. */
  async pdf(path: string): Promise<Uint8Array | null> {
    const live = this.decks.get(path.replace(/\.pdf$/, ''));
    if (!live || !path.endsWith('.pdf')) return null;
    const cached = this.pdfs.get(live.file);
    if (cached?.hash === live.hash) return cached.pdf;
    const pdf = new Promise<Uint8Array>((resolve, reject) => {
      const job = { markdown: live.pdfMarkdown, slides: live.deck.slides.length, info: deckPdfInfo(live.deck, { notes: false }), write: async (bytes: Uint8Array) => resolve(bytes) };
      exportPdfs([job], this.themes, this.browsers, undefined, { renderSlides: this.render }).catch(reject);
    });
    this.pdfs.set(live.file, { hash: live.hash, pdf });
    // A failed print is not cached: the next request tries again.
    pdf.catch(() => this.pdfs.get(live.file)?.pdf === pdf && this.pdfs.delete(live.file));
    return pdf;
  }

  async close(): Promise<void> {
    await this.browsers.close();
    await rm(this.dir, { recursive: true, force: true });
  }

  /** Written beside and renamed into place, so the server never sends half a file. */
  private async write(file: string, content: string | Uint8Array): Promise<void> {
    const path = join(this.dir, file);
    const staged = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(staged, content);
    await rename(staged, path);
  }
}
