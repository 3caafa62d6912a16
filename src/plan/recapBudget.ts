/** What the recap knows of a talk when it shares out slides: how much was noted, and how many slides its key points fill. */
export interface TalkWeight {
  words: number;
  /** Slides the talk's key points fill (at least one). */
  need: number;
}

/** A talk with at least this many words of notes is long: by default it may get a second slide. */
export const LONG_TALK_WORDS = 250;

/**
 * Slides per talk. Without a budget: one, two for a long talk whose points fill two. With a budget
 * (slides for the talks): one each, then the rest shared by how much was noted (D'Hondt: the next
 * slide goes to the talk with the most words per slide it would have), never more than a talk's points fill.
 */
export function talkSlides(talks: TalkWeight[], budget: number | null): number[] {
  if (budget === null)
    return talks.map((talk) => Math.min(Math.max(1, talk.need), talk.words >= LONG_TALK_WORDS ? 2 : 1));
  const slides = talks.map(() => 1);
  for (let spare = budget - talks.length; spare > 0; spare--) {
    let best = -1;
    talks.forEach((talk, index) => {
      if (slides[index]! >= talk.need) return;
      if (best < 0 || talk.words / (slides[index]! + 1) > talks[best]!.words / (slides[best]! + 1)) best = index;
    });
    if (best < 0) break;
    slides[best]!++;
  }
  return slides;
}
