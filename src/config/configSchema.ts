import { z } from 'zod';
import type { DeckKind } from '../plan/types.js';
import type { RecapdeckConfig } from './configTypes.js';

const DECKS: Record<string, DeckKind> = {
  recap: 'recap',
  sessions: 'session',
  session: 'session',
  days: 'day',
  day: 'day',
};
const text = z.string().trim().min(1, 'expected a non-empty string');

/**
 * recapdeck.config.json (or the `recapdeck` key of package.json, or a recapdeck.config.ts/.js
 * default export). Keys mirror the command-line flags; a flag given on the command line wins.
 * Relative paths are relative to the config file.
 */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Theme name, or a .css file. */
  theme: text.optional(),
  /** Folders of extra theme .css files. */
  themes: z.array(text).optional(),
  format: z
    .array(z.enum(['md', 'html', 'pdf', 'pptx']))
    .min(1)
    .optional(),
  decks: z
    .array(z.enum(['recap', 'sessions', 'days', 'session', 'day']))
    .min(1)
    .transform((names) => [...new Set(names.map((name) => DECKS[name]!))])
    .optional(),
  /** The recap: 'brief' (a slide or two per talk, the default) or 'full' (`--recap`). */
  recap: z.enum(['brief', 'full']).optional(),
  /** Minutes the brief recap may take, at about one slide a minute (`--minutes`). */
  minutes: z.number().int().min(1).max(9999).optional(),
  /** Output folder. */
  out: text.optional(),
  size: z.enum(['16:9', '4:3']).optional(),
  browserPath: text.optional(),
  /** Presenter notes in the PDFs, as a note on each slide (`--pdf-notes`). */
  pdfNotes: z.boolean().optional(),
  /** Measure the slides in a browser and plan overflowing ones again, also when no PDF is made (`--check-fit`). */
  checkFit: z.boolean().optional(),
  /** Let decks show images from anywhere on this machine, not only the notes files' folders. */
  allowLocalFiles: z.boolean().optional(),
  /** Let decks load http(s) images when printing and in the HTML. */
  allowRemote: z.boolean().optional(),
  /** Milliseconds one deck may take to load and print to PDF. */
  timeout: z.number().int().min(100).optional(),
  /** Display names for authors, by the name their notes give (front matter author, or file name): { "alice": "Alice Martin" }. */
  authors: z.record(text, text).optional(),
  /** How to read notes whose structure is inferred wrongly: { "days": "h2", "talks": "h3" } (days may be "none", talks "list" or "prose"). */
  structure: z
    .strictObject({
      days: z.union([z.enum(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'none']), z.null()]).optional(),
      talks: z.enum(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'list', 'prose']),
    })
    .transform(({ days, talks }) => ({
      days: days === undefined || days === null || days === 'none' ? null : days,
      talks,
    }))
    .optional(),
  /** `recapdeck serve`: port (0 picks a free one) and host. */
  port: z.number().int().min(0).max(65535).optional(),
  host: text.optional(),
});

/** Both ways: RecapdeckConfig (configTypes.ts) is the configuration this schema accepts, written out. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<RecapdeckConfig, z.input<typeof configSchema>>;

/** The configuration once checked: deck names resolved. */
export type CheckedConfig = z.output<typeof configSchema>;
