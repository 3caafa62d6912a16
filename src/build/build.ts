import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { RecapError } from '../errors.js';
import { lazyBrowser } from '../export/browser.js';
import { withContentSecurityPolicy } from '../export/contentSecurityPolicy.js';
import { exportHtml } from '../export/exportHtml.js';
import { exportPdfsWithRetry } from '../export/exportPdfsWithRetry.js';
import { embedLocalImages, linkLocalImages, readLocalImages } from '../export/localImages.js';
import { indexPage } from '../export/indexPage.js';
import type { Format, Manifest, ManifestDeck } from '../export/manifest.js';
import { StagedOutput } from '../export/outputFiles.js';
import type { Conference } from '../model/types.js';
import { planDecks } from '../plan/planDecks.js';
import { slugify } from '../plan/slugify.js';
import type { Deck, DeckKind } from '../plan/types.js';
import { renderDeck } from '../render/renderDeck.js';
import { DEFAULT_THEME, loadThemes, resolveTheme } from '../themes.js';
import { loadConference } from './loadNotes.js';

export type { Format } from '../export/manifest.js';

export interface BuildOptions {
  files: string[];
  out?: string;
  theme?: string;
  themesDirs?: string[];
  formats?: Format[];
  decks?: DeckKind[];
  size?: '16:9' | '4:3';
  browserPath?: string;
  /** Display names for authors, by the name the notes give: `{ "alice": "Alice Martin" }`. */
  displayNames?: Record<string, string>;
  /** Let decks show images from anywhere on this machine, not only from the notes files' folders. */
  allowLocalFiles?: boolean;
  /** Let decks load http(s) images (when printing, and in the HTML's Content-Security-Policy). */
  allowRemote?: boolean;
  /** Milliseconds one deck may take to load and print to PDF. */
  timeout?: number;
  onProgress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  phase: 'model' | 'md' | 'html' | 'pdf' | 'done';
  done: number;
  total: number;
}

export interface BuildResult {
  /** The conference folder, e.g. output/kubecon-eu-2021. */
  dir: string;
  manifest: Manifest;
  conference: Conference;
  timings: Record<'model' | 'md' | 'html' | 'pdf' | 'total', number>;
}

/** Folder of each deck kind inside the conference folder. */
const KIND_DIRS: Record<DeckKind, string> = { recap: '', session: 'sessions', day: 'days' };

/** Notes → decks in every format asked for, written into `<out>/<conference-slug>/`. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const formats = options.formats ?? ['md', 'html', 'pdf'];
  const progress = options.onProgress ?? (() => undefined);
  const timings = { model: 0, md: 0, html: 0, pdf: 0, total: 0 };
  const lap = (phase: keyof typeof timings, since: number) => (timings[phase] = (performance.now() - since) / 1000);

  const conference = await loadConference(options.files, { displayNames: options.displayNames, allowLocalFiles: options.allowLocalFiles, allowRemote: options.allowRemote });
  const { theme, themes } = await resolveTheme(options.theme ?? DEFAULT_THEME, await loadThemes(options.themesDirs));
  const decks = planDecks(conference, { decks: options.decks ?? ['recap', 'session'], size: options.size });
  const rendered = decks.map((deck) => ({ deck, file: deckFile(deck), markdown: renderDeck(deck, { theme: theme.name, size: options.size ?? '16:9' }) }));
  const local = await readLocalImages(rendered.map(({ markdown }) => markdown), { notesDirs: options.files.map((file) => dirname(resolve(file))), allowLocalFiles: options.allowLocalFiles });
  conference.warnings.push(...local.warnings);
  lap('model', started);
  progress({ phase: 'model', done: decks.length, total: decks.length });

  const dir = resolve(options.out ?? 'output', conferenceSlug(conference, options.files));
  const output = await StagedOutput.open(dir);
  const browsers = lazyBrowser({ browserPath: options.browserPath });
  const produced = new Map<string, Set<Format>>(rendered.map(({ file }) => [file, new Set<Format>()]));
  let exportError: unknown = null;
  try {
    let since = performance.now();
    // Markdown is always staged: it is what the HTML export reads. Local images are copied beside it.
    for (const { file, markdown } of rendered) await output.write(`${file}.md`, linkLocalImages(markdown, local.images, file));
    // md and html point at images/; a PDF has its images inline.
    const copiesImages = formats.some((format) => format !== 'pdf');
    const imageFiles = copiesImages ? [...local.images.values()].map((image) => `images/${image.name}`) : [];
    if (copiesImages) for (const image of local.images.values()) await output.write(`images/${image.name}`, image.bytes);
    if (formats.includes('md')) for (const { file } of rendered) produced.get(file)!.add('md');
    lap('md', since);
    progress({ phase: 'md', done: rendered.length, total: rendered.length });

    if (formats.includes('html')) {
      since = performance.now();
      await exportHtml(rendered.map(({ file }) => output.path(`${file}.md`)), themes);
      for (const { file } of rendered) {
        const html = await readFile(output.path(`${file}.html`), 'utf8');
        await output.write(`${file}.html`, withContentSecurityPolicy(html, { allowRemote: options.allowRemote ?? false }));
        produced.get(file)!.add('html');
      }
      lap('html', since);
      progress({ phase: 'html', done: rendered.length, total: rendered.length });
    }

    if (formats.includes('pdf')) {
      since = performance.now();
      let done = 0;
      const jobs = rendered.map(({ deck, file, markdown }) => ({
        markdown: embedLocalImages(markdown, local.images),
        title: deck.title,
        write: async (pdf: Uint8Array) => {
          await output.write(`${file}.pdf`, pdf);
          produced.get(file)!.add('pdf');
        },
      }));
      try {
        const settings = { allowRemote: options.allowRemote ?? false, timeout: options.timeout };
        await exportPdfsWithRetry(jobs, themes, browsers, () => progress({ phase: 'pdf', done: ++done, total: jobs.length }), settings);
      } catch (error) {
        // md and html are still delivered; the PDF failure is reported after they are in place.
        if (!(error instanceof RecapError)) throw error;
        exportError = error;
      }
      lap('pdf', since);
    }

    const manifest = buildManifest(conference, rendered.map(({ deck, file }) => ({ deck, file, formats: produced.get(file)! })));
    await output.write('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
    await output.write('index.html', withContentSecurityPolicy(indexPage(manifest), { allowRemote: false }));
    const files = ['index.html', 'manifest.json', ...imageFiles, ...manifest.decks.flatMap((deck) => Object.values(deck.files))];
    // Images of earlier builds go only when this build writes the decks that would show them.
    await output.commit(files, [KIND_DIRS.session, KIND_DIRS.day, ...(copiesImages ? ['images'] : [])]);
    if (exportError) throw exportError;
    timings.total = (performance.now() - started) / 1000;
    progress({ phase: 'done', done: rendered.length, total: rendered.length });
    return { dir, manifest, conference, timings };
  } finally {
    await browsers.close();
    await output.discard();
  }
}

/** Where a deck goes inside the conference folder, without extension: "recap", "sessions/03-…". */
export function deckFile(deck: Deck): string {
  const folder = KIND_DIRS[deck.kind];
  return folder ? `${folder}/${deck.name}` : deck.name;
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

/** One notes file names its folder (examples/kubecon-eu-2021.md → kubecon-eu-2021); a merged recap uses its title. */
function conferenceSlug(conference: Conference, files: string[]): string {
  const fromFile = files.length === 1 ? basename(files[0]!, extname(files[0]!)) : conference.title;
  return slugify(fromFile, 'recap');
}

