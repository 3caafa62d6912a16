// Lines that rate or decorate a talk ("Rating: ⭐⭐⭐", emoji alone): no words of notes, no names.

/** A line with no letter or digit in it: a rating ("⭐⭐⭐"), emoji, punctuation; or a rating line (isRatingLine). */
export function isDecoration(text: string): boolean {
  return (text.trim().length > 0 && !/[\p{L}\p{N}]/u.test(text)) || isRatingLine(text);
}

/** Emoji as written in shortcodes (`:star:`), stars, a score (`4/5`, `8.5`): what a rating is made of. */
const RATING_MARK = String.raw`(?::[\w+-]+:|\p{Extended_Pictographic}|\u{FE0F}|[★☆✩✪✭½]|\d{1,2}(?:[.,]\d)?(?:\s*\/\s*\d{1,2})?)`;

/**
 * "Rating: :star: :star: :star:", "Note : 4/5", "Bewertung: ★★★☆", "Valoración: ⭐⭐⭐", "評価：★★★", or marks alone
 * (`:star: :star:`): the author's rating of the talk, perhaps left empty (`Rating:`). No words of notes, no names.
 */
const RATING_LINE = new RegExp(
  String.raw`^(?:(?:my\s+)?(?:rating|score|stars)|note|bewertung|wertung|valoraci[oó]n|puntuaci[oó]n|nota|voto|評価|评分|評分|평점)\s*[:：]\s*(?:${RATING_MARK}\s*)*$|^(?:${RATING_MARK}\s*)+$`,
  'iu',
);

/** Pure: a line that only rates the talk (RATING_LINE). */
export function isRatingLine(text: string): boolean {
  return RATING_LINE.test(text.trim());
}
