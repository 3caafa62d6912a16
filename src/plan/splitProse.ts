import type { Block } from '../model/types.js';
import { blockMarkdown } from './blockMarkdown.js';

/** Opening prose of a recap or day (for the speaker notes) apart from what goes on slides. */
export function splitProse(blocks: Block[]): { prose: string[]; rest: Block[] } {
  // Stryker disable next-line ConditionalExpression: only paragraphs have a role, so the kind test changes nothing
  const isProse = (block: Block) => block.kind === 'paragraph' && block.role === 'prose';
  return { prose: blocks.filter(isProse).map(blockMarkdown), rest: blocks.filter((block) => !isProse(block)) };
}
