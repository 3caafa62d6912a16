/**
 * The event a notes file names with its year ("GopherCon 2014", "SOSCON 2015", "PHPerKaigi2023"), for when the
 * notes' own title names only a day or there is none: the first such name in the text, or null.
 */

/** Words that open a sentence or a date before a year, not an event: "In 2019", "May 2019". */
const NOT_A_NAME =
  /^(?:in|on|at|by|since|until|from|to|of|the|this|that|and|copyright|summer|winter|spring|fall|autumn|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/iu;

/** Products and languages versioned by a year ("ES2015", "Visual Studio 2022", "SQL Server 2019"): no event. */
const PRODUCT_WITH_YEAR =
  /^(?:ES|ECMAScript|C\+\+|Windows(?: Server)?|Office|Microsoft Office|Visual Studio|SQL Server|Excel|Exchange|SharePoint)$/iu;

/** Up to three capitalized words, then a year (1990–2039) standing alone: "Devoxx France 2022", "ICDM 2025". */
const NAME_YEAR =
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{N}+#.-]*\s+){0,2}\p{Lu}[\p{L}\p{N}+#-]*?)\s?'?((?:19[9]|20[0-3])\d)(?![\p{N}])/gu;

export function eventNameIn(text: string): string | null {
  for (const match of text.matchAll(NAME_YEAR)) {
    const words = match[1]!.split(/\s+/);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with no word left the test reads "undefined", not a sentence word, and stops
    while (words.length > 0 && NOT_A_NAME.test(words[0]!)) words.shift();
    if (words.length === 0 || words.some((word) => NOT_A_NAME.test(word))) continue;
    if (PRODUCT_WITH_YEAR.test(words.join(' '))) continue;
    // One word must read as a name on its own ("GopherCon", "SOSCON"), or two capitalized words together ("Scala Days").
    const named = words.length >= 2 || /\p{Lu}.*\p{Lu}/u.test(words[0]!);
    if (named) return `${words.join(' ')} ${match[2]}`;
  }
  return null;
}
