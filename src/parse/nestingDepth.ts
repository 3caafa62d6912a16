/** Containers opened at the start of a line: block quotes and list items, nested. */
const CONTAINER_MARKERS = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?)+/;

/** `* * * * …` and `- - - …` are rules, however long, not lists. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** Deeper than any notes a person writes; the Markdown parser's recursion runs out of stack long before 5000. */
export const MAX_NESTING = 100;

/**
 * Pure: the first line that opens more than MAX_NESTING block quotes and list items at once
 * (`> > > …`, `- - - …`), or null. Such notes are refused before parsing, which would exhaust the stack.
 */
export function tooDeeplyNested(text: string): { line: number; depth: number } | null {
  let line = 0;
  for (const content of text.split('\n')) {
    line++;
    if (THEMATIC_BREAK.test(content)) continue;
    const markers = CONTAINER_MARKERS.exec(content)?.[0];
    if (!markers) continue;
    // Stryker disable next-line ArrayDeclaration: markers hold at least one marker, so the match is never null
    const depth = (markers.match(/>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g) ?? []).length;
    if (depth > MAX_NESTING) return { line, depth };
  }
  return null;
}
