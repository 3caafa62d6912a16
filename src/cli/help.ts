import type { CommandName } from './args.js';

const INPUTS = `Notes: Markdown files, folders (their *.md files, sorted), globs (expanded by
recapdeck when quoted: "notes/*.md"), or - for notes on stdin. Several notes
files make one team recap: the same talk noted by several people becomes one
session of their combined points.`;

const BUILD_OPTIONS = `  -o, --out DIR            output folder (default: output/; also -o=DIR, --out=DIR)
      --theme NAME|FILE    theme name or a .css file (default: recap-light)
      --themes DIR         also load themes from DIR (repeatable)
      --format LIST        md,html,pdf,pptx (default: md,html,pdf)
      --decks LIST         recap,sessions,days (default: recap,sessions)
      --recap KIND         brief (a slide or two per talk, the default) or full
                           (every talk's notes slide for slide)
      --minutes N          fit the brief recap to N minutes (about a slide a minute)
      --size RATIO         16:9 or 4:3 (default: 16:9)
      --browser-path PATH  Chromium/Chrome for PDF (else CHROME_PATH, PATH, ...)
      --allow-local-files  show images from anywhere on this machine (default:
                           only from the notes file's folder)
      --allow-remote       let decks load http(s) images (default: nothing
                           is loaded from the network)
      --timeout MS         time one deck may take to load and print to PDF
                           (default: 60000)
      --pdf-notes          presenter notes in the PDFs, as a note on each slide
      --check-fit          measure every slide in the browser and plan those that
                           overflow again, also without pdf (always done with pdf)
      --json               print a JSON summary (decks, files, timings) on stdout;
                           an error is printed there too, as {"error": {...}}
      --quiet              print nothing but errors (no progress)
  -w, --watch              build again each time a notes or theme file is saved
  -c, --config FILE        config file (default: recapdeck.config.json/.ts/.js or
                           the "recapdeck" key of package.json, in this folder)`;

const SERVE_OPTIONS = `  -p, --port N             port (default: 8080; 0 picks a free one)
      --host H             address to listen on (default: 127.0.0.1)
      --open               open the site in the system's browser`;

const FOOTER = `Flags override the config file.
Exit codes: 0 ok · 1 bad input · 2 usage error · 3 browser or export failure.
`;

export const HELP = `recapdeck — conference notes (Markdown) → Marp slide decks (Markdown, HTML, PDF)

Usage:
  recapdeck build <notes>... [options]      build the recap and per-session decks
  recapdeck serve <notes>... [options]      live preview: rebuild and reload on save
  recapdeck inspect <notes>... --json       print the parsed model as JSON
  recapdeck themes [--json]                 list available themes
  recapdeck <command> --help                that command's own help
  recapdeck --help | --version

Build options:
${BUILD_OPTIONS}

Serve options (and --theme, --themes, --decks, --size, --browser-path, --config):
${SERVE_OPTIONS}

${INPUTS}
${FOOTER}`;

/** `recapdeck <command> --help`: what that command does and the options it takes. */
export const COMMAND_HELP: Record<CommandName, string> = {
  build: `Usage: recapdeck build <notes>... [options]

Builds the team recap and one deck per session as Marp Markdown, HTML and PDF
into <out>/<conference>/, with index.html and manifest.json.

Options:
${BUILD_OPTIONS}

${INPUTS}
${FOOTER}`,
  serve: `Usage: recapdeck serve <notes>... [options]

Live preview on 127.0.0.1: every deck as HTML, rebuilt when a notes or theme
file is saved, open pages reloaded. Ctrl-C stops it.

Options:
${SERVE_OPTIONS}
      --theme NAME|FILE    theme name or a .css file (default: recap-light)
      --themes DIR         also load themes from DIR (repeatable)
      --decks LIST         recap,sessions,days (default: recap,sessions)
      --size RATIO         16:9 or 4:3 (default: 16:9)
      --browser-path PATH  Chromium/Chrome for the PDF links
      --quiet              print nothing but errors
  -c, --config FILE        config file (see recapdeck build --help)

Notes: as for build (files, folders, globs), but not stdin: serve watches files.
${FOOTER}`,
  inspect: `Usage: recapdeck inspect <notes>... [--json]

Prints how recapdeck reads the notes: title, date, days, sessions with their
speakers and lines, and warnings. With --json, the model as JSON on stdout
(errors too, as {"error": {...}}).

Options:
      --json               print the model as JSON
      --allow-local-files  keep images from anywhere on this machine
  -c, --config FILE        config file (see recapdeck build --help)

${INPUTS}
${FOOTER}`,
  themes: `Usage: recapdeck themes [--themes DIR]... [--json]

Lists the themes a build can use: the built-in ones and those in --themes DIR,
one per line as name and file; with --json, [{"name", "file"}] on stdout.
${FOOTER}`,
};
