import slugifyText from '@sindresorhus/slugify';

const MAX_SLUG = 60;
/** Names Windows keeps for devices: a folder called `con` cannot be made there. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/** A file-name-safe slug: ASCII letters, digits and `-`, lower case, at most 60 characters, never empty or a reserved device name. */
export function slugify(text: string, fallback: string): string {
  // Stryker disable next-line Regex: the slug has no two dashes in a row, so at most one trails
  const slug = slugifyText(text, { decamelize: false }).slice(0, MAX_SLUG).replace(/-+$/, '');
  if (RESERVED.test(slug)) return `${slug}-${fallback}`;
  return slug || fallback;
}
