import { shortened, type Dialect } from './types.js';

/** ES module lines of MDX: `import X from '...'`, `export const meta = {...}`. */
const MODULE_LINE =
  /^(?:import\s+(?:[\w*${}\s,]+\s+from\s+)?['"]|export\s+(?:default\s|const\s|let\s|var\s|function\s|async\s|\{))/;
/** A JSX component tag at the start of a line: `<Speaker name="Jane" />`, `<Tabs>`, `</Tabs>`; HTML tags are lower case. */
const COMPONENT_START = /^(\s*)<(\/?)([A-Z][\w.]*)(?=[\s/>]|$)/;
/** Attributes whose values are for the page, not the reader. */
const LAYOUT_ATTRIBUTES = new Set([
  'id',
  'class',
  'classname',
  'style',
  'src',
  'href',
  'type',
  'width',
  'height',
  'size',
  'key',
  'lang',
  'language',
  'variant',
  'color',
  'theme',
  'icon',
  'slot',
  'target',
  'rel',
  'value',
]);
const MAX_TAG_LINES = 20;
/** Attributes that name a person. */
const PERSON_ATTRIBUTES = new Set(['name', 'speaker', 'author', 'presenter', 'by', 'fullname']);

/**
 * MDX: module lines are dropped with a warning; components become the text of their string
 * attributes (`<Speaker name="Jane Roe" position="CTO, Example" />` → `Speaker: Jane Roe (CTO · Example)`),
 * which the model reads like any line a person wrote; their children stay.
 */
export const mdx: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'MDX',
  normalize: (lines, { code, repairs }) => {
    const out = [...lines];
    let written = -2;
    for (let index = 0; index < out.length; index++) {
      if (code[index]) continue;
      const line = out[index]!;
      if (MODULE_LINE.test(line)) {
        const last = statementEnd(out, index);
        repairs.push({ line: index + 1, message: `Dropped MDX \`${shortened(line)}\`` });
        for (let dropped = index; dropped <= last; dropped++) out[dropped] = '';
        index = last;
        continue;
      }
      const start = COMPONENT_START.exec(line);
      if (!start) continue;
      const last = tagEnd(out, index);
      if (last === null) continue;
      const tag = out.slice(index, last + 1).join('\n');
      const close = tag.indexOf('>', tagTextEnd(tag)) + 1;
      const text = start[2] ? '' : componentText(start[3]!, tag.slice(0, close));
      const after = tag.slice(close).trim();
      // Right under a component's title line, a tag over several lines writes its text on its last line,
      // so that the two stay apart (`<Admonition title=…>` then `<Speaker …/>`: a bold title, then a speaker line).
      const textLine = last > index && written === index - 1 && text !== '' ? last : index;
      const sameLine = last === textLine ? after : '';
      for (let inner = index; inner <= last; inner++)
        out[inner] =
          inner === textLine
            ? `${start[1]}${text}${text && sameLine ? ' ' : ''}${sameLine}`
            : inner === last
              ? after
              : '';
      if (text !== '') written = textLine;
      index = last;
    }
    return out;
  },
};

/** The line that ends a module statement: braces and brackets balanced (an object literal may span lines). */
function statementEnd(lines: readonly string[], first: number): number {
  let depth = 0;
  for (let index = first; index < Math.min(lines.length, first + 200); index++) {
    for (const char of lines[index]!)
      depth += char === '{' || char === '[' || char === '(' ? 1 : char === '}' || char === ']' || char === ')' ? -1 : 0;
    if (depth <= 0) return index;
  }
  return first;
}

/** The line where the tag opened on `first` closes (`>` outside quoted values and braces), or null. */
function tagEnd(lines: readonly string[], first: number): number | null {
  for (let index = first; index < Math.min(lines.length, first + MAX_TAG_LINES); index++) {
    const tag = lines.slice(first, index + 1).join('\n');
    if (tag.includes('>', tagTextEnd(tag))) return index;
  }
  return null;
}

/** Offset in `tag` after its name and attributes, skipping `"…"`, `'…'` and `{…}` so a `>` inside them does not close it. */
function tagTextEnd(tag: string): number {
  let quote: string | null = null;
  let braces = 0;
  for (let index = 1; index < tag.length; index++) {
    const char = tag[index]!;
    if (quote) quote = char === quote ? null : quote;
    else if (char === '"' || char === "'") quote = char;
    else if (char === '{') braces++;
    else if (char === '}') braces--;
    else if (char === '>' && braces === 0) return index;
  }
  return tag.length;
}

/**
 * The component's name and its attributes that hold words: `Card: Keynote, Main hall`. A person's
 * name (`name`, `speaker`, `author` attribute) comes first with the rest in parentheses, as people
 * write a speaker line: `Speaker: Jane Roe (CTO · Example)`; commas there would read as more names.
 */
export function componentText(name: string, tag: string): string {
  const values: string[] = [];
  let person: string | null = null;
  let title: string | null = null;
  for (const match of tag.matchAll(ATTRIBUTE)) {
    const [, key, ...quoted] = match;
    // Stryker disable next-line StringLiteral: each match captures one value, so the fallback never shows
    const value = attributeWords(quoted.find((entry) => entry !== undefined) ?? '');
    if (LAYOUT_ATTRIBUTES.has(key!.toLowerCase()) || !isWords(value)) continue;
    if (person === null && PERSON_ATTRIBUTES.has(key!.toLowerCase())) person = value;
    else if (title === null && key!.toLowerCase() === 'title') title = value;
    else values.push(value);
  }
  // `<Admonition title="…">` around a block is Docusaurus's `:::note Title`: its title is a bold line, as the container's is.
  if (title !== null && person === null && values.length === 0 && !/\/\s*>$/.test(tag)) return `**${title}**`;
  if (title !== null) values.unshift(title);
  const label = `${name.split('.').at(-1)}: `;
  if (person !== null)
    return `${label}${person}${values.length > 0 ? ` (${values.join(' · ').replace(/\s*,\s*/g, ' · ')})` : ''}`;
  return values.length === 0 ? '' : `${label}${values.join(', ')}`;
}

/** `key="…"`, `key='…'`, `key={"…"}` and `key={<a href="…">Words</a>}` (an element given as the value). */
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\}|\{\s*(<[^{}]*>)\s*\})/g;

/** An attribute's value as words: an element's text without its tags. */
function attributeWords(value: string): string {
  return value.startsWith('<')
    ? value
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    : value.trim();
}

/** Words a reader would want, not a path, a URL, a number or a one-word keyword such as `note`. */
function isWords(value: string): boolean {
  if (!/\p{L}/u.test(value) || /^(?:[a-z]+:\/\/|\/|\.\.?\/|#)/i.test(value) || /^[\w-]+\.[a-z]{2,4}$/i.test(value))
    return false;
  return /\s/.test(value) || /^[\p{Lu}]/u.test(value) || /[^\x00-\x7f]/.test(value);
}
