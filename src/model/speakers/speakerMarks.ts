// What marks the words around a speaker's name: "by" before it, a handle standing for it, a profile link on it.

/** "by" before a speaker's name in the corpus languages: "par" (French), "von" (German), "por" (Spanish, Portuguese). */
export const BY_WORD = '(?:by|par|von|por)';

/** A handle standing alone, as a line or a part of a heading: "@jroe" (a linked one is read as its text). */
export const HANDLE = /^@[\w.-]+$/u;

/**
 * Where people link their name to: a profile on a social site ("https:/twitter.com/x" is mistyped, and still one), or
 * on Medium, whose posts link each person they mention (`medium.com/u/1978eb600702`, `medium.com/@jroe`).
 * Not a code site: "[Service Mesh Patterns](https://github.com/mesh)" names a project as often as a person.
 */
export const PROFILE_URL =
  /^https?:\/{1,2}(?:www\.)?(?:(?:twitter\.com|x\.com|linkedin\.com\/in|bsky\.app\/profile|medium\.com\/u)\/|medium\.com\/@)[\w.-]+\/?$/i;
