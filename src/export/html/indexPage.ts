import type { Format, ManifestDeck } from '../manifest.js';
import { plural } from '../../plural.js';
import { escapeHtml } from '../../escapeHtml.js';

/** A deck as the gallery shows it: the manifest's entry, a picture of its first slide, and who spoke. */
export interface GalleryDeck extends ManifestDeck {
  /** The first slide's picture (relative path), or null: a styled placeholder stands in. */
  thumbnail: string | null;
  speakers: string[];
}

export interface Gallery {
  title: string;
  /** Under the title: the date, who took the notes. */
  subtitle: string[];
  recap: GalleryDeck | null;
  /** Each day with its talks' decks, in order. */
  days: { title: string; decks: GalleryDeck[] }[];
  /** Day decks (`--decks days`). */
  others: GalleryDeck[];
}

const LINKS: { format: Format; text: string }[] = [
  { format: 'html', text: 'Present' },
  { format: 'pdf', text: 'PDF' },
  { format: 'pptx', text: 'PPTX' },
  { format: 'md', text: 'MD' },
];

/**
 * index.html: a gallery of the decks, readable without any script. The recap first with a picture
 * of its title slide, then each day with a card per talk (first slide, speakers, slide count,
 * Present / PDF / MD). Landmarks, headings, alt text and visible focus for keyboard use.
 */
export function indexPage(gallery: Gallery): string {
  const sections: string[] = [];
  if (gallery.recap) {
    sections.push(`<section class="recap" aria-labelledby="recap-heading">
<h2 id="recap-heading">Team recap</h2>
${card(gallery.recap, 'recap-deck', 'h3')}
</section>`);
  }
  gallery.days.forEach((day, index) => {
    if (day.decks.length === 0) return;
    const id = `day-${index + 1}`;
    sections.push(`<section class="day" aria-labelledby="${id}">
<h2 id="${id}">${escapeHtml(day.title)}</h2>
<ul class="cards">
${day.decks.map((deck, at) => `<li>${card(deck, `${id}-talk-${at + 1}`, 'h3')}</li>`).join('\n')}
</ul>
</section>`);
  });
  if (gallery.others.length > 0) {
    sections.push(`<section class="days" aria-labelledby="day-decks">
<h2 id="day-decks">Day decks</h2>
<ul class="cards">
${gallery.others.map((deck, at) => `<li>${card(deck, `day-deck-${at + 1}`, 'h3')}</li>`).join('\n')}
</ul>
</section>`);
  }
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(gallery.title)} · recap decks</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the decks</a>
<header>
<h1>${escapeHtml(gallery.title)}</h1>
${gallery.subtitle.length > 0 ? `<p>${gallery.subtitle.map(escapeHtml).join(' · ')}</p>` : ''}
</header>
<main id="main" tabindex="-1">
${sections.join('\n')}
</main>
<footer><p>Made with recapdeck. Present opens a deck in the browser: arrow keys move, P opens the presenter view.</p></footer>
</body>
</html>
`;
}

/** One deck: a picture of its first slide (or a placeholder), title, speakers, slide count and links. */
function card(deck: GalleryDeck, id: string, heading: 'h3'): string {
  const picture = deck.thumbnail
    ? `<img src="${escapeHtml(deck.thumbnail)}" alt="First slide of ${escapeHtml(deck.title)}" width="${deck.kind === 'recap' ? 640 : 320}" height="${deck.kind === 'recap' ? 360 : 180}">`
    : `<div class="placeholder" aria-hidden="true"><span>${escapeHtml(deck.title)}</span></div>`;
  // Each link names its deck to a screen reader ("Present, Keynote day 1"): the card's heading describes it.
  const links = LINKS.filter(({ format }) => deck.files[format])
    .map(
      ({ format, text }) =>
        `<a class="${format}" href="${escapeHtml(deck.files[format]!)}" aria-describedby="${id}">${text}</a>`,
    )
    .join(' ');
  const speakers =
    deck.speakers.length > 0 ? `<p class="speakers">${deck.speakers.map(escapeHtml).join(', ')}</p>` : '';
  return `<article class="card ${deck.kind}">
${picture}
<${heading} id="${id}">${escapeHtml(deck.title)}</${heading}>
${speakers}<p class="slides">${plural(deck.slides, 'slide')}</p>
<p class="links">${links}</p>
</article>`;
}

const STYLE = `
:root { --bg: #fbfaf7; --fg: #1f2430; --muted: #5d6475; --accent: #2563eb; --soft: #dbe7fd; --rule: #e4e1d8; }
* { box-sizing: border-box; }
body { font-family: system-ui, 'DejaVu Sans', sans-serif; margin: 0; color: var(--fg); background: var(--bg); line-height: 1.4; }
header, main, footer { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 40px; } header h1 { font-size: 2em; margin: 0 0 4px; } header p { color: var(--muted); margin: 0; }
h2 { font-size: 1.3em; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 3px solid var(--soft); }
.cards { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 20px; }
.card { background: #fff; border: 1px solid var(--rule); border-radius: 10px; padding: 12px; height: 100%; display: flex; flex-direction: column; gap: 4px; }
.card h3 { font-size: 1em; margin: 6px 0 0; }
.card p { margin: 0; } .speakers, .slides { color: var(--muted); font-size: .9em; }
.card img, .placeholder { display: block; width: 100%; height: auto; aspect-ratio: 16 / 9; border-radius: 6px; border: 1px solid var(--rule); }
.placeholder { display: flex; align-items: center; padding: 12px 16px; background: linear-gradient(135deg, var(--bg) 55%, var(--soft)); border-left: 6px solid var(--accent); font-weight: 700; overflow: hidden; }
.placeholder span { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
section.recap .card { max-width: 560px; } section.recap h3 { font-size: 1.2em; }
.links { margin-top: auto !important; padding-top: 8px; display: flex; gap: 8px; flex-wrap: wrap; }
.links a { color: var(--accent); text-decoration: none; border: 1px solid var(--soft); border-radius: 6px; padding: 3px 10px; font-size: .9em; }
.links a:hover { background: var(--soft); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; } .skip:focus { left: 16px; top: 8px; background: #fff; padding: 6px 10px; }
footer { color: var(--muted); font-size: .85em; padding: 40px 24px; }
`;
