/**
 * Inline Markdown → the plain words it shows, for comparing what two people wrote:
 * case, accents, punctuation, quotes (curly or straight), emphasis, link targets and
 * task checkboxes make no difference.
 */
export function normalizeText(markdown: string): string {
  return markdown
    .replace(/^\s*\[[ xX]\]\s+/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
