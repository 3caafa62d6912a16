/**
 * Code lines in slices of at most `capacity` displayed lines each: a line longer than `codeChars`
 * wraps (pre-wrap) and counts as the lines it takes. A slice holds at least one line.
 */
export function sliceCode(code: string, capacity: number, codeChars: number): string[] {
  const slices: string[][] = [[]];
  let used = 0;
  for (const line of code.split('\n')) {
    const height = Math.max(1, Math.ceil(line.length / codeChars));
    if (used + height > capacity && slices.at(-1)!.length > 0) {
      slices.push([]);
      used = 0;
    }
    slices.at(-1)!.push(line);
    used += height;
  }
  return slices.map((lines) => lines.join('\n'));
}
