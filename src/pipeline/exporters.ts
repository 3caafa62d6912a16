import { lazyBrowser, type BrowserProvider } from '../export/pdf/browser.js';
import type { Format } from '../export/manifest.js';
import { startMarpWorker, type MarpWorker } from '../export/slides/marpWorker.js';
import type { Theme } from '../themes.js';

/**
 * What an export needs that takes a while to start — Chromium, and the thread that renders each
 * deck's slides once for both its HTML and its PDF — each started once: when first used, or ahead
 * of time (`startAhead`), so that it loads while the notes are read and modelled.
 */
export interface Exporters {
  browsers: BrowserProvider;
  marp(): Promise<MarpWorker>;
  startAhead(formats: Format[]): void;
  /** Done with them for this build: closed, or kept for the next one (see KeptExporters). */
  close(): Promise<void>;
}

/** Where a build gets its exporters: new ones each time by default. */
export type ExporterSource = (themes: Promise<Theme[]>, browserPath: string | undefined) => Exporters;

/** One run's exporters, opened and closed in one place (`await using`): on `signal` they close at once, so what is rendering or printing fails now. */
export type ExportSession = Exporters & AsyncDisposable;

export function openExportSession(
  source: ExporterSource | undefined,
  themes: Promise<Theme[]>,
  options: { browserPath: string | undefined; signal?: AbortSignal | undefined },
): ExportSession {
  const { browserPath, signal } = options;
  const own: ExporterSource = () => exporters(themes, browserPath, lazyBrowser({ browserPath }, { signal }));
  const opened = (source ?? own)(themes, browserPath);
  const stop = () => void opened.close();
  signal?.addEventListener('abort', stop, { once: true });
  return {
    browsers: opened.browsers,
    marp: () => opened.marp(),
    startAhead: (formats) => opened.startAhead(formats),
    close: () => opened.close(),
    async [Symbol.asyncDispose]() {
      signal?.removeEventListener('abort', stop);
      await opened.close();
    },
  };
}

export function exporters(
  themes: Promise<Theme[]>,
  browserPath: string | undefined,
  browsers: BrowserProvider = lazyBrowser({ browserPath }),
): Exporters {
  // A theme that fails to load is the build's error to report, not an unhandled rejection here.
  themes.catch(() => undefined);
  let worker: Promise<MarpWorker> | null = null;
  // A failure to start is reported where the exporter is used (md and html are in place by then).
  const quietly = <T>(started: Promise<T>) => started.catch(() => undefined);
  return {
    browsers,
    marp: () => (worker ??= themes.then(startMarpWorker)),
    startAhead(formats) {
      if (!formats.some((format) => format === 'pdf' || format === 'html' || format === 'pptx')) return;
      const starting = this.marp();
      // Chromium's start takes much of both cores; Marp's worker loads first, as a deck must be
      // rendered before it is printed (or pictured, for a PPTX) and Chromium starts faster than Marp loads.
      if (formats.includes('pdf') || formats.includes('pptx'))
        void quietly(starting.then((started) => started.ready)).finally(() => quietly(browsers.get()));
    },
    async close() {
      await (await worker?.catch(() => null))?.close();
      await browsers.close();
    },
  };
}

/**
 * Exporters kept between builds, for `build --watch`: Chromium and Marp's worker are started by the
 * first build and reused by the next ones, so a rebuild after one edit pays for neither. The
 * worker is started again when the themes change (it parses them once, as it starts).
 */
export class KeptExporters {
  private readonly browsers: BrowserProvider;
  private kept: { themes: string; exporters: Exporters } | null = null;

  /** `signal`: the watch is stopping; the browser closes at once, so a build that is printing stops too. */
  constructor(
    private readonly browserPath: string | undefined,
    signal?: AbortSignal,
  ) {
    // The watch stops on Ctrl-C by itself, and then closes the browser (see close()).
    this.browsers = lazyBrowser({ browserPath }, { handleSignals: false, signal });
  }

  /** An ExporterSource whose exporters stay open when a build is done with them. */
  readonly source: ExporterSource = (themes) => {
    const same = themes.then(async (loaded) => {
      const key = JSON.stringify(loaded.map((theme) => [theme.name, theme.css]));
      if (this.kept?.themes !== key) {
        // The old worker goes; the browser stays (closing it is left to close()).
        await this.kept?.exporters.marp().then(
          (marp) => marp.close(),
          () => undefined,
        );
        this.kept = { themes: key, exporters: exporters(Promise.resolve(loaded), this.browserPath, this.browsers) };
      }
      return this.kept.exporters;
    });
    same.catch(() => undefined);
    return {
      browsers: this.browsers,
      marp: async () => (await same).marp(),
      startAhead: (formats) =>
        void same.then(
          (kept) => kept.startAhead(formats),
          () => undefined,
        ),
      close: async () => undefined,
    };
  };

  async close(): Promise<void> {
    await this.kept?.exporters.close();
    await this.browsers.close();
  }
}
