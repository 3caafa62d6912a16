export const HELP = `recapdeck — conference notes (Markdown) → Marp slide decks (Markdown, HTML, PDF)

Usage:
  recapdeck build <notes.md>... [options]   build the recap and per-session decks
  recapdeck serve <notes.md>... [options]   live preview: rebuild and reload on save
  recapdeck inspect <notes.md>... --json    print the parsed model as JSON
  recapdeck themes                          list available themes
  recapdeck --help | --version

Build options:
  -o, --out DIR            output folder (default: output/)
      --theme NAME|FILE    theme name or a .css file (default: recap-light)
      --themes DIR         also load themes from DIR (repeatable)
      --format LIST        md,html,pdf (default: all three)
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
      --json               print a JSON summary (decks, files, timings) on stdout
      --quiet              print nothing but errors (no progress)
  -w, --watch              build again each time a notes or theme file is saved
  -c, --config FILE        config file (default: recapdeck.config.json/.ts/.js or
                           the "recapdeck" key of package.json, in this folder)

Serve options (and --theme, --themes, --decks, --size, --browser-path, --config):
  -p, --port N             port (default: 8080; 0 picks a free one)
      --host H             address to listen on (default: 127.0.0.1)
      --open               open the site in the system's browser

Several notes files make one team recap: the same talk noted by several people
becomes one session of their combined points. Flags override the config file.
Exit codes: 0 ok · 1 bad input · 2 usage error · 3 browser or export failure.
`;
