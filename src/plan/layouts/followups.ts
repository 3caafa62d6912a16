import { TODO_LEAD } from '../../model/blocks.js';
import type { Conference } from '../../model/types.js';
import { allSessions } from '../allSessions.js';
import { blockMarkdown } from '../blockMarkdown.js';
import { shortLinks } from '../shortLinks.js';
import { bulletSlides } from '../slide.js';
import { SMALL_TEXT_PX, textFrame, type TextFrame } from '../textFrame.js';
import type { Slide } from '../types.js';

/** A TODO's lead word and the colon after it, dropped from the follow-up list (which says what they are). */
const TODO_WITH_COLON = new RegExp(`${TODO_LEAD.source}\\s*:?\\s*`, 'i');

/** Every TODO and action item of the recap's sessions, under the session it came from. */
export function followupSlides(conference: Conference, frame: TextFrame): Slide[] {
  const items = allSessions(conference).flatMap((session) => {
    // Stryker disable next-line ConditionalExpression: only paragraphs have a role, so the kind test changes nothing
    const todos = session.blocks.filter((block) => block.kind === 'paragraph' && block.role === 'todo');
    // The list says what they are; "TODO" stays in the session's notes, where the presenter sees it.
    const children = todos.map((block) => ({
      markdown: shortLinks(withoutTodoMark(blockMarkdown(block))),
      children: [],
      blocks: [],
    }));
    return children.length > 0 ? [{ markdown: session.title, children, blocks: [] }] : [];
  });
  return bulletSlides('followups', 'Follow-ups', items, { frame: textFrame(frame.size, SMALL_TEXT_PX, frame.share) });
}

function withoutTodoMark(markdown: string): string {
  const text = markdown.replace(TODO_WITH_COLON, '');
  return text ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : markdown;
}
