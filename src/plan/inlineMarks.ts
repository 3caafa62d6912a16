/** Marks of inline Markdown still open at a point of a text: a cut there would break a link, code span or emphasis. */
export interface OpenMarks {
  ticks: number;
  stars: number;
  square: number;
  round: number;
  angle: number;
}

export const noOpenMarks = (): OpenMarks => ({ ticks: 0, stars: 0, square: 0, round: 0, angle: 0 });

/** Adds the marks `text` opens and closes to `open`. */
export function countMarks(text: string, open: OpenMarks): void {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  open.ticks += count(/`/g);
  open.stars += count(/\*\*/g);
  open.square += count(/\[/g) - count(/\]/g);
  open.round += count(/\(/g) - count(/\)/g);
  open.angle += count(/</g) - count(/>/g);
}

/** Whether every mark counted so far is closed. */
export function allClosed(open: OpenMarks): boolean {
  return open.ticks % 2 === 0 && open.stars % 2 === 0 && open.square === 0 && open.round === 0 && open.angle === 0;
}
