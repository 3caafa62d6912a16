/**
 * A heading that names an event by the word for one, with no year: "GEdge Platform 2회 오픈 컨퍼런스", "Chaos
 * Communication Camp", "Forum PHP", "深圳技术沙龙". Notes with no title of their own, kept in a file named only
 * `README.md` or `index.md`, often open with such a heading; it names the recap better than the file does.
 */

/** Words for an event in Latin script, whole words (a plural too): "conference", "Konferenz", "summit", "meetup". */
const EVENT_WORD =
  /(?<![\p{L}\p{N}])(?:conference|conf|konferenz|konferencja|conférence|conferencia|conferência|congress|kongress|congrès|congreso|summit|symposium|meetup|forum|camp|fest|festival|hackathon)s?(?![\p{L}\p{N}])/giu;

/** Words for an event in Korean, Japanese and Chinese, written inside a title without spaces. */
const CJK_EVENT_WORD = /컨퍼런스|콘퍼런스|세미나|밋업|カンファレンス|勉強会|大会|会议|峰会|沙龙|论坛|論壇/gu;

/** Whether the title names an event by its word and by a name beside it: "Conference" alone names none. */
export function namesEventByWord(title: string): boolean {
  // Stryker disable next-line StringLiteral: a Latin event word stands between marks or spaces, which part letters as a space does
  const withoutLatinWord = title.replace(EVENT_WORD, ' ');
  const rest = withoutLatinWord.replace(CJK_EVENT_WORD, ' ');
  return rest !== title && /\p{L}{2}|\p{Script=Han}/u.test(rest);
}

/** Whether one word is the word for an event: "Conf", "Summit", "컨퍼런스". */
export function isEventWord(word: string): boolean {
  return word.replace(EVENT_WORD, '').replace(CJK_EVENT_WORD, '') === '' && word !== '';
}
