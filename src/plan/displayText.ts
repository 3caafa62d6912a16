/**
 * Inline Markdown as it reads on a slide, in a PDF viewer's bookmarks and metadata: link and image
 * targets, emphasis marks and code ticks dropped (they take no room on the slide), spaces collapsed.
 */
export function displayText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
