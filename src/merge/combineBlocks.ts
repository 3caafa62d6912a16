import type { Block, ListItem } from '../model/types.js';
import { normalizeText } from './normalizeText.js';
import { textSimilarity } from './textSimilarity.js';

/** Two points this alike (edit distance) are one point written twice, typos and all. */
const SAME_POINT = 0.9;
/** Shorter points ("slides", "demo") repeat under different bullets; they only match among siblings. */
const DISTINCT_LENGTH = 16;
const URL = /https?:\/\/[^\s)<>\]]+/g;

type ListBlock = Extract<Block, { kind: 'list' }>;

/**
 * One person's notes on a talk, then another's: the second adds only what the first lacks.
 * A bullet already there (same words, or a typo away) is not repeated; its sub-points join
 * the one already there. Lists with the same caption ("Takeaways:") become one list, and so do
 * lists without one; links, paragraphs and code already shown are dropped. Neither input is changed.
 */
export function combineBlocks(base: Block[], extra: Block[]): Block[] {
  const combined = structuredClone(base);
  const seen = new SeenPoints(combined);
  for (const block of structuredClone(extra)) {
    if (block.kind === 'list') {
      // Captioned lists join the list of the same caption; plain points join the first person's plain points.
      // (A heading right before a list is the list's caption in the model, so no heading is left without its list.)
      const twin = block.caption === null ? seen.plainList(block.ordered) : seen.listCaptioned(block.caption);
      const items = seen.absorb(block.items, null);
      if (twin) twin.items.push(...items);
      else if (items.length > 0) {
        const list = { ...block, items };
        combined.push(list);
        seen.addList(list);
      }
      continue;
    }
    // Stryker disable next-line ConditionalExpression: only paragraphs have a role
    if (block.kind === 'paragraph' && block.role === 'links') {
      const lines = block.markdown.split('\n').filter((line) => line.trim() && !seen.hasLinks(line));
      if (lines.length > 0) combined.push(seen.add({ ...block, markdown: lines.join('\n') }));
      continue;
    }
    if (!seen.hasBlock(block)) combined.push(seen.add(block));
  }
  return combined;
}

/** Everything already in the combined notes, for telling what is new. */
class SeenPoints {
  // Stryker disable next-line ArrayDeclaration: a made-up text matches no one's notes
  private readonly texts: string[] = [];
  private readonly urls = new Set<string>();
  private readonly items: { key: string; item: ListItem }[] = [];
  private readonly lists: ListBlock[] = [];
  /** Code and raw HTML compare as written, not as words. */
  private readonly verbatim = new Set<string>();

  constructor(blocks: Block[]) {
    for (const block of blocks) {
      if (block.kind === 'list') this.addList(block);
      else this.add(block);
    }
  }

  add<B extends Block>(block: B): B {
    const text = blockText(block);
    if (block.kind === 'code' || block.kind === 'html') this.verbatim.add(text.trim());
    else this.texts.push(normalizeText(text));
    // Stryker disable next-line ArrayDeclaration: a made-up "URL" that the URL pattern never yields is never looked up
    for (const url of text.match(URL) ?? []) this.urls.add(url);
    return block;
  }

  addList(list: ListBlock): void {
    this.lists.push(list);
    const visit = (item: ListItem) => {
      this.addItem(item);
      item.children.forEach(visit);
    };
    list.items.forEach(visit);
  }

  /** "Take aways:" and "Takeaways" are one caption. */
  listCaptioned(caption: string): ListBlock | null {
    const key = normalizeText(caption).replace(/ /g, '');
    return (
      this.lists.find((list) => list.caption !== null && alike(normalizeText(list.caption).replace(/ /g, ''), key)) ??
      null
    );
  }

  plainList(ordered: boolean): ListBlock | null {
    return this.lists.find((list) => list.caption === null && list.ordered === ordered) ?? null;
  }

  hasBlock(block: Block): boolean {
    if (block.kind === 'code' || block.kind === 'html') return this.verbatim.has(blockText(block).trim());
    const key = normalizeText(blockText(block));
    return (
      key === '' || this.texts.some((text) => alike(text, key)) || this.items.some((entry) => alike(entry.key, key))
    );
  }

  hasLinks(line: string): boolean {
    const urls = line.match(URL) ?? [];
    return urls.length > 0 ? urls.every((url) => this.urls.has(url)) : this.texts.includes(normalizeText(line));
  }

  /**
   * The new items among `items`; repeated ones hand their sub-points to their twin.
   * `siblings` are the items a twin is looked for first: the twin's children one level down,
   * every top-level item (null) at the top.
   */
  absorb(items: ListItem[], siblings: ListItem[] | null): ListItem[] {
    const kept: ListItem[] = [];
    for (const item of items) {
      const twin = this.twinOf(item, siblings ?? this.topLevelItems());
      if (twin) {
        twin.children.push(...this.absorb(item.children, twin.children));
        for (const block of item.blocks) if (!this.hasBlock(block)) twin.blocks.push(this.add(block));
        continue;
      }
      const children = item.children;
      const added: ListItem = { ...item, children: [] };
      this.addItem(added);
      added.children = this.absorb(children, added.children);
      kept.push(added);
    }
    return kept;
  }

  private twinOf(item: ListItem, siblings: ListItem[]): ListItem | null {
    const key = normalizeText(item.markdown);
    if (key === '') return null;
    const sibling = siblings.find((candidate) => alike(normalizeText(candidate.markdown), key));
    if (sibling || key.length < DISTINCT_LENGTH) return sibling ?? null;
    return this.items.find((entry) => alike(entry.key, key))?.item ?? null;
  }

  private topLevelItems(): ListItem[] {
    return this.lists.flatMap((list) => list.items);
  }

  private addItem(item: ListItem): void {
    this.items.push({ key: normalizeText(item.markdown), item });
    // Stryker disable next-line ArrayDeclaration: a made-up "URL" that the URL pattern never yields is never looked up
    for (const url of item.markdown.match(URL) ?? []) this.urls.add(url);
  }
}

function alike(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= DISTINCT_LENGTH && textSimilarity(a, b) >= SAME_POINT;
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'code':
      return block.code;
    case 'html':
      return block.html;
    // Stryker disable all: the model never puts a list among an item's blocks (nested lists are its children), and lists are never added whole
    case 'list':
      return block.items.map((item) => item.markdown).join('\n');
    // Stryker restore all
    default:
      return block.markdown;
  }
}
