import { lazyBrowser, type BrowserProvider } from '../export/browser.js';
import type { Format } from '../export/manifest.js';
import { startSlideRenderer, type SlideRenderer } from '../export/slideRenderer.js';
import type { Theme } from '../themes.js';

/**
 * What an export needs that takes a while to start — Chromium, and the thread that renders each
 * deck's slides once for both its HTML and its PDF — each started once: when first used, or ahead
 * of time (`startAhead`), so that it loads while the notes are read and modelled.
 */
export interface Exporters {
  browsers: BrowserProvider;
  renderer(): Promise<SlideRenderer>;
  startAhead(formats: Format[]): void;
  close(): Promise<void>;
}

export function exporters(themes: Promise<Theme[]>, browserPath: string | undefined): Exporters {
  const browsers = lazyBrowser({ browserPath });
  // A theme that fails to load is the build's error to report, not an unhandled rejection here.
  themes.catch(() => undefined);
  let renderer: Promise<SlideRenderer> | null = null;
  // A failure to start is reported where the exporter is used (md and html are in place by then).
  const quietly = <T>(started: Promise<T>) => started.catch(() => undefined);
  return {
    browsers,
    renderer: () => (renderer ??= themes.then(startSlideRenderer)),
    startAhead(formats) {
      if (!formats.includes('pdf') && !formats.includes('html')) return;
      const rendering = this.renderer();
      // Chromium's start takes much of both cores; the renderer loads first, as a deck must be
      // rendered before it is printed and Chromium starts faster than Marp loads.
      if (formats.includes('pdf')) void quietly(rendering.then((started) => started.ready)).finally(() => quietly(browsers.get()));
    },
    async close() {
      await (await renderer?.catch(() => null))?.close();
      await browsers.close();
    },
  };
}
