import type { Nodes, Parents } from 'mdast';

/** `<defs>`, `</svg>`, `<use/>`: a tag with no attributes. */
const BARE_TAG = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)\s*(\/?)>$/;
/**
 * Tags that are HTML wherever they stand: line breaks and rules, images, and what is never let onto a
 * slide as text or markup (scripts, styles, frames); these keep the inline HTML handling (removed, with a warning).
 */
const ALWAYS_MARKUP = new Set(['br', 'hr', 'wbr', 'img', 'script', 'style', 'iframe', 'object', 'embed']);

/**
 * Whether inline HTML is an element named in prose ("the <defs> element", "wrap it in <svg>"), which is
 * text, not markup: a tag with no attributes and no partner in its paragraph (`<b>` … `</b>` is markup).
 * `written` is the node's source.
 */
export function isElementMention(written: string, node: Nodes, parent: Parents | undefined): boolean {
  const tag = BARE_TAG.exec(written);
  if (!tag || ALWAYS_MARKUP.has(tag[2]!.toLowerCase())) return false;
  const [, closing, name] = tag;
  if (!parent) return true;
  const siblings = parent.children as Nodes[];
  const at = siblings.indexOf(node);
  const partner = closing
    ? siblings.slice(0, at).some((sibling) => opens(sibling, name!))
    : siblings.slice(at + 1).some((sibling) => closes(sibling, name!));
  return !partner;
}

function opens(node: Nodes, name: string): boolean {
  return node.type === 'html' && new RegExp(`^<${name}(?:[\\s/>])`, 'i').test(node.value);
}

function closes(node: Nodes, name: string): boolean {
  return node.type === 'html' && new RegExp(`^</${name}\\s*>$`, 'i').test(node.value);
}
