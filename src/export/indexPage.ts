import { plural } from '../plural.js';
import type { Manifest } from './manifest.js';
import { escapeHtml } from './printablePage.js';

/** index.html: every deck with its formats, readable without any script. */
export function indexPage(manifest: Manifest): string {
  const rows = manifest.decks.map((deck) => {
    const links = (['html', 'pdf', 'md'] as const)
      .filter((format) => deck.files[format])
      .map((format) => `<a class="${format}" href="${escapeHtml(deck.files[format]!)}">${format === 'html' ? 'Present' : format.toUpperCase()}</a>`)
      .join(' ');
    return `<li class="${deck.kind}"><span class="title">${escapeHtml(deck.title)}</span> <span class="slides">${plural(deck.slides, 'slide')}</span> ${links}</li>`;
  });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(manifest.title)} · recap decks</title>
<style>
body { font-family: system-ui, 'DejaVu Sans', sans-serif; max-width: 860px; margin: 40px auto; padding: 0 20px; color: #1f2430; background: #fbfaf7; }
h1 { font-size: 1.8em; } ul { list-style: none; padding: 0; }
li { padding: 10px 0; border-bottom: 1px solid #e4e1d8; display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
li.recap { font-size: 1.2em; font-weight: 600; } .title { flex: 1 1 360px; } .slides { color: #5d6475; font-size: .9em; }
a { color: #2563eb; text-decoration: none; border: 1px solid #dbe7fd; border-radius: 6px; padding: 2px 8px; font-size: .9em; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(manifest.title)}</h1>
<ul>
${rows.join('\n')}
</ul>
</main>
</body>
</html>
`;
}
