// Bullets that name a talk's speakers ("- Speaker: Jane Roe", "- Jane Roe - GM, Acme") and the list without them.
import { sourceOf } from '../blocks.js';
import type { Speaker } from '../types.js';
import { MARK, bylineSpeaker } from './bylines.js';
import { plain } from './lineText.js';
import { labelledSpeakers } from './speakerLabels.js';
import { commaRole } from './speakerRoles.js';
import type { SpeakerLines } from './takenSpeakers.js';
import type { List, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Bullets of one line that name speakers after a label ("- Speaker: Jane Roe"). */
export function labelledItems(list: List, source: string): { item: ListItem; speakers: Speaker[] }[] {
  return list.children
    .map((item) => ({
      item,
      speakers: item.children[0]?.type === 'paragraph' ? labelledSpeakers(itemLine(item, source)) : null,
    }))
    .filter((entry): entry is { item: ListItem; speakers: Speaker[] } => entry.speakers !== null);
}

/** The content with the bullets that named speakers taken out of the list at `index` (and the list, once empty). */
export function withoutItems(
  content: RootContent[],
  index: number,
  found: { item: ListItem; speakers: Speaker[] }[],
  source: string,
): SpeakerLines {
  const list = content[index] as List;
  // A bullet with sub-points ("- speaker: Jane Roe" over "- she maintains etcd") names the speaker and stays, for its points.
  const taken = found.filter((entry) => entry.item.children.length === 1);
  const remaining: List = {
    ...list,
    children: list.children.filter((item) => !taken.some((entry) => entry.item === item)),
  };
  return {
    speakers: found.flatMap((entry) => entry.speakers),
    title: null,
    byline: taken.map((entry) => `- ${sourceOf(entry.item.children[0]!, source).trim()}`),
    rest: [
      ...content.slice(0, index),
      ...(remaining.children.length > 0 ? [remaining] : []),
      ...content.slice(index + 1),
    ],
  };
}

/**
 * A bullet that names the speaker: "Jane Roe ([@jroe](…))", "Jane Roe - Staff Engineer", or only
 * "Jane Roe". `marked` when the bullet says more than a name (a handle, "@ Org" or a role after
 * a dash): a bare name could as well be the talk's first point, so it counts only where other talks of
 * the notes have marked ones (see firstBulletSpeaker).
 */
export function bulletSpeaker(
  item: ListItem | undefined,
  source: string,
): { speakers: Speaker[]; marked: boolean } | null {
  if (item?.children.length !== 1 || item.children[0]!.type !== 'paragraph') return null;
  const line = itemLine(item, source);
  if (line.includes('\n')) return null;
  // "* Talk by: Jane Roe, Role": a label says it as surely as a handle or a role does.
  const labelled = labelledSpeakers(line);
  if (labelled) return { speakers: labelled, marked: true };
  const speakers = bylineSpeaker(line);
  return speakers ? { speakers, marked: MARK.test(line) || commaRole(line) !== null } : null;
}

/** The bullets that open a list while each names a speaker with a handle or a role. */
export function leadingMarkedBullets(list: List, source: string): { item: ListItem; speakers: Speaker[] }[] {
  const found: { item: ListItem; speakers: Speaker[] }[] = [];
  for (const item of list.children) {
    const named = bulletSpeaker(item, source);
    if (!named?.marked) break;
    found.push({ item, speakers: named.speakers });
  }
  return found;
}

/** A bullet's words as plain text (emphasis, links and leading emoji off). */
export function itemLine(item: ListItem, source: string): string {
  const [paragraph] = item.children;
  return paragraph?.type === 'paragraph' ? plain(sourceOf(paragraph, source).trim()) : toString(item).trim();
}

/** How the first bullet of a talk names its speaker, if it does: marked (with a handle, a role) or bare. */
export function firstBulletSpeaker(content: RootContent[], source: string): 'marked' | 'bare' | null {
  const [first] = content;
  const named = first?.type === 'list' ? bulletSpeaker(first.children[0], source) : null;
  return named === null ? null : named.marked ? 'marked' : 'bare';
}
