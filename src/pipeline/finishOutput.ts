import { relative } from 'node:path';
import { indexPage } from '../export/html/indexPage.js';
import type { Format, Manifest, ManifestDeck } from '../export/manifest.js';
import type { Conference, Warning } from '../model/types.js';
import type { Deck } from '../plan/types.js';
import type { ExportStage } from './exportDecks.js';
import { galleryOf } from './gallery.js';
import { CACHE_FILE } from './incrementalCache.js';

/** What the end of a run writes beside the decks' files, and what it moves into place. */
export interface Finish {
  dir: string;
  conference: Conference;
  manifest: Manifest;
  /** The decks and where they go ("recap", "sessions/03-…"), in the manifest's order. */
  decks: { deck: Deck; file: string }[];
  /** The decks' files that are there (made now, or kept): moved into place, the others of an earlier run removed. */
  deckFiles: string[];
  /** Each deck's first-slide picture, by deck file. */
  thumbnails: Map<string, string>;
  images: string[];
  /** The theme files handed off beside the Markdown, with their hashes. */
  handOff: Map<string, string>;
  /** index.html as this output wants it (a build sets its policy; serve's server sets its own). */
  page: (html: string) => string;
}

/**
 * Writes manifest.json, index.html and the cache's own file, then moves every file into place
 * (see StagedOutput.commit). Returns index.html, and a warning for each file kept aside or left.
 */
export async function finishOutput(
  stage: ExportStage,
  finish: Finish,
): Promise<{ index: string; warnings: Warning[] }> {
  const { staged, cache } = stage;
  await staged.write('manifest.json', `${JSON.stringify(finish.manifest, null, 2)}\n`);
  const pictures = new Map(
    finish.decks.flatMap(({ file }, index) =>
      finish.thumbnails.has(file) ? [[index, finish.thumbnails.get(file)!] as const] : [],
    ),
  );
  const gallery = galleryOf(
    finish.conference,
    finish.manifest,
    finish.decks.map(({ deck }) => deck),
    pictures,
  );
  const index = finish.page(indexPage(gallery));
  await staged.write('index.html', index);
  for (const file of ['manifest.json', 'index.html', ...finish.images]) await cache.record(file, '', staged.path(file));
  for (const [file, hash] of finish.handOff) if (staged.has(file)) await cache.record(file, hash, staged.path(file));
  await staged.write(CACHE_FILE, `${JSON.stringify(cache, null, 2)}\n`);
  // Last chance to stop: once files move into place, the run goes to its end.
  stage.signal?.throwIfAborted();
  // The cache goes last: a run stopped before it leaves the old cache, whose sizes and times no longer match.
  // Files of the earlier run that this one did not make again go, while as written (see StagedOutput.commit).
  const files = [
    'index.html',
    ...finish.images,
    ...finish.thumbnails.values(),
    ...finish.handOff.keys(),
    ...finish.deckFiles,
    'manifest.json',
    CACHE_FILE,
  ];
  const notices = await staged.commit(files, cache);
  return {
    index,
    warnings: notices.map((message) => ({ file: relative(process.cwd(), finish.dir) || '.', line: null, message })),
  };
}

export function buildManifest(
  conference: Conference,
  decks: { deck: Deck; file: string; formats: Set<Format> }[],
): Manifest {
  return {
    title: conference.title,
    decks: decks.map(
      ({ deck, file, formats }): ManifestDeck => ({
        kind: deck.kind,
        title: deck.title,
        slides: deck.slides.length,
        files: Object.fromEntries(
          (['md', 'html', 'pdf', 'pptx'] as const)
            .filter((format) => formats.has(format))
            .map((format) => [format, `${file}.${format}`]),
        ),
      }),
    ),
  };
}
