/**
 * recapdeck.config.json (or the `recapdeck` key of package.json, or a recapdeck.config.ts/.js
 * default export), as written: what `defineConfig` types. Keys mirror the command-line flags; a
 * flag given on the command line wins. Relative paths are relative to the config file.
 * Written out rather than inferred from configSchema, so the package's types need no zod; the
 * schema checks that the two agree.
 */
export interface RecapdeckConfig {
  $schema?: string | undefined;
  /** Theme name, or a .css file. */
  theme?: string | undefined;
  /** Folders of extra theme .css files. */
  themes?: string[] | undefined;
  format?: ('md' | 'html' | 'pdf' | 'pptx')[] | undefined;
  decks?: ('recap' | 'sessions' | 'days' | 'session' | 'day')[] | undefined;
  /** Output folder. */
  out?: string | undefined;
  size?: '16:9' | '4:3' | undefined;
  browserPath?: string | undefined;
  /** Presenter notes in the PDFs, as a note on each slide (`--pdf-notes`). */
  pdfNotes?: boolean | undefined;
  /** Let decks show images from anywhere on this machine, not only the notes files' folders. */
  allowLocalFiles?: boolean | undefined;
  /** Let decks load http(s) images when printing and in the HTML. */
  allowRemote?: boolean | undefined;
  /** Milliseconds one deck may take to load and print to PDF. */
  timeout?: number | undefined;
  /** Display names for authors, by the name their notes give (front matter author, or file name): { "alice": "Alice Martin" }. */
  authors?: Record<string, string> | undefined;
  /** `recapdeck serve`: port (0 picks a free one) and host. */
  port?: number | undefined;
  host?: string | undefined;
}
