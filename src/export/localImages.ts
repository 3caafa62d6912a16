import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Warning } from '../model/types.js';
import { isInside } from '../pathInside.js';
import { slugify } from '../plan/slugify.js';
import { sanitizeSvg } from './sanitizeSvg.js';

/** Image types a deck may show, by extension, with the type a data URI names. */
export const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
};
/** Larger images are left out: a deck is not the place for them, and a PDF would balloon. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/**
 * A local image as the parse stage writes it: `![alt](<file:///abs/path> "title")`. Only images
 * have this form on a slide: a `file:` link is removed before the model sees it.
 */
const LOCAL_IMAGE = /!\[((?:\\.|[^\\\]])*)\]\(<(file:\/\/\/[^<>\s]*)>((?: "(?:\\.|[^"\\])*")?)\)/g;

export interface LocalImage {
  /** Its name in the output's `images/` folder. */
  name: string;
  bytes: Buffer;
  type: string;
}

export interface LocalImages {
  images: Map<string, LocalImage>;
  warnings: Warning[];
}

/**
 * Reads the local images the decks show, once each. A file is read only if, with symbolic links
 * followed, it lies inside the folder of one of the notes files (any file when `allowLocalFiles`),
 * is a regular file of an image type and at most MAX_IMAGE_BYTES; anything else is left out with a warning.
 * An SVG is copied sanitized (see sanitizeSvg), with a warning for each thing removed.
 */
export async function readLocalImages(
  markdowns: string[],
  options: { notesDirs: string[]; allowLocalFiles?: boolean },
): Promise<LocalImages> {
  const roots = await Promise.all(options.notesDirs.map((dir) => realpath(dir).catch(() => dir)));
  const images = new Map<string, LocalImage>();
  const warnings: Warning[] = [];
  const urls = new Set(markdowns.flatMap((markdown) => [...markdown.matchAll(LOCAL_IMAGE)].map((match) => match[2]!)));
  for (const url of urls) {
    const path = fileURLToPath(url);
    const skip = (reason: string) => warnings.push({ file: path, line: null, message: `Left out image: ${reason}` });
    const type = IMAGE_TYPES[extname(path).toLowerCase()];
    if (!type) {
      skip(`expected one of ${Object.keys(IMAGE_TYPES).join(', ')}`);
      continue;
    }
    let real: string;
    try {
      real = await realpath(path);
      const info = await stat(real);
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      if (info.size > MAX_IMAGE_BYTES) {
        skip(`${info.size} bytes, expected at most ${MAX_IMAGE_BYTES}`);
        continue;
      }
    } catch (error) {
      skip((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not a readable file');
      continue;
    }
    if (!options.allowLocalFiles && !roots.some((root) => isInside(real, root))) {
      skip('it links to a file outside the notes folder (--allow-local-files includes it)');
      continue;
    }
    let bytes = await readFile(real);
    if (type === IMAGE_TYPES['.svg']) {
      // Opened on its own, an SVG is a page that runs its scripts: the copy keeps only what draws.
      const clean = sanitizeSvg(bytes.toString('utf8'));
      if (!clean.ok) {
        skip(clean.reason);
        continue;
      }
      warnings.push(...clean.removed.map(({ line, message }) => ({ file: path, line, message })));
      bytes = Buffer.from(clean.svg);
    }
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
    images.set(url, {
      name: `${slugify(basename(path, extname(path)), 'image')}-${hash}${extname(path).toLowerCase()}`,
      bytes,
      type,
    });
  }
  return { images, warnings };
}

/**
 * The deck's Markdown with each local image pointing at its copy in the output's `images/` folder;
 * `deckFile` is the deck's path in the output ("recap", "sessions/01-…"). Images left out become their alt text.
 */
export function linkLocalImages(markdown: string, images: Map<string, LocalImage>, deckFile: string): string {
  const prefix = '../'.repeat(deckFile.split('/').length - 1);
  return replaceLocalImages(markdown, images, (image) => `${prefix}images/${image.name}`);
}

/** The deck's Markdown with each local image inline as a data URI: a page printed to PDF loads nothing from disk. */
export function embedLocalImages(markdown: string, images: Map<string, LocalImage>): string {
  return replaceLocalImages(markdown, images, (image) => `data:${image.type};base64,${image.bytes.toString('base64')}`);
}

function replaceLocalImages(
  markdown: string,
  images: Map<string, LocalImage>,
  target: (image: LocalImage) => string,
): string {
  return markdown.replace(LOCAL_IMAGE, (_whole, alt: string, url: string, title: string) => {
    const image = images.get(url);
    return image ? `![${alt}](${target(image)}${title})` : alt;
  });
}
