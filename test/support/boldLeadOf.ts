import type { Paragraph } from 'mdast';
import { boldLead } from '../../src/model/boldLeads.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** The bold lead of the first paragraph of `markdown`, as [text, markdown, rest as written, reads], or null. */
export function leadOf(markdown: string): [string, string, string, string] | null {
  const notes = parseNotes(markdown, 'notes.md');
  const paragraph = notes.tree.children.find((node): node is Paragraph => node.type === 'paragraph')!;
  const lead = boldLead(paragraph, notes.source);
  if (!lead) return null;
  const { start, end } = lead.rest.position!;
  return [lead.text, lead.markdown, notes.source.slice(start.offset, end.offset), lead.reads];
}
