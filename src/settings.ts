import type { Format } from './export/manifest.js';
import type { RecapKind } from './plan/planDecks.js';
import type { DeckKind, SlideSize } from './plan/types.js';

/**
 * Everything a build, `serve` or `inspect` can be told, with every default in one place
 * (DEFAULT_SETTINGS). The command line and the config file each produce a part of it
 * (`Partial<Settings>`); `settingsFrom` lays them over the defaults.
 */
export interface Settings {
  /** Output folder; each conference gets a folder in it. */
  out: string;
  /** Theme name, or a .css file. */
  theme: string;
  /** Folders of extra theme .css files. */
  themesDirs: string[];
  formats: Format[];
  decks: DeckKind[];
  /** 'brief': a slide or two per talk; 'full': the notes slide for slide. */
  recap: RecapKind;
  /** Minutes the brief recap may take, at about one slide a minute; null for no budget. */
  minutes: number | null;
  size: SlideSize;
  browserPath: string | undefined;
  /** Presenter notes in the PDFs, as text annotations on each slide. */
  pdfNotes: boolean;
  /**
   * Measure every slide in Chromium and plan again those that overflow. Always done when PDFs are
   * made (the browser is up anyway); md and html alone are planned by estimate unless this is set.
   */
  checkFit: boolean;
  /** Display names for authors, by the name the notes give: `{ "alice": "Alice Martin" }`. */
  displayNames: Record<string, string>;
  /** How to read notes whose structure is inferred wrongly (config `structure`); undefined: inferred. */
  structure: { days: string | null; talks: string } | undefined;
  /** Let decks show images from anywhere on this machine, not only from the notes files' folders. */
  allowLocalFiles: boolean;
  /** Let decks load http(s) images (when printing, and in the HTML's Content-Security-Policy). */
  allowRemote: boolean;
  /** Milliseconds one deck may take to load and print to PDF; undefined for the default. */
  timeout: number | undefined;
  /** `serve`: port (0 picks a free one) and host. */
  port: number;
  host: string;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  out: 'output',
  theme: 'recap-light',
  themesDirs: [],
  formats: ['md', 'html', 'pdf'],
  decks: ['recap', 'session'],
  recap: 'brief',
  minutes: null,
  size: '16:9',
  browserPath: undefined,
  pdfNotes: false,
  checkFit: false,
  displayNames: {},
  structure: undefined,
  allowLocalFiles: false,
  allowRemote: false,
  timeout: undefined,
  port: 8080,
  host: '127.0.0.1',
});

/** The defaults with each part laid over them in turn (later parts win); an undefined value leaves what is below it. */
export function settingsFrom(...parts: Partial<Settings>[]): Settings {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const part of parts)
    for (const [key, value] of Object.entries(part))
      if (value !== undefined && key in DEFAULT_SETTINGS) settings[key] = value;
  return settings as unknown as Settings;
}
