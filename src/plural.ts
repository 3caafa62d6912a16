/** `1 deck`, `2 decks`: a count and its noun, for messages people read. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
