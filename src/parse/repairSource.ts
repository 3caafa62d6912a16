/** Something the parser changed in the notes before reading them, reported as a warning. */
export interface SourceRepair {
  line: number;
  message: string;
}

/** A heading written without the space CommonMark needs: `##Day 1`. One `#` only before a capital or digit, so `#hashtag` stays text; so do markers such as `#TODO`. */
const BROKEN_HEADING = /^( {0,3})(#{2,6}|#(?=[\p{Lu}\p{N}])(?!(?:TODO|TO DO|FIXME|WIP|TBD|XXX|NOTE)\b))(?=[^\s#])/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Hugo shortcodes: `{{< name args >}}` and `{{% name args %}}`, closing tags included. */
const SHORTCODE = /\{\{([<%])\s*(\/?)\s*([\w-]+)([^]*?)\s*[>%]\}\}/g;
/**
 * Zola (Tera) shortcodes: `{{ figure(image="x.png", alt="…") }}`, a name called with arguments. A plain
 * `{{ page.title }}` has no call and is left alone, as Liquid output is.
 */
const ZOLA_SHORTCODE = /\{\{\s*([\w-]+)\(([^]*?)\)\s*\}\}/g;
/** Liquid (Jekyll) tags `{% ... %}`; `{{ ... }}` output tags are left alone, they may be prose. */
const LIQUID_TAG = /\{%-?\s*(\w+)[^]*?-?%\}/g;
/** Shortcode arguments whose values are words a reader should see. */
const MEANINGFUL_ARGS = ['title', 'caption', 'attr', 'alt', 'text', 'name'];

/**
 * Pure: fixes what people write that CommonMark reads otherwise, keeping every line where it was
 * (warnings and mdast positions stay true to the file). Code fences are left untouched.
 */
export function repairSource(body: string): { text: string; repairs: SourceRepair[] } {
  const repairs: SourceRepair[] = [];
  let fence: string | null = null;
  const lines = body.split('\n').map((line, index) => {
    const lineNumber = index + 1;
    const opening = FENCE.exec(line);
    if (fence !== null) {
      // Stryker disable next-line MethodExpression: a fence is one character repeated, so it starts with another as it ends with it
      if (opening && opening[1]!.startsWith(fence)) fence = null;
      return line;
    }
    if (opening) {
      fence = opening[1]!;
      return line;
    }
    return repairLine(line, lineNumber, repairs);
  });
  return { text: lines.join('\n'), repairs };
}

function repairLine(line: string, lineNumber: number, repairs: SourceRepair[]): string {
  let repaired = line;
  const broken = BROKEN_HEADING.exec(repaired);
  if (broken) {
    repaired = `${broken[1]}${broken[2]} ${repaired.slice(broken[0].length)}`;
    repairs.push({ line: lineNumber, message: `Read \`${line.trim()}\` as a heading (no space after \`#\`)` });
  }
  repaired = repaired.replace(SHORTCODE, (whole, _kind: string, closing: string, name: string, args: string) => {
    const words = closing ? '' : meaningfulText(args);
    repairs.push({
      line: lineNumber,
      message: words
        ? `Replaced Hugo shortcode \`${name}\` by its text`
        : `Dropped Hugo shortcode \`${shortened(whole)}\``,
    });
    return words;
  });
  repaired = repaired.replace(ZOLA_SHORTCODE, (whole, name: string, args: string) => {
    const words = meaningfulText(args);
    repairs.push({
      line: lineNumber,
      message: words
        ? `Replaced Zola shortcode \`${name}\` by its text`
        : `Dropped Zola shortcode \`${shortened(whole)}\``,
    });
    return words;
  });
  repaired = repaired.replace(LIQUID_TAG, (_whole, name: string) => {
    repairs.push({ line: lineNumber, message: `Dropped Liquid tag \`${name}\`` });
    return '';
  });
  return repaired;
}

/** A tag as a warning quotes it: at most 60 characters. */
function shortened(tag: string): string {
  return tag.length > 60 ? `${tag.slice(0, 57)}...` : tag;
}

/**
 * `figure src="x.png" attr="Photo by Jane"` → "Photo by Jane"; positional string arguments count too.
 * A credit with its `attrlink` keeps the link: `[Photo by Jane](https://...)`.
 */
function meaningfulText(args: string): string {
  const values: string[] = [];
  let credit: number | null = null;
  let creditLink: string | null = null;
  for (const match of args.matchAll(/(?:([\w-]+)\s*=\s*)?(?:"([^"]*)"|'([^']*)')/g)) {
    const [, key, double, single] = match;
    // Stryker disable next-line StringLiteral: the pattern always captures one of the two quotes' contents
    const value = (double ?? single ?? '').trim();
    if (key?.toLowerCase() === 'attrlink' && value) creditLink = value;
    if (value && (key === undefined ? !/[/.]\w+$/.test(value) : MEANINGFUL_ARGS.includes(key.toLowerCase()))) {
      if (key?.toLowerCase() === 'attr') credit = values.length;
      values.push(value);
    }
  }
  if (credit !== null && creditLink !== null)
    values[credit] =
      `[${values[credit]!.replace(/[[\]\\]/g, '\\$&')}](<${creditLink.replace(/[<>\s]/g, encodeURIComponent)}>)`;
  return values.join(' — ');
}
