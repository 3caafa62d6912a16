import slugifyText from '@sindresorhus/slugify';

const MAX_SLUG = 60;

/** A file-name-safe slug: ASCII, lower case, at most 60 characters, never empty. */
export function slugify(text: string, fallback: string): string {
  const slug = slugifyText(text, { decamelize: false }).slice(0, MAX_SLUG).replace(/-+$/, '');
  return slug || fallback;
}
