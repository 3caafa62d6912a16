/**
 * `text` cut to the longest start that `fits` with an ellipsis after it ("Scaling eBPF at sc…"), at
 * least one character; `text` as it is when it fits. A start that fits has every shorter start fit
 * too, so this bisects: a long title tried character by character cost time with its square.
 */
export function shortenToFit(text: string, fits: (shown: string) => boolean): string {
  if (fits(text)) return text;
  let kept = 1;
  let low = 2;
  let high = text.length - 1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    if (fits(`${text.slice(0, middle)}…`)) {
      kept = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return `${text.slice(0, kept).trimEnd()}…`;
}
