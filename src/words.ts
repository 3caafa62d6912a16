/** The words of a text, lower-cased: letters and digits in any script, link targets included. */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True when every word of `written` (a heading as the author wrote it) is among the words of `shown`. */
export function showsEveryWord(written: string, shown: string): boolean {
  const onSlide = new Set(wordsOf(shown));
  return wordsOf(written).every((word) => onSlide.has(word));
}
