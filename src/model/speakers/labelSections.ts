// A label heading anywhere in a talk: "#### Speaker: Jane Roe", or "#### Speakers" over the names.
import { sourceOf } from '../blocks.js';
import type { Speaker } from '../types.js';
import { bylineSpeaker, speakersOfLines } from './bylines.js';
import { plain } from './lineText.js';
import { itemLine } from './speakerBullets.js';
import { LABEL_ONLY, labelledSpeakers } from './speakerLabels.js';
import type { SpeakerLines } from './takenSpeakers.js';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * A heading that says who spoke ("#### Speaker: Jane Roe"), or that is only the label with the names
 * under it ("#### Speakers" or a "**Intervenants :**" line, then a list of names), anywhere in the
 * talk: it may come after "#### Abstract". The label says what it is, so no other evidence is needed.
 */
export function labelSectionIn(content: RootContent[], source: string): SpeakerLines | null {
  for (const [index, node] of content.entries()) {
    if (node.type !== 'heading' && node.type !== 'paragraph') continue;
    // Stryker disable next-line MethodExpression: a node's source and words have no spaces at their ends, and plain trims
    const text = node.type === 'heading' ? toString(node).trim() : plain(sourceOf(node, source).trim());
    const speakers = node.type === 'heading' ? labelledSpeakers(text) : null;
    if (speakers !== null)
      return {
        speakers,
        title: null,
        byline: [sourceOf(node, source).trim()],
        rest: content.filter((other) => other !== node),
      };
    const under = LABEL_ONLY.test(text) ? content[index + 1] : undefined;
    const named = under ? namesUnderLabel(under, source) : null;
    if (named)
      return {
        speakers: named,
        title: null,
        // Stryker disable next-line MethodExpression: a node's source has no spaces at its ends
        byline: [sourceOf(node, source).trim(), sourceOf(under!, source).trim()],
        rest: content.filter((other) => other !== node && other !== under),
      };
  }
  return null;
}

/** The names under a label heading: bullets or lines that each name speakers ("- Jane Roe (@jroe)", "Jane Roe - CTO, Acme"). */
export function namesUnderLabel(node: RootContent, source: string): Speaker[] | null {
  if (node.type === 'list') {
    const named = node.children.map((item) =>
      item.children.length === 1 ? bylineSpeaker(itemLine(item, source)) : null,
    );
    return named.every((speakers) => speakers !== null) ? named.flatMap((speakers) => speakers!) : null;
  }
  if (node.type !== 'paragraph') return null;
  return (
    speakersOfLines(
      sourceOf(node, source)
        .split('\n')
        // Stryker disable next-line MethodExpression: plain trims
        .map((line) => plain(line.trim()))
        .filter(Boolean),
      false,
    )?.speakers ?? null
  );
}
