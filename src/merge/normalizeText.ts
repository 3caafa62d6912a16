/**
 * Inline Markdown → the plain words it shows, for comparing what two people wrote:
 * case, accents, punctuation, quotes (curly or straight), emphasis, link targets and
 * task checkboxes make no difference.
 */
export function normalizeText(markdown: string): string {
  return (
    markdown
      // Stryker disable next-line Regex: spaces left after the checkbox become one space, trimmed below
      .replace(/^\s*\[[ xX]\]\s+/, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]*>/g, ' ')
      .normalize('NFKD')
      // Stryker disable next-line Regex: a global replace drops a run of marks one by one just the same
      .replace(/\p{M}+/gu, '')
      .toLocaleLowerCase('en')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}
