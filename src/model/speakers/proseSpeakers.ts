import type { Speaker } from '../types.js';

/** A Korean name or handle: one word of two to four Hangul syllables, as notes write it before 님 ("한정수님", "향로님"). */
const KOREAN_NAME = String.raw`(?<![\p{L}\p{N}])(\p{Script=Hangul}{2,4})\s?님`;
/** What a talk is called in Korean notes: 발표 (talk), 세션 (session), 강연 (lecture), 키노트 (keynote). */
const TALK_WORD = '(?:발표|세션|강연|키노트)';
/**
 * The sentences that say whose talk it was: "한정수님의 발표 입니다" (it is 한정수's talk) and
 * "발표는 민우님이 해 주셨고" (the talk was given by 민우). A name merely mentioned ("현민님의 영상") is not enough.
 */
const SAYS_WHOSE_TALK = [
  new RegExp(`${KOREAN_NAME}의\\s*${TALK_WORD}`, 'u'),
  new RegExp(`${TALK_WORD}[은는]\\s*${KOREAN_NAME}(?:이|께서)`, 'u'),
];

/** Pure: the speaker a sentence of the talk's prose names as giving it, or null. */
export function speakerInProse(text: string): Speaker | null {
  for (const pattern of SAYS_WHOSE_TALK) {
    const name = pattern.exec(text)?.[1];
    if (name) return { name, org: null };
  }
  return null;
}
