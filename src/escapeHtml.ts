/** Text and attribute values for HTML and SVG, escaped as marp-cli's template engine (pug) does. */
export function escapeHtml(text: string): string {
  return text.replace(/["&<>]/g, (char) => ({ '"': '&quot;', '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char]!);
}
