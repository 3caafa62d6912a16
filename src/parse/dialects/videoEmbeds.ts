import { outsideCodeSpans, type Dialect } from './types.js';

/** markdown-it-video (Nuxt Content, VuePress, HackMD) `@[service](id or URL)`. */
const EMBED = /@\[([A-Za-z]+)\]\(\s*([^()\s]+)\s*\)/g;

/** Services whose embeds may give only the video's id, and the page that shows it. */
const VIDEO_PAGES: Record<string, { label: string; page: (id: string) => string }> = {
  youtube: { label: 'YouTube video', page: (id) => `https://www.youtube.com/watch?v=${id}` },
  vimeo: { label: 'Vimeo video', page: (id) => `https://vimeo.com/${id}` },
};

/**
 * `@[youtube](dQw4w9WgXcQ)` → a link to the video. Read as Markdown it would show "@youtube" and
 * link to nowhere; the id stays in the link's target, so no word of it is lost.
 */
export const videoEmbeds: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'video embeds',
  normalize: (lines, { code }) =>
    lines.map((line, index) => {
      // Stryker disable next-line StringLiteral: a shortcut; EMBED matches only at `@[`
      if (code[index] || !line.includes('@[')) return line;
      return outsideCodeSpans(line, (part) =>
        part.replace(EMBED, (whole, service: string, target: string) => {
          const known = VIDEO_PAGES[service.toLowerCase()];
          if (/^https?:\/\//i.test(target)) return `[${known?.label ?? service}](<${target}>)`;
          if (known && /^[\w-]+$/.test(target)) return `[${known.label}](<${known.page(target)}>)`;
          return whole;
        }),
      );
    }),
};
