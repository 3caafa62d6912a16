// Speakers written under a talk's title: the first blocks, then labelled lines near the start, then a slot's header.
import { sourceOf } from '../blocks.js';
import { MARK, speakersOfLines } from './bylines.js';
import { emphasizedByline, isEmphasizedName } from './emphasizedBylines.js';
import { takeFirstBlock } from './firstBlock.js';
import { labelledNearStart } from './labelledNearStart.js';
import { plain } from './lineText.js';
import { withHeaderTitle, withTitleAfterNames } from './slotHeaders.js';
import { firstBulletSpeaker } from './speakerBullets.js';
import { opensWithSpeakerLabel, withLabelledFollowers } from './speakerLabels.js';
import { commaRole } from './speakerRoles.js';
import type { SpeakerLines } from './takenSpeakers.js';
import type { RootContent } from 'mdast';

/** A slot heading names a talk's place, not the talk: its title and speakers sit in the lines below, over at most this many blocks. */
const SLOT_BLOCKS = 3;

/**
 * Speakers written under a session's title rather than in it: a "speaker: X" bullet, a "Speaker:" or
 * "By X" line, or byline lines such as "Jane Doe - Staff Engineer @ Acme" (one per speaker).
 * Only the first block is looked at: that is where people write them. Under a slot heading
 * (`slot`: "## Talk 1") the first three are, and a "Topic: Title" line there gives the talk's title.
 */
export function takeSpeakerLines(
  content: RootContent[],
  source: string,
  options: { slot?: boolean; bareNameBullets?: boolean; named?: boolean; handleMentions?: boolean } = {},
): SpeakerLines {
  const taken: SpeakerLines = { speakers: [], title: null, byline: [], rest: content };
  for (let block = 0; block < (options.slot ? SLOT_BLOCKS : 1); block++) {
    const next = takeFirstBlock(taken.rest, source, options);
    if (!next) break;
    taken.speakers.push(...next.speakers);
    taken.title ??= next.title;
    taken.byline.push(...next.byline);
    taken.rest = next.rest;
    // The bold title's own paragraph went on with notes: the header ends there.
    if (next.notesFollow) break;
  }
  const read =
    taken.speakers.length > 0
      ? withLabelledFollowers(taken, source)
      : (() => {
          const near = labelledNearStart(taken.rest, source, options.handleMentions === true);
          return {
            ...taken,
            speakers: near.speakers,
            byline: [...taken.byline, ...near.byline],
            rest: near.rest,
            ...(near.fromProse ? { fromProse: true } : {}),
          };
        })();
  return options.slot && read.title === null
    ? withTitleAfterNames(withHeaderTitle(read, source), source, options.named === true)
    : read;
}

/**
 * Pure: the content opens with a label line or with a byline ("- Jane Roe - GM, Example Corp", "**Jane Roe, Acme**",
 * "Jane Roe ([@jroe](…))"): who speaks, as talks say first. A bare name bullet does not count (it may be a point).
 */
export function opensWithByline(content: RootContent[], source: string): boolean {
  if (opensWithSpeakerLabel(content, source)) return true;
  const [first] = content;
  if (first?.type === 'list') return firstBulletSpeaker(content, source) === 'marked';
  if (first?.type !== 'paragraph') return false;
  const lines = sourceOf(first, source)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // A bare name could be the first words of the notes; a role, a handle or bold says it is a byline.
  return (
    lines.length <= 3 &&
    lines.some(
      (line) =>
        MARK.test(plain(line)) ||
        commaRole(plain(line)) !== null ||
        isEmphasizedName(line) ||
        emphasizedByline([line]) !== null,
    ) &&
    (emphasizedByline(lines) !== null || speakersOfLines(lines.map(plain), false) !== null)
  );
}

/**
 * Pure: the content opens with a byline, or with a line that is only a name ("Jane Roe"): weak evidence alone (it may
 * be the notes' first words), for weighing sections together.
 */
export function opensWithName(content: RootContent[], source: string): boolean {
  return opensWithByline(content, source) || (takeFirstBlock(content, source, {})?.speakers.length ?? 0) > 0;
}
