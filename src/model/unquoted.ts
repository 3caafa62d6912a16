/** Pure: a label line's title without the quotes around it: `**Title:** *“Why Networks Matter”*`. */
export function unquoted(title: string): string {
  const match = /^["“„«「『](.+)["”“»」』]$/u.exec(title.trim());
  return match ? match[1]!.trim() : title;
}
