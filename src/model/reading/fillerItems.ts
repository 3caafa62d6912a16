/**
 * Lines that close a list without naming anything: an ellipsis alone (`...`, `…`, `etc.`), or "and many more" in the
 * corpus languages (`many many many more!`, `and more…`, `y muchas más`, `et bien d'autres`, `und viele mehr`,
 * `e molto altro`, `e muito mais`, `等等`, `など`, `…그 외`). The words before "more" are only intensifiers.
 */
const FILLER =
  /^(?:[.…]+|(?:[.…]+\s*)?(?:etc\.?|(?:(?:and|&|plus)\s+)?(?:(?:so|many|much|lots|a\s+lot|loads)\s+)*more|(?:y\s+)?(?:muchas?|muchos)\s+m[aá]s|(?:et\s+)?(?:bien\s+)?d['’]autres|(?:und\s+)?viele?\s+mehr|(?:e\s+)?molt[oa]\s+altro|(?:e\s+)?muit[oa]s?\s+mais|等等|など|그\s*외))[\s.!…]*$/iu;

/** Pure: a list item's line that only says the list goes on (`...`, `many many many more!`): no talk, no point. */
export function isFillerLine(text: string): boolean {
  return FILLER.test(text.trim());
}
