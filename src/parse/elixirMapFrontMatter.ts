/**
 * Front matter written as an Elixir map, as NimblePublisher blogs (Elixir static sites) do:
 *
 *     %{
 *       title: "ElixirConf EU, Lisbon",
 *       tags: ~w(elixir conference),
 *       date: ~D[2023-04-27]
 *     }
 *     ---
 *
 * (some add an opening `---` too). It is not YAML, so it is read here: strings, word and string lists, sigil
 * dates, numbers and booleans; any other value (a nested map, a function call) is passed over.
 */

/** `%{` alone or with the first entry, on the block's first line. */
const MAP_OPENING = /^\s*%\{/;
const MAP_CLOSING = /\}\s*$/;

const KEY = /[a-z_][\w?!]*(?=:\s)/iy;
const STRING = /"((?:\\.|[^"\\])*)"/y;
/** `~D[2023-04-27]`, `~N[…]`, `~U[…]`: a date or time sigil, read as its text. */
const DATE_SIGIL = /~[DNUT]\[([^\]]*)\]/y;
/** `~w(elixir otp)`, `~w[…]`: a list of words. */
const WORD_LIST = /~w([([{])([^)\]}]*)[)\]}]/y;
const STRING_LIST = /\[((?:\s*"(?:\\.|[^"\\])*"\s*,?)*\s*)\]/y;
const LITERAL = /(true|false|nil|-?\d+(?:\.\d+)?)(?=\s*[,}\n]|\s*$)/y;
/** What separates entries: spaces, a comma, line breaks. */
const GAP = /[\s,]*/y;

/** True when the front matter block (the lines between its delimiters) is an Elixir map. */
export function isElixirMap(block: string): boolean {
  // Stryker disable next-line MethodExpression: both patterns allow the spaces the trim takes
  const trimmed = block.trim();
  return MAP_OPENING.test(trimmed) && MAP_CLOSING.test(trimmed);
}

/** The map's entries, read in order until a value this reader does not know. */
export function readElixirMap(block: string): Record<string, unknown> {
  // Stryker disable next-line MethodExpression: both patterns allow the spaces the trim takes
  const body = block.trim().replace(MAP_OPENING, '').replace(MAP_CLOSING, '');
  const data: Record<string, unknown> = {};
  let at = 0;
  while (at < body.length) {
    at = skip(GAP, body, at);
    const key = matchAt(KEY, body, at);
    if (!key) break;
    at = skip(/:\s*/y, body, at + key[0].length);
    const value = valueAt(body, at);
    if (!value) break;
    data[key[0]] = value.value;
    at = value.end;
  }
  return data;
}

function valueAt(body: string, at: number): { value: unknown; end: number } | null {
  const string = matchAt(STRING, body, at);
  if (string) return { value: unescape(string[1]!), end: at + string[0].length };
  const date = matchAt(DATE_SIGIL, body, at);
  if (date) return { value: date[1]!.trim(), end: at + date[0].length };
  const words = matchAt(WORD_LIST, body, at);
  if (words) return { value: words[2]!.split(/\s+/).filter(Boolean), end: at + words[0].length };
  const list = matchAt(STRING_LIST, body, at);
  if (list) {
    const items = [...list[1]!.matchAll(/"((?:\\.|[^"\\])*)"/g)].map((item) => unescape(item[1]!));
    return { value: items, end: at + list[0].length };
  }
  const literal = matchAt(LITERAL, body, at);
  if (!literal) return null;
  const text = literal[1]!;
  const value = text === 'true' ? true : text === 'false' ? false : text === 'nil' ? null : Number(text);
  return { value, end: at + literal[0].length };
}

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function skip(pattern: RegExp, text: string, at: number): number {
  const match = matchAt(pattern, text, at);
  return match ? at + match[0].length : at;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, (_, char: string) => (char === 'n' ? '\n' : char === 't' ? '\t' : char));
}
